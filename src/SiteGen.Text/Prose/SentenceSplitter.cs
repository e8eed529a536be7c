using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace SiteGen.Text.Prose;

/// <summary>Splits an already punctuated word stream into sentences.</summary>
public static class SentenceSplitter
{
    /// <summary>Abbreviations that never end a sentence: a name or a number always follows.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "e.g", "i.e", "cf", "mt", "gen", "sen", "rep", "gov",
        "lt", "col", "capt", "sgt", "rev", "fig", "vol", "approx", "ca");

    /// <summary>Words after which a run-on sentence is cut at the next comma, semicolon, colon or dash.</summary>
    public const int SoftMaxWords = 120;

    /// <summary>Words at which a run-on sentence is cut wherever it stands.</summary>
    public const int HardMaxWords = 200;

    /// <summary>
    /// Ends a sentence at '.', '?', '!' or '…' (closing quotes and brackets stay with it), at every change of speaker
    /// and at the end of the stream. Abbreviations such as "Mr." and "e.g." and single initials never end one;
    /// "U.S.", "etc.", "a.m." and ellipses end one only when a capitalised word follows.
    /// The first letter of every sentence is capitalised.
    /// </summary>
    /// <remarks>
    /// Text that runs on without marks is cut so that no sentence grows into a wall: after
    /// <see cref="SoftMaxWords"/> words at the next comma, semicolon, colon or dash, and at
    /// <see cref="HardMaxWords"/> words wherever it stands.
    /// </remarks>
    public static ImmutableArray<Sentence> Split(ImmutableArray<TimedWord> words)
    {
        if (words.IsDefaultOrEmpty)
        {
            return [];
        }

        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var text = new StringBuilder();
        TimedWord? first = null;
        var count = 0;
        var continuing = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (string.IsNullOrWhiteSpace(word.Text))
            {
                continue;
            }

            if (first is not null && word.Speaker != first.Value.Speaker)
            {
                Emit();
                continuing = false;
            }

            if (first is null)
            {
                first = word;
                // The rest of a cut run-on sentence keeps its own casing.
                text.Append(continuing ? word.Text : WordText.CapitaliseFirst(word.Text));
            }
            else
            {
                text.Append(' ').Append(word.Text);
            }

            count++;
            if (EndsSentence(word.Text, i + 1 < words.Length ? words[i + 1].Text : null))
            {
                Emit();
                continuing = false;
            }
            else if (count >= HardMaxWords || (count >= SoftMaxWords && word.Text[^1] is ',' or ';' or ':' or '-' or '—' or '–'))
            {
                Emit();
                continuing = true;
            }
        }

        Emit();
        return sentences.ToImmutable();

        void Emit()
        {
            if (first is { } f)
            {
                sentences.Add(new Sentence(text.ToString(), f.Start, f.Speaker));
            }

            text.Clear();
            first = null;
            count = 0;
        }
    }

    private static bool EndsSentence(string word, string? next)
    {
        var mark = WordText.SentenceMark(word);
        if (mark is '?' or '!')
        {
            // A quoted question inside a sentence: "Really?" he asked.
            return !(WordText.IsCloser(word[^1]) && next is not null && StartsLowercase(next));
        }

        if (mark == '\0')
        {
            return false;
        }

        // The pronoun "I" is capitalised anywhere, so it says nothing about a new sentence.
        var nextCapitalised = next is not null && StartsCapitalised(next) && !IsPronounI(next);
        if (mark == '…' || word.EndsWith("..", StringComparison.Ordinal) || word.EndsWith("..\"", StringComparison.Ordinal))
        {
            return next is null || nextCapitalised;
        }

        var core = word.AsSpan().TrimStart("\"'“‘([").TrimEnd("\"'”’)]");
        core = core[..^1];
        if (core.Length == 0)
        {
            return true;
        }

        if (Titles.Contains(core.ToString()) || (core.Length == 1 && char.IsUpper(core[0])))
        {
            return false;
        }

        // Initialisms ("U.S.", "a.m.") and "etc." end a sentence only before a capital.
        if (core.Contains('.') || core.Equals("etc", StringComparison.OrdinalIgnoreCase))
        {
            return next is null || nextCapitalised;
        }

        return true;
    }

    private static bool IsPronounI(string word)
    {
        var core = WordText.Core(word);
        return core is "I" || (core.Length > 2 && core[0] == 'I' && core[1] is '\'' or '’');
    }

    private static bool StartsLowercase(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    private static bool StartsCapitalised(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c) || char.IsDigit(c);
            }
        }

        return false;
    }
}
