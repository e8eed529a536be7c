namespace SiteGen.Core.Tests.Pipelines;

internal sealed class LineException(int line) : Exception($"bad token on line {line}")
{
    public int Line => line;
}
