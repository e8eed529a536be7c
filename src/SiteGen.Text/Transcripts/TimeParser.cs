using System.Globalization;

namespace SiteGen.Text.Transcripts;

/// <summary>Parses clock times such as "01:02:03.500", "02:03,500", "1:02:03" and "62:03".</summary>
internal static class TimeParser
{
    /// <summary>Accepts [h:]mm:ss with an optional fraction after '.' or ','.</summary>
    public static bool TryParseClock(ReadOnlySpan<char> text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        long fractionTicks = 0;
        var fractionAt = text.IndexOfAny('.', ',');
        if (fractionAt >= 0)
        {
            var fraction = text[(fractionAt + 1)..];
            if (fraction.IsEmpty || fraction.Length > 7 || !AllDigits(fraction))
            {
                return false;
            }

            fractionTicks = long.Parse(fraction, NumberStyles.None, CultureInfo.InvariantCulture);
            for (var i = fraction.Length; i < 7; i++)
            {
                fractionTicks *= 10;
            }

            text = text[..fractionAt];
        }

        Span<int> parts = stackalloc int[3];
        var count = 0;
        foreach (var range in text.Split(':'))
        {
            var part = text[range];
            if (count == 3 || part.IsEmpty || part.Length > 3 || !AllDigits(part))
            {
                return false;
            }

            parts[count++] = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (count < 2)
        {
            return false;
        }

        int hours = count == 3 ? parts[0] : 0;
        int minutes = parts[count - 2];
        int seconds = parts[count - 1];
        if (seconds > 59 || (count == 3 && minutes > 59))
        {
            return false;
        }

        value = new TimeSpan(hours, minutes, seconds) + TimeSpan.FromTicks(fractionTicks);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
