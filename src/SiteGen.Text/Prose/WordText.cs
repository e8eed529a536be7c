namespace SiteGen.Text.Prose;

/// <summary>Views of a word's text: the letters and digits in the middle, the punctuation around them.</summary>
internal static class WordText
{
    /// <summary>The word without leading and trailing punctuation ("well," -> "well", "(laughs)" -> "laughs").</summary>
    public static ReadOnlySpan<char> Core(string word)
    {
        var span = word.AsSpan();
        var start = 0;
        while (start < span.Length && !char.IsLetterOrDigit(span[start]))
        {
            start++;
        }

        var end = span.Length;
        while (end > start && !char.IsLetterOrDigit(span[end - 1]))
        {
            end--;
        }

        return span[start..end];
    }

    public static ReadOnlySpan<char> Leading(string word)
    {
        var i = 0;
        while (i < word.Length && !char.IsLetterOrDigit(word[i]))
        {
            i++;
        }

        return word.AsSpan(0, i);
    }

    public static ReadOnlySpan<char> Trailing(string word)
    {
        var i = word.Length;
        while (i > 0 && !char.IsLetterOrDigit(word[i - 1]))
        {
            i--;
        }

        return word.AsSpan(i);
    }

    /// <summary>The mark that ends a sentence at the end of the word ('.', '?', '!', '…'), ignoring closing quotes and brackets.</summary>
    public static char SentenceMark(string word)
    {
        var i = word.Length - 1;
        while (i >= 0 && IsCloser(word[i]))
        {
            i--;
        }

        return i >= 0 && word[i] is '.' or '?' or '!' or '…' ? word[i] : '\0';
    }

    public static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    /// <summary>The word with its first letter upper-cased; words with inner capitals ("iPhone", "iOS") are left alone.</summary>
    public static string CapitaliseFirst(string word)
    {
        var first = -1;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                if (first < 0)
                {
                    first = i;
                }
                else if (char.IsUpper(word[i]))
                {
                    return word;
                }
            }
            else if (first < 0 && char.IsDigit(word[i]))
            {
                return word;
            }
        }

        if (first < 0 || char.IsUpper(word[first]))
        {
            return word;
        }

        return string.Concat(word.AsSpan(0, first), char.ToUpperInvariant(word[first]).ToString(), word.AsSpan(first + 1));
    }
}
