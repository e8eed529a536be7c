using SiteGen.Building;

namespace SiteGen.Tests.Validation;

/// <summary>The fixture site built once for the validation tests of its output.</summary>
public sealed class BuiltFixtureSite : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    public string Output => _temp.Combine("out");

    internal BuildSummary? Summary { get; private set; }

    public async Task InitializeAsync() => Summary = await TestSite.BuildAsync(Repository.Fixture("site"), Output);

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    public IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
