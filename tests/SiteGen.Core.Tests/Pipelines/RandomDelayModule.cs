using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Tests.Pipelines;

/// <summary>Waits a random few milliseconds per document, then emits <paramref name="copies"/> tagged copies.</summary>
internal sealed class RandomDelayModule(string tag, int copies = 1) : PerDocumentModule
{
    public override string Name => "Delay" + tag;

    protected override async ValueTask<ImmutableArray<Document>> ExecuteDocumentAsync(
        Document input, IExecutionContext context, CancellationToken ct)
    {
        await Task.Delay(Random.Shared.Next(0, 6), ct);
        return [.. Enumerable.Range(0, copies).Select(i => input.WithContent($"{input.Content}/{tag}{i}").With(tag, true))];
    }
}
