using System.Collections.Immutable;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

public interface IModule
{
    /// <summary>Name used in errors, timings and progress.</summary>
    string Name => GetType().Name;

    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct);
}
