using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Caching;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Text.Cleaning;
using SiteGen.Text.Prose;
using SiteGen.Text.Punctuation;

namespace SiteGen.Modules;

/// <summary>
/// Makes sentences: the trained model restores punctuation and casing where the episode has none;
/// text that came punctuated keeps its own marks and is only split.
/// </summary>
/// <param name="modelVersion">Overrides the version in the cache key (the text library's build, which embeds the model).</param>
internal sealed class RestorePunctuation(string? modelVersion = null) : MapModuleBase(nameof(RestorePunctuation))
{
    protected override Document Map(Document input, IExecutionContext context)
    {
        var words = input.Get<Lazy<ImmutableArray<TimedWord>>>(Keys.Words);
        var (result, key) = StageCache.GetOrCompute(
            context,
            KeyOf(input.Get<string>(Keys.Fingerprint), modelVersion),
            () =>
            {
                var restore = !PunctuationDetector.IsPunctuated(words.Value);
                return new RestoredSentences(restore ? PunctuationRestorer.Default.Restore(words.Value) : SentenceSplitter.Split(words.Value), restore);
            });
        // The words, the parsed transcript and the raw text are consumed here: released before the next stages hold
        // every episode's sentences, which is where a cold build peaks.
        return input.WithContent(string.Empty)
            .WithMetadata(input.Metadata.Without(Keys.Words).Without(Keys.Transcript))
            .With(Keys.Sentences, result.Sentences).With(Keys.Restored, result.Restored).With(Keys.Fingerprint, key);
    }

    /// <summary>The cache key of the sentences of the input with this fingerprint.</summary>
    public static string KeyOf(string fingerprint, string? modelVersion = null) =>
        ContentCache.ComputeKey(nameof(RestorePunctuation), modelVersion ?? StageCache.CodeVersion, fingerprint);
}
