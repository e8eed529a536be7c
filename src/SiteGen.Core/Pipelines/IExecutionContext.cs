using SiteGen.Core.Caching;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    /// <summary>
    /// Other pipelines' documents. Input: none. Process: the Process outputs of this pipeline's (transitive)
    /// dependencies. PostProcess: the Process outputs of every pipeline. Output: the PostProcess outputs of every pipeline.
    /// </summary>
    PipelineOutputs Outputs { get; }

    Metadata Settings { get; }

    IBuildLog Log { get; }

    ContentCache? Cache { get; }

    bool ContinueOnError { get; }

    int MaxDegreeOfParallelism { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>Records a per-document failure that is skipped rather than aborting the build.</summary>
    void ReportFailure(ModuleException failure);
}
