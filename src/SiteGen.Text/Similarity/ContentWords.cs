namespace SiteGen.Text.Similarity;

/// <summary>
/// Splits text into content terms: lowercase, stopwords dropped, plurals and possessives folded ("studies" and
/// "study" meet). Works on spans into a caller buffer so that tokenising millions of words allocates nothing.
/// </summary>
internal static class ContentWords
{
    /// <summary>Longest term kept; longer runs are noise (URLs, glued captions).</summary>
    public const int MaxLength = 40;

    private const int MinLength = 2;

    /// <summary>
    /// Writes the next content term at or after <paramref name="position"/> into <paramref name="buffer"/>
    /// (at least <see cref="MaxLength"/> chars) and returns its length, or 0 when the text is exhausted;
    /// <paramref name="word"/> is where the term's word lies in the text.
    /// </summary>
    public static int Next(ReadOnlySpan<char> text, ref int position, Span<char> buffer, out Range word)
    {
        while (NextWord(text, ref position, out word))
        {
            int length = Normalize(buffer, Lower(text[word], buffer));
            if (length > 0)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Finds the next word (letters and digits, inner apostrophes and hyphens) at or after position.</summary>
    public static bool NextWord(ReadOnlySpan<char> text, ref int position, out Range word)
    {
        while (position < text.Length)
        {
            char c = text[position];
            if (c == '[')
            {
                // Caption tags such as [Music] or [Laughter] are not speech.
                int close = text[position..].IndexOf(']');
                position = close < 0 ? position + 1 : position + close + 1;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                position++;
                continue;
            }

            int start = position;
            while (position < text.Length && IsWordChar(text, position))
            {
                position++;
            }

            word = start..position;
            return true;
        }

        word = default;
        return false;
    }

    /// <summary>Lowercases a word into the buffer (curly apostrophes made straight); 0 when it is too long to be a term.</summary>
    public static int Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > MaxLength)
        {
            return 0;
        }

        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c);
        }

        return word.Length;
    }

    /// <summary>Turns a lowercased word in the buffer into its term in place; returns 0 when it is not a content term.</summary>
    public static int Normalize(Span<char> buffer, int length)
    {
        if (length < MinLength || !HasLetter(buffer[..length]) || Stopwords.Contains(buffer[..length]))
        {
            return 0;
        }

        length = Stem(buffer, length);
        while (length > 0 && buffer[length - 1] == '\'')
        {
            length--;
        }

        if (length < MinLength || Stopwords.Contains(buffer[..length]))
        {
            return 0;
        }

        return length;
    }

    private static bool HasLetter(Span<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        // An apostrophe or hyphen binds only between letters: "don't", "co-founder", not "'quote'".
        return c is '\'' or '\u2019' or '-'
            && i > 0 && char.IsLetterOrDigit(text[i - 1])
            && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
    }

    /// <summary>
    /// Light suffix stripping (possessives, plurals, -ing, -ed, -ation, final -e or -y) so "vaccinated", "vaccinate" and
    /// "vaccinates" meet. A stem need not be a word: what readers see is the shortest spelling seen in the text.
    /// </summary>
    private static int Stem(Span<char> w, int length)
    {
        if (length > 2 && w[length - 2] == '\'' && w[length - 1] == 's')
        {
            length -= 2;
        }

        length = StripPlural(w, length);
        if (length > 5 && EndsWith(w, length, "ing") && HasVowel(w[..(length - 3)]))
        {
            length = Undouble(w, length - 3);
        }
        else if (length > 4 && EndsWith(w, length, "ed") && HasVowel(w[..(length - 2)]))
        {
            length = Undouble(w, length - 2);
        }

        if (length > 7 && EndsWith(w, length, "ation"))
        {
            length -= 3;
        }

        // "study"/"studies" and "zombie"/"zombies" both meet at a final i.
        if (length > 3 && w[length - 1] == 'y' && !IsVowel(w[length - 2]))
        {
            w[length - 1] = 'i';
        }
        else if (length > 3 && w[length - 1] == 'e')
        {
            length--;
        }

        return length;
    }

    private static int StripPlural(Span<char> w, int length)
    {
        if (length > 4 && EndsWith(w, length, "ies") && w[length - 4] is not ('a' or 'e'))
        {
            return length - 2;
        }

        if (length > 4 && EndsWith(w, length, "es")
            && (w[length - 3] is 'x' or 'z' || (w[length - 3] == 'h' && w[length - 4] is 'c' or 's')
                || (w[length - 3] == 's' && w[length - 4] == 's')))
        {
            return length - 2;
        }

        if (length > 3 && w[length - 1] == 's' && w[length - 2] is not ('s' or 'u' or 'i' or '\''))
        {
            return length - 1;
        }

        return length;
    }

    /// <summary>"stopp(ed)" → "stop", but "fall(ing)" keeps its double l.</summary>
    private static int Undouble(Span<char> w, int length) =>
        length > 2 && w[length - 1] == w[length - 2] && w[length - 1] is not ('f' or 'l' or 's' or 'z') && !IsVowel(w[length - 1])
            ? length - 1
            : length;

    private static bool EndsWith(Span<char> w, int length, string suffix) => w[..length].EndsWith(suffix);

    private static bool HasVowel(Span<char> w)
    {
        foreach (char c in w)
        {
            if (IsVowel(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
