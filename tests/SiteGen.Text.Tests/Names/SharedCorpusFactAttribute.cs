namespace SiteGen.Text.Tests.Names;

/// <summary>A fact that needs the shared corpus (../shared next to the repository root) and is skipped without it.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (SharedCorpus.Directory is null)
        {
            Skip = "shared corpus not found: ../shared/corpus next to the repository root (SiteGen.sln)";
        }
    }
}
