using System.Collections.Immutable;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>
/// Runs each document independently and in parallel; outputs keep input order. A failing document throws a
/// <see cref="ModuleException"/> naming its source or, with ContinueOnError, is reported and dropped.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    public virtual string Name => GetType().Name;

    /// <summary>Zero, one or many outputs for one input.</summary>
    protected abstract ValueTask<ImmutableArray<Document>> ExecuteDocumentAsync(
        Document input, IExecutionContext context, CancellationToken ct);

    public async Task<ImmutableArray<Document>> ExecuteAsync(
        ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        var results = new ImmutableArray<Document>[inputs.Length];
        var failures = new ModuleException?[inputs.Length];
        var completed = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, context.MaxDegreeOfParallelism),
            CancellationToken = ct,
        };

        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Length), options, async (i, token) =>
        {
            var input = inputs[i];
            try
            {
                results[i] = await ExecuteDocumentAsync(input, context, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                var failure = new ModuleException(context.PipelineName, context.Phase, Name, input.Source, ex);
                if (!context.ContinueOnError)
                {
                    throw failure;
                }

                failures[i] = failure;
            }

            context.Log.Progress(new BuildProgress(
                context.PipelineName, context.Phase, Name, Interlocked.Increment(ref completed), inputs.Length));
        }).ConfigureAwait(false);

        // Reported after the parallel loop so the failure list follows input order.
        foreach (var failure in failures)
        {
            if (failure is not null)
            {
                context.ReportFailure(failure);
            }
        }

        var outputs = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var result in results)
        {
            if (!result.IsDefault)
            {
                outputs.AddRange(result);
            }
        }

        return outputs.ToImmutable();
    }
}
