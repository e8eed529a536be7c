using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>
/// Runs pipelines phase by phase: every pipeline finishes a phase before any starts the next. Within a phase,
/// pipelines run concurrently, each after its dependencies.
/// </summary>
public sealed class Engine(EngineOptions? options = null)
{
    private static readonly Phase[] Phases = [Phase.Input, Phase.Process, Phase.PostProcess, Phase.Output];

    private readonly List<Pipeline> _pipelines = [];

    public EngineOptions Options { get; } = options ?? new EngineOptions();

    public IReadOnlyList<Pipeline> Pipelines => _pipelines;

    public Engine Add(Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipelines.Add(pipeline);
        return this;
    }

    /// <exception cref="PipelineException">Duplicate name, unknown dependency or cycle; nothing has run.</exception>
    /// <exception cref="ModuleException">A module failed and the failure could not be skipped.</exception>
    public async Task<EngineResult> RunAsync(CancellationToken ct = default)
    {
        var order = PipelineOrder.Sort(_pipelines);
        var total = Stopwatch.StartNew();
        var documents = order.Select(_ => ImmutableArray<Document>.Empty).ToArray();
        var failures = ImmutableArray.CreateBuilder<ModuleException>();
        var timings = ImmutableArray.CreateBuilder<Timing>();

        foreach (var phase in Phases)
        {
            var phaseClock = Stopwatch.StartNew();
            var runs = await RunPhaseAsync(order, phase, documents, ct).ConfigureAwait(false);
            for (var i = 0; i < order.Length; i++)
            {
                documents[i] = runs[i].Documents;
                failures.AddRange(runs[i].Failures);
                timings.AddRange(runs[i].Timings);
            }

            Options.Log.Info($"{phase} phase finished in {phaseClock.ElapsedMilliseconds} ms.");
        }

        return new EngineResult(Snapshot(order, i => documents[i], _ => true), failures.ToImmutable(), timings.ToImmutable(), total.Elapsed);
    }

    private async Task<PhaseRun[]> RunPhaseAsync(
        ImmutableArray<Pipeline> order, Phase phase, ImmutableArray<Document>[] inputs, CancellationToken ct)
    {
        var index = order.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var previous = Snapshot(order, i => inputs[i], _ => true);
        var runs = new PhaseRun?[order.Length];
        var tasks = new Task[order.Length];
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(ct);

        async Task RunOneAsync(int i, Task[] dependencies)
        {
            await Task.WhenAll(dependencies).ConfigureAwait(false);
            var visible = phase switch
            {
                Phase.Input => PipelineOutputs.Empty,
                Phase.Process => Snapshot(order, d => runs[d]!.Documents, DependsOn(order[i], order, index)),
                _ => previous,
            };
            try
            {
                runs[i] = await RunPipelineAsync(order[i], phase, inputs[i], visible, abort.Token).ConfigureAwait(false);
            }
            catch
            {
                await abort.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }

        for (var i = 0; i < order.Length; i++)
        {
            var dependencies = order[i].Dependencies.Select(d => tasks[index[d]]).ToArray();
            var current = i;
            tasks[i] = Task.Run(() => RunOneAsync(current, dependencies), abort.Token);
        }

        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch
        {
            ct.ThrowIfCancellationRequested();

            // A dependency precedes its dependents, so the first fault in order is the original failure;
            // cancellations are only the echo of a failure elsewhere.
            var faults = tasks.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).ToList();
            var fault = faults.FirstOrDefault(e => e is not OperationCanceledException) ?? faults.FirstOrDefault();
            if (fault is null)
            {
                throw;
            }

            ExceptionDispatchInfo.Throw(fault);
        }

        return [.. runs.Select(r => r!)];
    }

    private async Task<PhaseRun> RunPipelineAsync(
        Pipeline pipeline, Phase phase, ImmutableArray<Document> documents, PipelineOutputs visible, CancellationToken ct)
    {
        var context = new ExecutionContext(pipeline.Name, phase, visible, Options, ct);
        var timings = new List<Timing>();
        var pipelineClock = Stopwatch.StartNew();
        foreach (var module in pipeline.Modules(phase))
        {
            ct.ThrowIfCancellationRequested();
            var moduleClock = Stopwatch.StartNew();
            try
            {
                var outputs = await module.ExecuteAsync(documents, context, ct).ConfigureAwait(false);
                documents = outputs.IsDefault ? [] : outputs;
            }
            catch (Exception ex) when (ex is not ModuleException && (ex is not OperationCanceledException || !ct.IsCancellationRequested))
            {
                throw new ModuleException(pipeline.Name, phase, module.Name, null, ex);
            }

            timings.Add(new Timing(pipeline.Name, phase, module.Name, moduleClock.Elapsed));
        }

        timings.Insert(0, new Timing(pipeline.Name, phase, null, pipelineClock.Elapsed));
        return new PhaseRun(documents, context.Failures, timings);
    }

    /// <summary>Whether a pipeline name is among <paramref name="pipeline"/>'s direct or indirect dependencies.</summary>
    private static Func<string, bool> DependsOn(Pipeline pipeline, ImmutableArray<Pipeline> order, Dictionary<string, int> index)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(pipeline.Dependencies);
        while (pending.TryPop(out var name))
        {
            if (seen.Add(name))
            {
                foreach (var dependency in order[index[name]].Dependencies)
                {
                    pending.Push(dependency);
                }
            }
        }

        return seen.Contains;
    }

    private static PipelineOutputs Snapshot(
        ImmutableArray<Pipeline> order, Func<int, ImmutableArray<Document>> documents, Func<string, bool> include) =>
        new(order.Select((p, i) => (p.Name, i)).Where(x => include(x.Name)).Select(x => KeyValuePair.Create(x.Name, documents(x.i))));

    private sealed record PhaseRun(ImmutableArray<Document> Documents, ImmutableArray<ModuleException> Failures, List<Timing> Timings);
}
