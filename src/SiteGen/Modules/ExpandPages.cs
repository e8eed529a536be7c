using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Rendering;

namespace SiteGen.Modules;

/// <summary>Turns a site-wide view (guests, topics) into one document per page to render.</summary>
internal static class ExpandPages
{
    public const string SpecKey = "PageSpec";

    public static MapMany Create(string name, Func<IExecutionContext, IEnumerable<PageSpec>> pages) =>
        new(name, context => pages(context).Select(spec => new Document(null, null, "").With(SpecKey, spec)));
}
