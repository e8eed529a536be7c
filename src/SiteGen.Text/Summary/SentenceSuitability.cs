namespace SiteGen.Text.Summary;

/// <summary>
/// Whether a transcript sentence can be read on its own in a summary: a statement of readable length that does not
/// lean on what came before ("he said that", "that's why"), and is not an ad read or housekeeping.
/// </summary>
internal static class SentenceSuitability
{
    public const int MinWords = 8;
    public const int MaxWords = 40;

    private static readonly string[] DanglingStarts =
    [
        "he", "she", "it", "they", "them", "that", "this", "these", "those", "which", "who", "so", "and", "but", "or",
        "because", "then", "also", "yeah", "yes", "no", "well", "oh", "like", "um", "uh", "okay", "ok", "right", "there",
        "here", "his", "her", "their", "its", "him", "such", "both", "again", "anyway", "plus", "otherwise", "thus",
        "hence", "therefore", "still", "even", "though", "although", "now", "exactly", "absolutely", "sure", "totally",
        "correct", "true", "what", "why", "how", "where", "when", "as", "mm", "hmm", "wow", "another", "other", "same",
        "let", "let's", "maybe", "perhaps", "probably", "actually", "just",
        "if", "not", "for", "to", "with", "by", "instead", "meanwhile", "besides", "either", "neither", "nor", "yet",
        "later", "afterwards", "first", "second", "third", "finally", "last",

        // An auxiliary first is a question whose mark was lost ("Can we zoom out.").
        "can", "could", "do", "does", "did", "is", "are", "was", "were", "would", "will", "should", "shall", "have",
        "has", "had", "isn't", "aren't", "don't", "doesn't", "didn't", "wouldn't", "couldn't", "won't",
        "however", "nevertheless", "nonetheless", "whereas", "moreover", "furthermore", "similarly",
        "likewise", "only", "boy", "ah", "hey",

        // Replies and list tails of live talk ("Yep, the standing one...", "Etc, so...").
        "yep", "yup", "nope", "nah", "mhm", "huh", "alright", "etc", "whether", "cuz", "cause", "nobody",

        // An imperative speaks to the listener in the moment ("Take a small tangent", "Imagine these systems").
        "take", "use", "see", "get", "imagine", "think", "go", "put", "say", "give", "keep", "try", "tell", "remember",
        "consider", "picture", "make", "come", "watch", "read",
    ];

    // Words a finished sentence does not end on; "...and how do you." is a transcript breaking off.
    private static readonly HashSet<string> OpenEnds = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "and", "or", "but", "about", "with", "is", "are", "was", "how", "what", "that",
        "which", "for", "in", "on", "at", "from", "by", "do", "does", "you", "your", "my", "their", "if", "because",
    };

    // Questions that lost their mark in the middle of a sentence.
    private static readonly string[] EmbeddedQuestions =
    [
        "how do you", "what do you", "do you think", "why do you", "would you say", "you don't think", "don't you think",
    ];

    private static readonly string[] DanglingPhrases =
    [
        "in fact", "in that", "in this", "in those", "in these", "at that", "at this", "for example", "for instance",
        "of course", "on the other hand", "by the way", "in other words", "at the same time", "as a result",
        "in general", "in a sense", "in some sense", "in a way", "kind of", "sort of", "you know", "i mean",
        "listen", "look", "meaning", "like", "again", "anyway", "basically", "honestly", "literally", "the answer is",
        "the way i", "the thing is", "the point is", "the reason is", "the question is", "my point", "the problem is",

        // Pointers back to something just listed or said ("One of them has to do with...", "The other one is...").
        "one of them", "one of those", "one of these", "one is", "one was", "the other one", "the other thing",
        "the same thing", "in order", "all right",
    ];

    // Hedges and asides that tie a sentence to the live conversation; tolerated only when nothing better exists.
    private static readonly string[] Asides =
    [
        "you said", "you mentioned", "i guess", "i think", "you know", "i mean", "like i said", "kind of", "sort of",
        "as i said", "we talked", "we discussed", "you asked", "well,", "oh,", "yeah,", "uh", "um",
    ];

    private static readonly string[] HousekeepingPhrases =
    [
        "sponsor", "brought to you by", "promo code", "use code", "check out", "support this podcast", "support it",
        "to support", "subscribe", "patreon", "rate it", "review it", "apple podcasts", "spotify", "free trial",
        "% off", "percent off", "discount", "shipping", "sign up", "podcast.com", ".com/", "link in the description",
        "in the description", "thank you", "thanks", "follow me on", "follow us on", "newsletter", "this is the", "thank you for listening",
        "thanks for listening", "thank you for having me", "thanks for having me", "thank you so much for",
        "thanks so much for", "dear friends", "and now, here", "welcome to", "welcome back",
    ];

    // A speaker's "I think" reads oddly in a third-person summary; used only when enough other sentences exist.
    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal)
    {
        "i", "i'm", "i've", "i'd", "i'll", "you", "you're", "you've", "we", "we're", "we've", "me", "my", "your", "our",
    };

    private static readonly HashSet<string> Dangling = new(DanglingStarts, StringComparer.Ordinal);

    public static bool IsStandalone(string text, bool allowFirstPerson = false)
    {
        var trimmed = text.AsSpan().Trim();
        // Brackets hold transcriber notes ("[inaudible 00:29:36]", "[laughs]"), not the speaker's words.
        if (trimmed.Length == 0 || trimmed.Contains('?') || trimmed.ContainsAny('[', ']') || !EndsLikeStatement(trimmed))
        {
            return false;
        }

        if (!char.IsUpper(trimmed[0]))
        {
            return false;
        }

        var words = CountWords(trimmed);
        if (words is < MinWords or > MaxWords)
        {
            return false;
        }

        var first = FirstWord(trimmed);
        var apostrophe = first.IndexOf('\'');
        var stem = apostrophe > 0 ? first[..apostrophe] : first;
        // Speech fronts a topic before its clause ("Consciousness, it seems to be..."); written out it reads broken.
        if (first.Length > 0 && first.Length < trimmed.Length && trimmed[first.Length] == ',')
        {
            return false;
        }

        if (Dangling.Contains(first) || Dangling.Contains(stem)
            || (!allowFirstPerson && (FirstPerson.Contains(first) || FirstPerson.Contains(stem))))
        {
            return false;
        }

        foreach (var phrase in DanglingPhrases)
        {
            if (trimmed.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == phrase.Length || !char.IsLetter(trimmed[phrase.Length])))
            {
                return false;
            }
        }

        if (!allowFirstPerson)
        {
            foreach (var aside in Asides)
            {
                if (ContainsWords(trimmed, aside))
                {
                    return false;
                }
            }
        }

        // A sentence opening on a preposition or a gerund is usually a fragment of the previous one.
        if (!QuotesBalanced(trimmed) || FragmentStarts.Contains(stem) || (stem.Length > 5 && stem.EndsWith("ing", StringComparison.Ordinal)))
        {
            return false;
        }

        return !IsHousekeeping(text) && !IsGarbled(trimmed);
    }

    /// <summary>
    /// Signs of speech the transcript could not make into a sentence: a stutter ("is, is"), an article before a
    /// comma or another function word ("about the, how"), an open ending, or an unmarked question.
    /// </summary>
    private static bool IsGarbled(ReadOnlySpan<char> text)
    {
        foreach (var question in EmbeddedQuestions)
        {
            if (ContainsWords(text, question))
            {
                return true;
            }
        }

        string? previous = null;
        var previousComma = false;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '\u2019' or '-');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToString().ToLowerInvariant();
                // A preposition cut off by a comma ("RL is about, but...") is a phrase the speaker abandoned.
                if (previous is not null && (word == previous || (previous is "the" or "a" or "an" && (previousComma || OpenEnds.Contains(word)))
                    || (previousComma && previous is "of" or "about" or "into" or "from")))
                {
                    return true;
                }

                previous = word;
                previousComma = i < text.Length && text[i] == ',';
                start = -1;
                if (i == text.Length || (i == text.Length - 1 && text[i] is '.' or '!'))
                {
                    return OpenEnds.Contains(word);
                }
            }
        }

        return false;
    }

    /// <summary>True when the sentence speaks as "I" or to "you" anywhere: fine in talk, weaker in a summary.</summary>
    public static bool IsPersonal(string text)
    {
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var inWord = i < span.Length && (char.IsLetter(span[i]) || span[i] is '\'' or '\u2019');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = span[start..i];
                var apostrophe = word.IndexOfAny('\'', '\u2019');
                if (apostrophe > 0)
                {
                    word = word[..apostrophe];
                }

                if (word is "I" || word.Equals("you", StringComparison.OrdinalIgnoreCase) || word.Equals("my", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("your", StringComparison.OrdinalIgnoreCase) || word.Equals("me", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    public static bool IsHousekeeping(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var phrase in HousekeepingPhrases)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "should", "may", "might", "must",
        "do", "does", "did", "shall", "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "can't",
        "won't", "hasn't", "haven't", "makes", "means", "seems", "becomes", "gives", "takes", "needs", "matters", "works",
    };

    private static readonly HashSet<string> FragmentStarts = new(StringComparer.Ordinal)
    {
        "from", "without", "into", "about", "through", "after", "before", "during", "toward", "towards", "against",
        "under", "over", "between", "among", "across", "behind", "at", "on", "of", "like", "unlike", "despite",
    };

    /// <summary>
    /// True when the sentence has an auxiliary, a common verb or a past tense: without a tagger, the cheap sign of a
    /// full clause rather than a fragment like "People who think that a discussion is debate."
    /// </summary>
    public static bool HasFiniteVerb(ReadOnlySpan<char> text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToString().Replace('\u2019', '\'');
                if (FiniteVerbs.Contains(word) || word.EndsWith("'s", StringComparison.Ordinal)
                    || word.EndsWith("'re", StringComparison.Ordinal) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    private static bool ContainsWords(ReadOnlySpan<char> text, string words)
    {
        var at = 0;
        while (at < text.Length)
        {
            var found = text[at..].IndexOf(words, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            var start = at + found;
            var end = start + words.Length;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            at = start + 1;
        }

        return false;
    }

    // A quote opened in another sentence leaves this one unreadable alone.
    private static bool QuotesBalanced(ReadOnlySpan<char> text)
    {
        int straight = 0, open = 0, close = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': straight++; break;
                case '\u201C': open++; break;
                case '\u201D': close++; break;
            }
        }

        return straight % 2 == 0 && open == close;
    }

    private static bool EndsLikeStatement(ReadOnlySpan<char> text)
    {
        var last = text[^1];
        if (last is '"' or '\u201D' or '\'' or '\u2019' or ')')
        {
            text = text[..^1];
            if (text.Length == 0)
            {
                return false;
            }

            last = text[^1];
        }

        // A sentence cut off mid-thought ("...and so -") ends in a dash or ellipsis.
        return last is '.' or '!' && !text.EndsWith("...", StringComparison.Ordinal);
    }

    private static string FirstWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '\u2019'))
        {
            end++;
        }

        return text[..end].ToString().ToLowerInvariant().Replace('\u2019', '\'');
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
