using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Tests.Pipelines;

/// <summary>Creates one document per source path, its content being the path.</summary>
internal sealed class SourceModule(params string[] sources) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct) =>
        Task.FromResult(inputs.AddRange(sources.Select(s => new Document(s, null, s))));
}
