namespace SiteGen.Text.Tests.Chapters;

/// <summary>A fact that needs ../shared/corpus; skipped with a reason where the corpus is absent.</summary>
internal sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(SpecFiles.SharedCorpus, "official")))
        {
            Skip = "shared corpus not found at " + SpecFiles.SharedCorpus;
        }
    }
}
