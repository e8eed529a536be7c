using System.Collections.Immutable;
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
internal sealed class RestorePunctuation() : MapModuleBase(nameof(RestorePunctuation))
{
    protected override Document Map(Document input, IExecutionContext context)
    {
        var words = input.Get<ImmutableArray<TimedWord>>(Keys.Words);
        var restore = !PunctuationDetector.IsPunctuated(words);
        var sentences = restore ? PunctuationRestorer.Default.Restore(words) : SentenceSplitter.Split(words);
        return input.With(Keys.Sentences, sentences).With(Keys.Restored, restore);
    }
}
