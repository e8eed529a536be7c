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

    private static (int At, TermLink? Link) FirstMatch(string text, int from, IReadOnlyList<TermLink> links, ISet<string> alreadyLinked)
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
            var candidates = byFirst[text[at]];

            var wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            TermLink? best = null;
            foreach (var link in candidates)
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

    // Links by the first character of their term, in list order; null when a term is empty (the plain search handles it).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<TermLink>, Tuple<Dictionary<char, List<TermLink>>, SearchValues<char>>?> FirstCharacters = new();

    private static Tuple<Dictionary<char, List<TermLink>>, SearchValues<char>>? Index(IReadOnlyList<TermLink> links)
    {
        var index = new Dictionary<char, List<TermLink>>();
        foreach (var link in links)
        {
            if (link.Term.Length == 0)
            {
                return null;
            }

            if (!index.TryGetValue(link.Term[0], out var list))
            {
                index[link.Term[0]] = list = [];
            }

            list.Add(link);
        }

        return Tuple.Create(index, SearchValues.Create([.. index.Keys]));
    }

    private static (int At, TermLink? Link) FirstMatchByTerm(string text, int from, IReadOnlyList<TermLink> links, ISet<string> alreadyLinked)
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
