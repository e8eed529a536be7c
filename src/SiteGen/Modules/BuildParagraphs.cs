using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Text.Prose;

namespace SiteGen.Modules;

/// <summary>Groups sentences into paragraphs that read well (<see cref="Keys.Paragraphs"/>).</summary>
internal sealed class BuildParagraphs() : MapModuleBase(nameof(BuildParagraphs))
{
    protected override Document Map(Document input, IExecutionContext context)
    {
        return input.With(Keys.Paragraphs, Paragrapher.Group(input.Get<ImmutableArray<Sentence>>(Keys.Sentences)));
    }
}
