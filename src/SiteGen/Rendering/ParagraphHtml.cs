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
