using System.Collections.Frozen;
using System.Text;

namespace SiteGen.Building;

/// <summary>URL slugs: lowercase ASCII letters, digits and hyphens, the same on every machine.</summary>
internal static class Slugs
{
    // Invariant globalization makes string.Normalize a no-op, so accents are folded from a table.
    private static readonly FrozenDictionary<char, string> Folds = BuildFolds();

    public static string From(string text, int maxLength = 80)
    {
        var sb = new StringBuilder(Math.Min(text.Length, maxLength + 8));
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            var folded = char.IsAsciiLetterOrDigit(c) ? null : Folds.GetValueOrDefault(c);
            if (char.IsAsciiLetterOrDigit(c) || folded is not null)
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingHyphen = false;
                if (folded is null)
                {
                    sb.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    sb.Append(folded);
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        if (sb.Length > maxLength)
        {
            var cut = sb.ToString(0, maxLength + 1).LastIndexOf('-');
            sb.Length = cut > 0 ? cut : maxLength;
        }

        return sb.Length == 0 ? "episode" : sb.ToString().TrimEnd('-');
    }

    private static FrozenDictionary<char, string> BuildFolds()
    {
        var map = new Dictionary<char, string>();
        void Add(string chars, string to)
        {
            foreach (var c in chars)
            {
                map[c] = to;
                map[char.ToUpperInvariant(c)] = to;
            }
        }

        Add("àáâãäåāăą", "a");
        Add("çćĉċč", "c");
        Add("ďđ", "d");
        Add("èéêëēĕėęě", "e");
        Add("ĝğġģ", "g");
        Add("ĥħ", "h");
        Add("ìíîïĩīĭįı", "i");
        map['İ'] = "i";
        Add("ĵ", "j");
        Add("ķ", "k");
        Add("ĺļľŀł", "l");
        Add("ñńņňŉ", "n");
        Add("òóôõöøōŏő", "o");
        Add("ŕŗř", "r");
        Add("śŝşš", "s");
        Add("ţťŧ", "t");
        Add("ùúûüũūŭůűų", "u");
        Add("ŵ", "w");
        Add("ýÿŷ", "y");
        Add("źżž", "z");
        Add("æ", "ae");
        Add("œ", "oe");
        Add("þ", "th");
        map['ß'] = "ss";
        return map.ToFrozenDictionary();
    }
}
