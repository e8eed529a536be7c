namespace SiteGen.Text.Tests.Transcripts;

/// <summary>A fact that is skipped, with the reason, when ../shared/corpus is not next to the repository.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (RepositoryFiles.SharedCorpus is null)
        {
            Skip = "../shared/corpus is absent: the shared transcript corpus is needed for this test.";
        }
    }
}
