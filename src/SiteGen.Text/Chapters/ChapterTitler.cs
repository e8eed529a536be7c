using System.Globalization;
using SiteGen.Text.Analysis;
using SiteGen.Text.Names;

namespace SiteGen.Text.Chapters;

/// <summary>Gives every chapter a distinct short heading from its most distinctive key phrase.</summary>
internal static class ChapterTitler
{
    public const string IntroductionTitle = "Introduction";

    public const string IntroductionInline = "the introduction";

    private const string FallbackPrefix = "Part ";

    private const int CandidatesPerChapter = 30;

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "in", "and", "for", "on", "vs" };

    /// <summary>
    /// Titles for <paramref name="ranges"/> (the first is "Introduction" when <paramref name="hasIntro"/>), and the
    /// same phrases as they read inside a sentence (no forced capital).
    /// </summary>
    public static (string[] Titles, string[] Inline) Title(
        AnalyzedEpisode episode, IReadOnlyList<(int First, int End)> ranges, bool hasIntro, EpisodeContext context)
    {
        var titles = new string[ranges.Count];
        var inline = new string[ranges.Count];
        if (ranges.Count == 0)
        {
            return (titles, inline);
        }

        var tokens = EpisodeWords.Of(episode);
        var casing = WordProfile.Learn(tokens);
        var phrases = KeyPhraseExtractor.Extract(tokens, ranges, casing, context);
        var together = new Cooccurrence(episode, ranges);
        var usedKeys = new HashSet<string>(StringComparer.Ordinal);
        var usedTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var firstTopic = 0;
        if (hasIntro)
        {
            titles[0] = IntroductionTitle;
            inline[0] = IntroductionInline;
            usedTitles.Add(IntroductionTitle);
            firstTopic = 1;
        }

        // Chapters with the clearest topic choose first, so a weak chapter cannot take a strong one's phrase.
        var order = new List<int>();
        for (var c = firstTopic; c < ranges.Count; c++)
        {
            order.Add(c);
        }

        order.Sort((a, b) =>
        {
            var sa = phrases[a].Count > 0 ? phrases[a][0].Score : 0;
            var sb = phrases[b].Count > 0 ? phrases[b][0].Score : 0;
            var byScore = sb.CompareTo(sa);
            return byScore != 0 ? byScore : a.CompareTo(b);
        });

        foreach (var c in order)
        {
            var limit = Math.Min(CandidatesPerChapter, phrases[c].Count);
            for (var i = 0; i < limit && titles[c] is null; i++)
            {
                if (Choose(phrases[c], i, casing, usedKeys, together.For(c)) is not { } phrase)
                {
                    continue;
                }

                var title = Display(phrase, casing, capitalizeFirst: true);
                if (!usedKeys.Contains(phrase.Key) && !InsideUsedTitle(title, usedTitles) && usedTitles.Add(title))
                {
                    usedKeys.Add(phrase.Key);
                    titles[c] = title;
                    inline[c] = Display(phrase, casing, capitalizeFirst: false);
                }
            }
        }

        for (var c = firstTopic; c < ranges.Count; c++)
        {
            if (titles[c] is null)
            {
                var n = c - firstTopic + 1;
                var title = FallbackPrefix + n.ToString(CultureInfo.InvariantCulture);
                while (!usedTitles.Add(title))
                {
                    n++;
                    title = FallbackPrefix + n.ToString(CultureInfo.InvariantCulture);
                }

                titles[c] = title;
                inline[c] = title;
            }
        }

        return (titles, inline);
    }

    // "Day War" after "Six Day War" is a broken piece of a heading already given; one word ("War") may still head
    // its own section.
    private static bool InsideUsedTitle(string title, HashSet<string> usedTitles)
    {
        if (!title.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var padded = " " + title + " ";
        foreach (var used in usedTitles)
        {
            if (used.Length > title.Length && (" " + used + " ").Contains(padded, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A pair must pass the item and togetherness tests below, so its second word may be weaker than the first.
    private const double PairRatio = 0.5;

    // A phrase of several words names a section better than one word, unless it is much rarer.
    private const double MultiWordRatio = 0.5;
    private const int MultiWordSearch = 10;
    private const int MinPhraseCount = 3;
    private const int MinPairCount = 4;

    // The second item of a pair must belong to its chapter, not be said all through the episode ("world", "life").
    private const double MaxPairSpread = 0.5;

    // Searching further down the list for a longer form of a word costs little and finds "Satoshi Nakamoto".
    private const int ExpandDepth = 200;

    /// <summary>
    /// The heading built from candidate <paramref name="index"/>, or null when that candidate cannot head a section:
    /// a lone word that is not a noun ("eat", "sensory") or a bare first name.
    /// </summary>
    private static KeyPhrase? Choose(
        List<KeyPhrase> candidates, int index, WordProfile casing, HashSet<string> usedKeys, Func<string, string, int> paragraphsWithBoth)
    {
        var best = Expand(candidates, index);
        if (!KnownWords(best, casing))
        {
            return null;
        }

        if (best.IsMultiWord)
        {
            return ReadsAsHeading(best, casing) && !InsideMisheard(candidates, best, casing) ? best : null;
        }

        if (!Standalone(best, casing))
        {
            // "Nuclear" and "quantum" name the compounds they begin: "nuclear weapons", "quantum mechanics".
            return Compound(candidates, best, casing, usedKeys);
        }

        for (var j = 0; j < candidates.Count && j < index + MultiWordSearch; j++)
        {
            var other = candidates[j];
            if (other.Score < best.Score * MultiWordRatio)
            {
                break;
            }

            if (other.IsMultiWord && !usedKeys.Contains(other.Key) && (other.Count >= MinPhraseCount || (other.IsName && other.Count > 1))
                && HasWord(other.Key, best.Key) && ReadsAsHeading(other, casing) && KnownWords(other, casing) && !InsideMisheard(candidates, other, casing))
            {
                return other;
            }
        }

        return Pair(candidates, best, index, casing, usedKeys, paragraphsWithBoth);
    }

    private static KeyPhrase? Compound(List<KeyPhrase> candidates, KeyPhrase word, WordProfile casing, HashSet<string> usedKeys)
    {
        // A word said mostly before its head ("Fermi paradox") is titled by a phrase it modifies, not one that ends in
        // it ("indirect Fermi"), when the chapter has one.
        for (var pass = casing.ModifierShare(word.Words) > MaxModifierShare ? 0 : 1; pass < 2; pass++)
        {
            for (var j = 0; j < candidates.Count && j < ExpandDepth; j++)
            {
                var longer = candidates[j];
                if (longer.IsMultiWord && longer.Count > 1 && !usedKeys.Contains(longer.Key) && HasWord(longer.Key, word.Key)
                    && (pass == 1 || !longer.Key.EndsWith(" " + word.Key, StringComparison.Ordinal))
                    && ReadsAsHeading(longer, casing) && KnownWords(longer, casing) && !InsideMisheard(candidates, longer, casing))
                {
                    return longer;
                }
            }
        }

        return null;
    }

    // A verb at either end, or a middle word said as a verb, makes a clause ("runners eat", "publish papers"), not a
    // heading; so does a dangling preposition ("bits per") or a bare first name after a common noun ("editor Sean");
    // a word said twice in a row ("food food", "mormon mormons") is a stutter the captions kept. Before "of/on/in" comes
    // a noun that names something ("origin of life"), not a participle ("based on audio") or a measure ("amount of").
    private static bool ReadsAsHeading(KeyPhrase phrase, WordProfile casing)
    {
        var words = phrase.Words.Split(' ');
        if (Honorifics.Contains(words[0]))
        {
            return false;
        }

        if (phrase.IsName)
        {
            return true;
        }

        if (VagueHeads.Contains(words[0]))
        {
            return false;
        }

        for (var w = 1; w < words.Length - 1; w++)
        {
            var head = words[w - 1];
            if (NameConnectors.Contains(words[w])
                && (VagueHeads.Contains(head) || casing.IsVerbLike(head) || (head.EndsWith("ed", StringComparison.Ordinal) && casing.NounShare(head) == 0)))
            {
                return false;
            }
        }

        var last = words[^1];
        if (Prepositions.Contains(last) || IsFirstName(last, casing) || RepeatsAWord(phrase.Key))
        {
            return false;
        }

        if (casing.IsVerbLike(words[0]) || casing.IsVerbLike(last))
        {
            return false;
        }

        for (var w = 1; w < words.Length - 1; w++)
        {
            if (!NameConnectors.Contains(words[w]) && casing.IsSaidAsVerb(words[w]))
            {
                return false;
            }
        }

        return true;
    }

    private const int MinRareWordCount = 5;

    // "Mr Rooney" is how a guest addresses someone, not how a section is named; the surname alone or the full name is.
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", "mister", "dr", "sir", "madam" };

    // Nouns that measure, sort or point at another noun: "X of Y" is about Y.
    private static readonly HashSet<string> VagueHeads = new(StringComparer.Ordinal)
    {
        "amount", "amounts", "number", "kind", "sort", "type", "lot", "lots", "bunch", "combination", "mix", "set", "series",
        "variety", "range", "couple", "piece", "part", "level", "degree", "form", "version", "aspect", "example", "sense",
        "way", "use", "lack", "rest", "side", "end", "beginning", "middle", "top", "bottom", "author", "notion", "concept",
        "bit", "idea", "question", "matter", "issue", "thing", "things", "stuff", "whole", "half", "majority", "percent",
    };

    // A phrase said almost only inside a longer one the language does not know ("graph wall" of "graph wall tome") is
    // a piece of a caption error.
    private static bool InsideMisheard(List<KeyPhrase> candidates, KeyPhrase phrase, WordProfile casing)
    {
        for (var j = 0; j < candidates.Count && j < ExpandDepth; j++)
        {
            var longer = candidates[j];
            if (longer.Count * 2 > phrase.Count && longer.Key.Length > phrase.Key.Length
                && ContainsPhrase(longer.Key, phrase.Key) && !KnownWords(longer, casing))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsPhrase(string key, string inner)
    {
        var at = key.IndexOf(inner, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || key[at - 1] == ' ') && (at + inner.Length == key.Length || key[at + inner.Length] == ' ');
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "per", "of", "in", "on", "at", "by", "with", "from", "about", "into", "over", "under", "than", "via", "like",
        "against", "between", "to", "for", "versus", "vs",
    };

    // A mis-heard word is rare, so it scores as distinctive; a heading word the language hardly uses in lower case
    // ("tome", "unadorned") is more likely a caption error than a topic unless the chapter keeps saying it. Names are
    // vouched for by their capitals, but not a scrap of notation ("Xn", "x1").
    private static bool KnownWords(KeyPhrase phrase, WordProfile casing)
    {
        var words = phrase.Words.Split(' ');
        foreach (var word in words)
        {
            if (words.Length == 1 || (!phrase.IsName && casing.IsProper(word)) ? !WordShaped(word, casing) : IsNotation(word))
            {
                return false;
            }
        }

        if (phrase.IsName || phrase.Count >= MinRareWordCount)
        {
            return true;
        }

        foreach (var word in phrase.Words.Split(' '))
        {
            if (NameConnectors.Contains(word) || casing.IsProper(word))
            {
                continue;
            }

            foreach (var part in word.Split('-', '\'', '\u2019'))
            {
                if (part.Length > 0 && WordFrequencies.Default.Count(NameToken.KeyOf(part)) < WordFrequencies.CommonThreshold)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool RepeatsAWord(string key)
    {
        var words = key.Split(' ');
        for (var w = 1; w < words.Length; w++)
        {
            if (Related(words[w - 1], words[w]))
            {
                return true;
            }
        }

        return false;
    }

    // A word alone heads a section when it is a noun, not a first name said without its surname, and not a word mostly
    // said before another ("April 2020", "Olympic games").
    private static bool Standalone(KeyPhrase word, WordProfile casing) =>
        casing.IsNounLike(word.Words) && !IsFirstName(word.Words, casing) && casing.ModifierShare(word.Words) <= MaxModifierShare;

    // A first name begins many of the corpus's longer names and, here too, is often followed by its surname; a brand
    // that begins a few ("Apple Watch") is mostly said alone.
    private static bool IsFirstName(string lowerWord, WordProfile casing) =>
        casing.IsProper(lowerWord)
        && (EnglishFirstNames.All.Contains(lowerWord)
            || (KnownNameCounts.Default.StartShare(lowerWord) >= MinFirstNameShare && casing.ModifierShare(lowerWord) >= MinFirstNameShare));

    private const double MinFirstNameShare = 0.35;

    private const int MinWordLength = 3;

    private static bool WordShaped(string lowerWord, WordProfile casing)
    {
        var letters = 0;
        foreach (var c in lowerWord)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        if (letters >= MinWordLength)
        {
            return true;
        }

        // "AI" and "EU" are written as acronyms; "Xn" and "x1" are scraps of notation.
        var shown = casing.Display(lowerWord);
        var upper = 0;
        foreach (var c in shown)
        {
            if (char.IsLower(c) || char.IsDigit(c))
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= 2;
    }

    // Inside a longer name a short word is often a real part ("Xi Jinping", "O Block"); a letter with a digit is not.
    // Outside names a capitalised word must be word-shaped ("limit of Xn" is notation).
    private static bool IsNotation(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters < 2 && HasDigit(word);
    }

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // A word mostly said as part of a longer phrase ("Andrew" in "Andrew Breitbart") is titled by that phrase.
    private static KeyPhrase Expand(List<KeyPhrase> candidates, int index)
    {
        var word = candidates[index];
        if (word.IsMultiWord)
        {
            return word;
        }

        for (var j = 0; j < candidates.Count && j < ExpandDepth; j++)
        {
            var longer = candidates[j];
            if (j == index || longer.Count * 2 < word.Count || !longer.IsMultiWord)
            {
                continue;
            }

            if (HasWord(longer.Key, word.Key))
            {
                return longer;
            }
        }

        return word;
    }

    // True when one of the space-separated words of a phrase key is word.
    private static bool HasWord(string key, string word)
    {
        var at = 0;
        while ((at = key.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || key[at - 1] == ' ') && (end == key.Length || key[end] == ' '))
            {
                return true;
            }

            at++;
        }

        return false;
    }

    // One word rarely names a whole section; when the next word is nearly as strong, said often, particular to the
    // chapter, a noun or a name said on its own, and talked about together with the first, "War and power" does.
    private static KeyPhrase Pair(
        List<KeyPhrase> candidates, KeyPhrase best, int index, WordProfile casing, HashSet<string> usedKeys, Func<string, string, int> paragraphsWithBoth)
    {
        for (var j = index + 1; j < candidates.Count && j < index + 4; j++)
        {
            var next = candidates[j];
            if (next.Score < best.Score * PairRatio)
            {
                break;
            }

            if (next.IsMultiWord || usedKeys.Contains(next.Key))
            {
                continue;
            }

            // "Theory" and "string" said together are "string theory".
            var nextThenBest = next.Key + " " + best.Key;
            var bestThenNext = best.Key + " " + next.Key;
            foreach (var candidate in candidates)
            {
                if ((candidate.Key == nextThenBest || candidate.Key == bestThenNext) && ReadsAsHeading(candidate, casing) && KnownWords(candidate, casing))
                {
                    return candidate;
                }
            }

            if (next.Count >= MinPairCount && best.Count >= MinPairCount && next.Spread <= MaxPairSpread
                && PairItem(next, candidates, casing) && KnownAsName(best, casing) && !Related(best.Words, next.Words)
                && (!IsGerund(best.Words, casing) || IsGerund(next.Words, casing))
                && KnownWords(next, casing) && paragraphsWithBoth(best.Key, next.Key) >= MinPairParagraphs)
            {
                return new KeyPhrase(best.Key + " and " + next.Key, best.Words + " and " + next.Words, best.Score, best.Count, best.IsName && next.IsName, best.Spread);
            }
        }

        return best;
    }

    // The items of a pair are talked of together somewhere: "Paper and army" joins two things the chapter never relates.
    private const int MinPairParagraphs = 2;

    // The second item of a pair must be a noun said on its own: not a name mostly said before another word ("Chinese
    // intelligence", "Olympic games"), nor one mostly said inside a longer phrase ("York" in "New York").
    private static bool PairItem(KeyPhrase word, List<KeyPhrase> candidates, WordProfile casing)
    {
        if (!Standalone(word, casing) || !KnownAsName(word, casing))
        {
            return false;
        }

        for (var j = 0; j < candidates.Count && j < ExpandDepth; j++)
        {
            var longer = candidates[j];
            if (longer.IsMultiWord && longer.Count * 2 >= word.Count && HasWord(longer.Key, word.Key))
            {
                return false;
            }
        }

        return true;
    }

    private const double MaxModifierShare = 0.75;

    private const int MinKnownNameCount = 20;

    private const int MinUnknownNameCount = 6;

    // A capitalised pair item the corpus hardly knows and the chapter says only a few times is a guess at a name
    // ("Antoine", "Jenny") that a listener cannot place beside a topic; a lower-case word needs no such vouching. Alone
    // such a word still titles a chapter: "Holodomor" and "Piraha" are rare but right.
    // An acronym ("USOC") is spelt out by the captions, not guessed.
    private static bool KnownAsName(KeyPhrase word, WordProfile casing) =>
        !casing.IsProper(word.Words) || KnownNameCounts.Default.Count(word.Words) >= MinKnownNameCount || word.Count >= MinUnknownNameCount
        || IsAcronym(casing.Display(word.Words));

    private static bool IsAcronym(string shown)
    {
        foreach (var c in shown)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return shown.Length >= MinWordLength;
    }

    // "Predicting and senses" leads with an action and joins a thing to it; "books and reading", "reading and writing"
    // read as headings. An "-ing" word is an action when the episode says its verb as a verb ("to predict"); "housing"
    // and "morning" are things.
    private static bool IsGerund(string lowerWord, WordProfile casing)
    {
        if (lowerWord.Length <= 5 || !lowerWord.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = lowerWord[..^3];
        return casing.IsSaidAsVerb(stem) || casing.IsSaidAsVerb(stem + "e")
            || (stem.Length > 2 && stem[^1] == stem[^2] && casing.IsSaidAsVerb(stem[..^1]));
    }

    // "Marinecoin and Marine" repeats itself.
    private static bool Related(string a, string b) =>
        a.StartsWith(b[..Math.Min(b.Length, 5)], StringComparison.Ordinal) || b.StartsWith(a[..Math.Min(a.Length, 5)], StringComparison.Ordinal);

    /// <summary>True for the numbered heading of a chapter no phrase could name.</summary>
    public static bool IsFallback(string title) => title.StartsWith(FallbackPrefix, StringComparison.Ordinal);

    /// <summary>The first word of a topic title as the episode's words were keyed (lower case, straight apostrophe).</summary>
    public static string FirstWordLower(string title)
    {
        var space = title.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? title : title[..space];
        return string.Create(word.Length, word, static (chars, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                chars[i] = char.ToLowerInvariant(w[i] == '\u2019' ? '\'' : w[i]);
            }
        });
    }

    private static string Display(KeyPhrase phrase, WordProfile casing, bool capitalizeFirst) =>
        Display(phrase.Words, casing, capitalizeFirst, phrase.IsName);

    /// <summary>
    /// Sentence case: the first word capitalised, later words only when they are proper nouns; every word of a name but
    /// its connectors ("New York", "University of Chicago").
    /// </summary>
    public static string Display(string lowerWords, WordProfile casing, bool capitalizeFirst, bool isName = false)
    {
        var words = lowerWords.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = casing.Display(words[i]);
            if (isName && words[i].Length > 0 && char.IsLower(words[i][0]) && (i == 0 || !NameConnectors.Contains(words[i])))
            {
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
            }
        }

        var first = words[0];
        if (capitalizeFirst && first.Length > 0 && char.IsLower(first[0]))
        {
            words[0] = char.ToUpperInvariant(first[0]) + first[1..];
        }

        return string.Join(' ', words);
    }
}
