using System.Text.RegularExpressions;
using SiteGen.Text.Analysis;

namespace SiteGen.Text.Summary;

/// <summary>
/// Reads the host's introduction of the guest ("The following is a conversation with X, a ... at ...", "My guest today
/// is X, a ...") and rewrites it
/// into statements that stand alone ("X is a ... at ...").
/// </summary>
internal static partial class GuestIntroduction
{
    private const int MaxWords = 60;
    private const int MaxSummaryWords = 30;
    private const double SearchMinutes = 12;

    /// <summary>Up to two sentences introducing the guest, rewritten to name them; empty when there is no introduction.</summary>
    public static List<string> Find(AnalyzedEpisode episode, int introParagraphs, IReadOnlyList<string> guests)
    {
        var result = new List<string>();
        var endParagraph = Math.Max(introParagraphs, ParagraphsWithin(episode, SearchMinutes));
        var endSentence = episode.ParagraphFirstSentence[endParagraph];
        string? name = null;
        var start = -1;
        for (var s = 0; s < endSentence; s++)
        {
            var text = episode.TextOf(episode.Sentences[s]);
            var match = ConversationWith().Match(text);
            if (!match.Success)
            {
                continue;
            }

            // Restoration may end a sentence after an initialism that goes on ("... and U.S. | Air Force veteran").
            while (s + 1 < endSentence && EndsWithInitialism().IsMatch(text))
            {
                s++;
                text = text.TrimEnd() + " " + episode.TextOf(episode.Sentences[s]).Trim();
            }

            var rest = text[(match.Index + match.Length)..];
            var known = KnownGuestAt(rest, guests);
            name = known ?? LeadingName(rest);
            if (name is null)
            {
                continue;
            }

            start = s;
            var appositive = rest[name.Length..].TrimStart();

            // "Ada stoan" with the surname misheard: the one guest called Ada is meant, and the summary spells them whole.
            if (known is null && FullNameOf(name, guests) is { } full)
            {
                name = full;
            }

            // Captions lose the comma after a name: "X co-founder and chief scientist of Y, one of..." is an appositive
            // still when X is a known guest, said whole, and the first clause is a phrase of a few words without a verb
            // (not the rest of a misheard name: "Gustav sorum").
            var comma = appositive.StartsWith(',');
            var description = WhoIs().Replace((comma ? appositive[1..] : appositive).Trim(), string.Empty, 1);
            if (description.Length > 0 && char.IsLower(description[0]) && !NotAnAppositive(description)
                && (comma || (known is not null && IsVerblessPhrase(FirstClause(description)))))
            {
                result.Add(name + " is " + Shorten(description));
            }

            break;
        }

        if (start < 0 || name is null)
        {
            return result;
        }

        // A following "He is the CEO of ..." completes the picture; the pronoun needs the name to stand alone.
        for (var s = start + 1; s < endSentence && s <= start + 3 && result.Count < 2; s++)
        {
            var text = episode.TextOf(episode.Sentences[s]).Trim();
            if (SentenceSuitability.IsHousekeeping(text) || text.Contains('?') || WordCount(text) > MaxWords)
            {
                continue;
            }

            var pronoun = PronounIs().Match(text);
            if (pronoun.Success)
            {
                result.Add(name + " is" + text[pronoun.Length..]);
            }
            else if (text.StartsWith(name + " ", StringComparison.Ordinal) || StartsWithSurname(text, name))
            {
                result.Add(text);
            }
        }

        return result;
    }

    // Hosts pile up credentials; a summary sentence keeps the first clauses and stops at a comma.
    private static string Shorten(string description)
    {
        if (WordCount(description) <= MaxSummaryWords)
        {
            return description;
        }

        var words = 0;
        var lastComma = -1;
        for (var i = 0; i < description.Length && words < MaxSummaryWords; i++)
        {
            if (description[i] == ' ')
            {
                words++;
            }
            else if (description[i] is ',' or ';' && words >= 6)
            {
                // "..., his podcast titled, What Is Money" cannot stop at "titled".
                if (LeavesOpen(description.AsSpan(0, i)))
                {
                    continue;
                }

                lastComma = i;

                // "..., including ..." or "..., who ..." adds to what came before: the description is whole here.
                if (StartsAddition(description.AsSpan(i + 1).TrimStart()))
                {
                    break;
                }
            }
        }

        if (lastComma < 0)
        {
            return description;
        }

        var head = description[..lastComma].TrimEnd();
        if (head.EndsWith(" and", StringComparison.Ordinal))
        {
            head = head[..^4];
        }

        return head + ".";
    }

    private static string? FullNameOf(string firstName, IReadOnlyList<string> guests)
    {
        string? found = null;
        foreach (var guest in guests)
        {
            var trimmed = guest.Trim();
            if (trimmed.StartsWith(firstName + " ", StringComparison.Ordinal))
            {
                if (found is not null)
                {
                    return null;
                }

                found = trimmed;
            }
        }

        return found;
    }

    private static bool IsVerblessPhrase(ReadOnlySpan<char> clause) =>
        clause.Count(' ') >= 2 && !SentenceSuitability.HasFiniteVerb(clause);

    private static ReadOnlySpan<char> FirstClause(string text)
    {
        var end = text.IndexOfAny([',', ';', '.']);
        return end < 0 ? text : text.AsSpan(0, end);
    }

    private static bool LeavesOpen(ReadOnlySpan<char> head)
    {
        var word = head[(head.LastIndexOf(' ') + 1)..];
        return word is "titled" or "called" or "named" or "entitled" or "including" or "like" or "the" or "a" or "an" or "of"
            or "to" or "and" or "or" or "in" or "on" or "at" or "for" or "with" or "by" or "from" or "his" or "her" or "their";
    }

    private static bool StartsAddition(ReadOnlySpan<char> rest) =>
        rest.StartsWith("including ", StringComparison.Ordinal) || rest.StartsWith("who ", StringComparison.Ordinal)
            || rest.StartsWith("which ", StringComparison.Ordinal) || rest.StartsWith("whose ", StringComparison.Ordinal)
            || rest.StartsWith("where ", StringComparison.Ordinal) || rest.StartsWith("among ", StringComparison.Ordinal);

    // "X, his third time on the podcast", "X, the second time we've spoken" or "X, who ..." does not say what X is.
    private static bool NotAnAppositive(string description)
    {
        var words = description.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        var first = words[0];
        if (first is "his" or "her" or "their" or "my" or "our" or "who" or "which" or "whose" or "where" or "whom"
            or "and" or "about" or "on" or "in" or "for" or "to" or "from" or "this" or "that" or "it" or "we" or "i")
        {
            return true;
        }

        // "X, part two" is a sequel, not a description.
        if (first is "part" && words.Length > 1 && IsOrdinalOrNumber(words[1].TrimEnd(',', '.').ToLowerInvariant()))
        {
            return true;
        }

        for (var w = 1; w < Math.Min(words.Length, 3); w++)
        {
            if (words[w].TrimEnd(',') is "time" or "times" or "appearance" or "visit" or "episode" or "conversation")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrdinalOrNumber(string word) =>
        word is "one" or "two" or "three" or "four" or "five" or "six" or "ii" or "iii" or "iv" or "v" or "vi"
            || (word.Length > 0 && char.IsAsciiDigit(word[0]));

    private static int ParagraphsWithin(AnalyzedEpisode episode, double minutes)
    {
        var p = 0;
        while (p < episode.Paragraphs.Length && episode.ParagraphMinute[p] < minutes)
        {
            p++;
        }

        return p;
    }

    private static string? KnownGuestAt(string rest, IReadOnlyList<string> guests)
    {
        foreach (var guest in guests)
        {
            if (!string.IsNullOrWhiteSpace(guest) && rest.StartsWith(guest.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return rest[..guest.Trim().Length];
            }
        }

        return null;
    }

    // Without a known guest list, the name is the run of capitalised words after "conversation with".
    private static string? LeadingName(string rest)
    {
        var match = CapitalisedRun().Match(rest);
        return match.Success ? match.Value : null;
    }

    private static bool StartsWithSurname(string text, string name)
    {
        var space = name.LastIndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        var surname = name[(space + 1)..];
        return text.StartsWith(surname + " is ", StringComparison.Ordinal) || text.StartsWith(surname + " was ", StringComparison.Ordinal);
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?:(?:\bis|\bwas|['’]s) (?:a|my|our) conversation with |\b(?:my|our) guests? (?:today |this week |tonight )?(?:is|are) |\btoday I['’]m (?:talking|speaking) (?:with|to) |\bI['’]m joined (?:today )?by |\bjoining (?:me|us) (?:today )?is |\b(?:chance to sit|got to sit|I sat) down with |\bI['’]m here with )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConversationWith();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’\-]*(?: (?:\p{Lu}[\p{L}\p{M}'’\-]*|de|van|von|der|da|di|la|le|bin|al))*", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b(?:\p{Lu}\.){2,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithInitialism();

    // "X, who's an entrepreneur" or "X, she's a roboticist" describes X as well as "X, an entrepreneur" does.
    [GeneratedRegex(@"^(?:who|she|he)(?:['’]s| is) (?=an? |the )", RegexOptions.CultureInvariant)]
    private static partial Regex WhoIs();

    [GeneratedRegex(@"^(?:He|She)(?: is|['’]s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounIs();
}
