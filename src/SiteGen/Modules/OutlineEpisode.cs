using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Settings;
using SiteGen.Text.Prose;
using SiteGen.Text.Summary;

namespace SiteGen.Modules;

/// <summary>
/// Topical chapters with titles and one-line summaries (<see cref="Keys.Chapters"/>), and the episode's summary and
/// one-line description (<see cref="Keys.Summary"/>), from one analysis of the paragraphs.
/// </summary>
internal sealed class OutlineEpisode(SiteSettings settings) : MapModuleBase(nameof(OutlineEpisode))
{
    protected override Document Map(Document input, IExecutionContext context)
    {
        var outline = Summarizer.Outline(input.Get<ImmutableArray<Paragraph>>(Keys.Paragraphs), EpisodeContexts.Of(input, settings));
        return input.With(Keys.Chapters, outline.Chapters).With(Keys.Summary, outline.Summary);
    }
}
