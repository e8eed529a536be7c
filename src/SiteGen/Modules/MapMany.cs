using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>Replaces the pipeline's documents with documents made from the whole site (other pipelines' outputs).</summary>
internal sealed class MapMany(string name, Func<IExecutionContext, IEnumerable<Document>> create) : IModule
{
    public string Name => name;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct) =>
        Task.FromResult(create(context).ToImmutableArray());
}
