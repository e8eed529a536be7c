namespace SiteGen.Text.Tests.Punctuation;

/// <summary>A fact over the shared corpus, skipped with a reason when ../shared/corpus is not present.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (RepositoryRoot.SharedCorpus() is not { } corpus || !File.Exists(Path.Combine(corpus, "pairs.tsv")))
        {
            Skip = "The shared corpus (../shared/corpus/pairs.tsv next to the repository) is not present.";
        }
    }
}
