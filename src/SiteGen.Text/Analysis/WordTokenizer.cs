namespace SiteGen.Text.Analysis;

/// <summary>Finds word tokens (letters/digits with inner apostrophes, hyphens or dots) in prose without allocating.</summary>
internal static class WordTokenizer
{
    /// <summary>Appends the (start, length) of each word in <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<(int Start, int Length)> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    i++;
                }
                else if (IsJoiner(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            tokens.Add((start, i - start));
        }
    }

    // Curly apostrophes are common in human transcripts; "don’t" must stay one word.
    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '.';

    /// <summary>Lower-cases a token and folds curly apostrophes, so lookups see one spelling.</summary>
    public static string Normalize(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            buffer[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        return new string(buffer);
    }
}
