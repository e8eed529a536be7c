using SiteGen.Core.Caching;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

public sealed record EngineOptions
{
    /// <summary>Per-document failures in <see cref="PerDocumentModule"/>s are collected and skipped instead of aborting.</summary>
    public bool ContinueOnError { get; init; }

    public Metadata Settings { get; init; } = Metadata.Empty;

    public IBuildLog Log { get; init; } = NullBuildLog.Instance;

    public ContentCache? Cache { get; init; }

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
