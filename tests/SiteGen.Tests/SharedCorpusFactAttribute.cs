namespace SiteGen.Tests;

/// <summary>A fact that needs <c>../shared/corpus</c>; skipped, saying why, when it is absent.</summary>
internal sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (!Directory.Exists(Repository.Corpus))
        {
            Skip = $"The shared corpus is not at {Repository.Corpus}; this test measures on real transcripts.";
        }
    }
}
