using System.Collections.Immutable;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Cleaning;

/// <summary>Tells punctuated text (which keeps its own sentences) from raw captions (which need the restoration model).</summary>
public static class PunctuationDetector
{
    /// <summary>At least one sentence-final mark per this many words counts as punctuated.</summary>
    public const int MaxWordsPerMark = 40;

    /// <summary>True when sentence-final marks ('.', '?', '!', '…') end words at a rate of at least one per 40 words.</summary>
    public static bool IsPunctuated(ImmutableArray<TimedWord> words)
    {
        if (words.IsDefaultOrEmpty)
        {
            return false;
        }

        var marks = 0;
        foreach (var word in words)
        {
            if (WordText.SentenceMark(word.Text) != '\0')
            {
                marks++;
            }
        }

        return marks > 0 && (long)marks * MaxWordsPerMark >= words.Length;
    }
}
