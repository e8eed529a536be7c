using System.Collections.Immutable;

namespace SiteGen.Core.Pipelines;

/// <param name="Outputs">Output-phase documents of every pipeline, in execution order.</param>
/// <param name="Failures">Skipped documents (ContinueOnError), ordered by phase, pipeline, module and input.</param>
/// <param name="Timings">Per phase and pipeline: the pipeline-phase total, then each module.</param>
public sealed record EngineResult(
    PipelineOutputs Outputs,
    ImmutableArray<ModuleException> Failures,
    ImmutableArray<Timing> Timings,
    TimeSpan Elapsed)
{
    public bool Succeeded => Failures.IsEmpty;
}
