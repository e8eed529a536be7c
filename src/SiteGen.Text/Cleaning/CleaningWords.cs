using System.Collections.Frozen;

namespace SiteGen.Text.Cleaning;

/// <summary>The closed word lists behind cleaning, written in lower case and matched ignoring case.</summary>
internal static class CleaningWords
{
    /// <summary>Hesitations with no meaning of their own. Not "uh-huh"/"mm-hmm" (answers) nor "ah"/"oh" (reactions).</summary>
    public static readonly FrozenSet<string> Fillers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "um", "umm", "ummm", "uh", "uhh", "uhhh", "uhm", "erm", "er", "err", "hmm", "hmmm", "hm", "mm", "mmm");

    /// <summary>Words that mark a parenthesis as a sound rather than speech: "(laughter)", "(audience laughs)".</summary>
    public static readonly FrozenSet<string> NonSpeech = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "laughter", "laughs", "laughing", "laugh", "chuckles", "chuckling", "chuckle", "giggles", "applause", "music",
        "inaudible", "unintelligible", "indistinct", "crosstalk", "silence", "coughs", "coughing", "cough", "sighs",
        "sigh", "noise", "beep", "static", "cheering", "cheers", "clapping", "pause", "mumbles", "clears");

    /// <summary>
    /// Words whose immediate repeat is a stutter. Left out on purpose: words with grammatical doubles
    /// ("had had", "that that", "is is", "you you", "her her", "in in", "on on", "so so", "at at").
    /// </summary>
    public static readonly FrozenSet<string> Stutters = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "i", "we", "they", "he", "she", "it", "me", "my", "our", "their", "your", "his",
        "a", "an", "the", "and", "but", "or", "because", "if", "of", "to", "for", "with", "from", "about", "this",
        "what", "where", "when", "how", "why", "who", "just", "like", "i'm", "i've", "i'll", "i'd", "it's", "that's",
        "there's", "we're", "they're", "he's", "she's", "what's", "don't", "can't", "isn't", "wasn't", "i’m", "it’s",
        "that’s", "don’t", "we’re", "they’re");

    /// <summary>Words that stutter before their own contraction: "we we're", "it it's", "i i'm".</summary>
    public static readonly FrozenSet<string> Contractable = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "i", "we", "they", "he", "she", "it", "there", "what", "who", "where", "how", "here", "let", "do", "does", "is", "can");

    /// <summary>Closed-class words: a repeated pair of them ("in the in the", "it's a it's a") is a restart.</summary>
    public static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "i", "you", "we", "they", "he", "she", "it", "me", "my", "your", "our", "their", "his", "her", "its",
        "a", "an", "the", "this", "that", "these", "those", "and", "but", "or", "so", "because", "if", "when",
        "of", "to", "in", "on", "at", "for", "with", "from", "by", "about", "into", "is", "was", "are", "were",
        "be", "do", "does", "did", "have", "has", "had", "can", "could", "will", "would", "should", "not", "there",
        "what", "how", "i'm", "it's", "that's", "there's", "we're", "you're", "they're", "don't", "i’m", "it’s",
        "that’s", "like", "kind", "sort");

    /// <summary>The pronoun "I" and its contractions, written with a straight apostrophe.</summary>
    public static readonly FrozenSet<string> FirstPerson = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "i", "i'm", "i've", "i'll", "i'd");

    public static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
