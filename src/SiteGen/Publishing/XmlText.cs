using System.Text;

namespace SiteGen.Publishing;

internal static class XmlText
{
    /// <summary>Drops characters XML 1.0 cannot carry at all (control characters, lone surrogates) instead of failing.</summary>
    public static string Clean(string value)
    {
        int bad = 0;
        for (int i = 0; i < value.Length; i++)
        {
            bad += IsValid(value, i) ? 0 : 1;
        }

        if (bad == 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length - bad);
        for (int i = 0; i < value.Length; i++)
        {
            if (IsValid(value, i))
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsValid(string s, int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(s[i - 1]);
        }

        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
