using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Rendering;

namespace SiteGen.Modules;

/// <summary>Turns a site-wide view (guests, topics) into one document per page to render.</summary>
internal sealed class ExpandPages(string name, Func<IExecutionContext, IEnumerable<PageSpec>> pages) : IModule
{
    public const string SpecKey = "PageSpec";

    public string Name => name;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct) =>
        Task.FromResult(pages(context).Select(spec => new Document(null, null, "").With(SpecKey, spec)).ToImmutableArray());
}
