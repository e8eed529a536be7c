using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace SiteGen.Rendering;

/// <summary>
/// A paragraph's text as HTML: everything encoded, with links on the first mention of terms that have
/// their own page (another episode's guest, a topic).
/// </summary>
internal static class ParagraphHtml
{
    public static string Render(string text, IReadOnlyList<TermLink> links, ISet<string> alreadyLinked, string root)
    {
        var sb = new StringBuilder(text.Length + 64);
        var position = 0;
        while (position < text.Length)
        {
            var (at, link) = FirstMatch(text, position, links, alreadyLinked);
            if (link is null)
            {
                break;
            }

            sb.Append(HtmlEncoder.Default.Encode(text[position..at]));
            sb.Append("<a href=\"").Append(HtmlEncoder.Default.Encode(root + link.Url)).Append("\">");
            sb.Append(HtmlEncoder.Default.Encode(text.Substring(at, link.Term.Length))).Append("</a>");
            alreadyLinked.Add(link.Term);
            position = at + link.Term.Length;
        }

        sb.Append(HtmlEncoder.Default.Encode(text[position..]));
        return sb.ToString();
    }

    internal static (int At, TermLink? Link) FirstMatch(string text, int from, IReadOnlyList<TermLink> links, ISet<string> alreadyLinked)
    {
        // The earliest whole-word mention wins, then the longer term, then the earlier link. Scanning positions in order
        // finds the same one as searching term by term, which resumes after a mention that is not a whole word.
        var index = FirstCharacters.GetValue(links, Index);
        if (index is null)
        {
            return FirstMatchByTerm(text, from, links, alreadyLinked);
        }

        var (byFirst, firsts) = index;
        Dictionary<TermLink, int>? resume = null;
        for (var at = from; at < text.Length; at++)
        {
            // Most characters start no term: jump to the next one that does (vectorised).
            var skip = text.AsSpan(at).IndexOfAny(firsts);
            if (skip < 0)
            {
                break;
            }

            at += skip;
            var wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            TermLink? best = null;
            // Terms of one character, then those whose first two characters are here: names share first letters, so
            // two characters leave few terms to compare.
            byFirst.TryGetValue(Bucket(text[at], null), out var single);
            byFirst.TryGetValue(at + 1 < text.Length ? Bucket(text[at], text[at + 1]) : -1, out var pairs);
            foreach (var link in Concat(single, pairs))
            {
                if (!text.AsSpan(at).StartsWith(link.Term, StringComparison.Ordinal)
                    || alreadyLinked.Contains(link.Term)
                    || (resume is not null && resume.TryGetValue(link, out var next) && at < next))
                {
                    continue;
                }

                var end = at + link.Term.Length;
                if (wordStart && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    if (best is null || link.Term.Length > best.Term.Length)
                    {
                        best = link;
                    }
                }
                else
                {
                    resume ??= new Dictionary<TermLink, int>(ReferenceEqualityComparer.Instance);
                    resume[link] = end;
                }
            }

            if (best is not null)
            {
                return (at, best);
            }
        }

        return (-1, null);
    }

    private static int Bucket(char first, char? second) => (first << 16) | (second ?? 0xFFFF);

    private static IEnumerable<TermLink> Concat(List<TermLink>? first, List<TermLink>? second)
    {
        if (first is not null)
        {
            foreach (var link in first)
            {
                yield return link;
            }
        }

        if (second is not null)
        {
            foreach (var link in second)
            {
                yield return link;
            }
        }
    }

    // Links by the first two characters of their term (one for one-character terms), in list order, and the characters
    // that start a term; null when a term is empty (the plain search handles it).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<TermLink>, Tuple<Dictionary<int, List<TermLink>>, SearchValues<char>>?> FirstCharacters = new();

    private static Tuple<Dictionary<int, List<TermLink>>, SearchValues<char>>? Index(IReadOnlyList<TermLink> links)
    {
        var index = new Dictionary<int, List<TermLink>>();
        var firsts = new SortedSet<char>();
        foreach (var link in links)
        {
            if (link.Term.Length == 0)
            {
                return null;
            }

            var bucket = Bucket(link.Term[0], link.Term.Length > 1 ? link.Term[1] : null);
            if (!index.TryGetValue(bucket, out var list))
            {
                index[bucket] = list = [];
            }

            list.Add(link);
            firsts.Add(link.Term[0]);
        }

        return Tuple.Create(index, SearchValues.Create([.. firsts]));
    }

    internal static (int At, TermLink? Link) FirstMatchByTerm(string text, int from, IReadOnlyList<TermLink> links, ISet<string> alreadyLinked)
    {
        var best = (At: int.MaxValue, Link: (TermLink?)null);
        foreach (var link in links)
        {
            if (alreadyLinked.Contains(link.Term))
            {
                continue;
            }

            var at = from;
            while ((at = text.IndexOf(link.Term, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + link.Term.Length;
                var wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var wordEnd = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (wordStart && wordEnd)
                {
                    break;
                }

                at = end;
            }

            if (at >= 0 && (at < best.At || (at == best.At && link.Term.Length > best.Link!.Term.Length)))
            {
                best = (at, link);
            }
        }

        return best.Link is null ? (-1, null) : best;
    }
}
