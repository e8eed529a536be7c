namespace SiteGen.Text.Names;

/// <summary>
/// A whitespace-separated word split into leading punctuation, the word itself and trailing punctuation
/// (a possessive "'s" counts as trailing), with a lowercase letters-and-digits key for matching.
/// </summary>
internal readonly record struct NameToken(string Prefix, string Core, string Suffix, string Key)
{
    public bool IsCapitalised => Core.Length > 0 && char.IsUpper(Core[0]);

    public static NameToken Parse(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        if (end - start > 2 && word[end - 1] is 's' or 'S' && word[end - 2] is '\'' or '’')
        {
            end -= 2;
        }

        var core = word[start..end];
        return new NameToken(word[..start], core, word[end..], KeyOf(core));
    }

    /// <inheritdoc cref="KeyOf(ReadOnlySpan{char})"/>
    public static string KeyOf(string text)
    {
        // Most words of lowercase captions are their own key: no copy then.
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c) || char.ToLowerInvariant(c) != c)
            {
                return KeyOf(text.AsSpan());
            }
        }

        return text;
    }

    /// <summary>The lowercase letters and digits of the text, for matching.</summary>
    public static string KeyOf(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    public static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
