using System.Collections.Immutable;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>A per-document module from a synchronous function; returning null drops the document.</summary>
public sealed class MapModule(string name, Func<Document, IExecutionContext, Document?> map) : PerDocumentModule
{
    public override string Name => name;

    protected override ValueTask<ImmutableArray<Document>> ExecuteDocumentAsync(
        Document input, IExecutionContext context, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var output = map(input, context);
        return ValueTask.FromResult(output is null ? ImmutableArray<Document>.Empty : [output]);
    }
}
