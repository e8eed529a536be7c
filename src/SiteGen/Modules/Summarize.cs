using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Settings;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;
using SiteGen.Text.Summary;

namespace SiteGen.Modules;

/// <summary>
/// The episode's summary and one-line description (<see cref="Keys.Summary"/>), from the chapters
/// <see cref="SegmentChapters"/> already made rather than segmenting again.
/// </summary>
internal sealed class Summarize(SiteSettings settings) : MapModuleBase(nameof(Summarize))
{
    protected override Document Map(Document input, IExecutionContext context)
    {
        var episode = EpisodeContexts.Of(input, settings);
        return input.With(Keys.Summary, Summarizer.Summarize(
            input.Get<ImmutableArray<Paragraph>>(Keys.Paragraphs), input.GetOrDefault(Keys.Chapters, ImmutableArray<Chapter>.Empty), episode));
    }
}
