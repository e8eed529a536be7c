using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>Starts a pipeline with fixed documents, for pages that have no input file (home, 404, feed).</summary>
internal sealed class Seed(params Document[] documents) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct) =>
        Task.FromResult(inputs.AddRange(documents));
}
