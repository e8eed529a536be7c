using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Settings;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>Topical chapters with titles and one-line summaries (<see cref="Keys.Chapters"/>).</summary>
internal sealed class SegmentChapters(SiteSettings settings) : MapModuleBase(nameof(SegmentChapters))
{
    protected override Document Map(Document input, IExecutionContext context)
    {
        var episode = EpisodeContexts.Of(input, settings);
        return input.With(Keys.Chapters, ChapterSegmenter.Segment(input.Get<ImmutableArray<Paragraph>>(Keys.Paragraphs), episode));
    }
}
