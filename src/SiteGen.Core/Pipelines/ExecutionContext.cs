using System.Collections.Immutable;
using SiteGen.Core.Caching;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

internal sealed class ExecutionContext(
    string pipelineName, Phase phase, PipelineOutputs outputs, EngineOptions options, CancellationToken ct)
    : IExecutionContext
{
    private readonly List<ModuleException> _failures = [];

    public string PipelineName => pipelineName;

    public Phase Phase => phase;

    public PipelineOutputs Outputs => outputs;

    public Metadata Settings => options.Settings;

    public IBuildLog Log => options.Log;

    public ContentCache? Cache => options.Cache;

    public bool ContinueOnError => options.ContinueOnError;

    public int MaxDegreeOfParallelism => options.MaxDegreeOfParallelism;

    public CancellationToken CancellationToken => ct;

    public ImmutableArray<ModuleException> Failures
    {
        get
        {
            lock (_failures)
            {
                return [.. _failures];
            }
        }
    }

    public void ReportFailure(ModuleException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (_failures)
        {
            _failures.Add(failure);
        }

        options.Log.Warn("Skipped " + failure.Message);
    }
}
