namespace SiteGen.Text.Tests.Similarity;

/// <summary>A fact that needs ../shared/corpus beside the repository and is skipped, saying why, without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(CorpusDirectory, "raw")))
        {
            Skip = $"shared corpus not found at {CorpusDirectory}";
        }
    }

    public static string CorpusDirectory =>
        Path.GetFullPath(Path.Combine(SpecFile.RepositoryRoot(), "..", "shared", "corpus"));
}
