using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Text.Cleaning;
using SiteGen.Text.Prose;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>
/// Turns the transcript's segments into a clean word stream: no fillers, tags or stutters (<see cref="Keys.Words"/>).
/// The stream is made on first use, so an episode whose sentences come from the cache never pays for it.
/// </summary>
internal sealed class CleanTranscript() : MapModuleBase(nameof(CleanTranscript))
{
    protected override Document Map(Document input, IExecutionContext context)
    {
        // ParseTranscript leaves the transcript out when it found the file's metadata in the cache.
        input.TryGet<Transcript>(Keys.Transcript, out var transcript);
        var words = new Lazy<ImmutableArray<TimedWord>>(() => TranscriptCleaner.Clean(WordStream.FromSegments(
            (transcript ?? TranscriptReader.Read(input.Source!, input.Content)).Segments)));
        return input.With(Keys.Words, words);
    }
}
