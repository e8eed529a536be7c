using System.Globalization;
using System.Text;

namespace SiteGen.Building;

/// <summary>URL slugs: lowercase ASCII letters, digits and hyphens, the same on every machine.</summary>
internal static class Slugs
{
    public static string From(string text, int maxLength = 80)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
                if (sb.Length >= maxLength)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return sb.Length == 0 ? "episode" : sb.ToString().TrimEnd('-');
    }
}
