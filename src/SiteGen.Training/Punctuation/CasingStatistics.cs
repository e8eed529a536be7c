using System.Collections.Immutable;
using SiteGen.Text.Punctuation;
using SiteGen.Text.Punctuation.Evaluation;

namespace SiteGen.Training.Punctuation;

/// <summary>
/// Counts written forms of each word where casing is a choice (not sentence-initial), and capitalised runs, to build
/// the casing lexicon and the known-names list.
/// </summary>
internal sealed class CasingStatistics
{
    private const int MinCount = 2;
    private const int MinNameCount = 3;
    private const int MaxRun = 4;

    private readonly Dictionary<string, Dictionary<string, int>> forms = new(StringComparer.Ordinal);

    // The same, without the words that follow a capitalised word: "Stack Overflow" must not make "overflow" a name.
    private readonly Dictionary<string, Dictionary<string, int>> standalone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> runs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Context, bool Follows, string Lower), Dictionary<string, int>> contexts = new();

    public void Add(IReadOnlyList<CorpusWord> words)
    {
        var run = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var initial = i == 0 || PunctuationFeatures.IsBoundary((int)words[i - 1].Mark);
            var form = words[i].Form;
            if (!initial)
            {
                var lower = form.ToLowerInvariant();
                if (!forms.TryGetValue(lower, out var counts))
                {
                    counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    forms[lower] = counts;
                }

                counts[form] = counts.GetValueOrDefault(form) + 1;
                var previous = words[i - 1].Form;
                if (!char.IsUpper(previous[0]) || IsPronounI(previous))
                {
                    if (!standalone.TryGetValue(lower, out var alone))
                    {
                        alone = new Dictionary<string, int>(StringComparer.Ordinal);
                        standalone[lower] = alone;
                    }

                    alone[form] = alone.GetValueOrDefault(form) + 1;
                }
            }

            var capitalised = char.IsUpper(form[0]) && !IsPronounI(form);
            if (capitalised && (run.Count > 0 || !initial))
            {
                run.Add(form);
            }
            else
            {
                Flush(run);
            }

            if (words[i].Mark != PunctuationMark.None)
            {
                Flush(run);
            }
        }

        Flush(run);
    }

    /// <summary>Lowercase form to usual form, only where the usual form is not the lowercase one.</summary>
    public Dictionary<string, string> Lexicon()
    {
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (lower, counts) in forms)
        {
            // A word seen often enough on its own takes its usual form from there; the forms it takes inside longer
            // names come back through the context lexicon.
            var own = standalone.TryGetValue(lower, out var alone) && alone.Values.Sum() >= MinCount ? alone : counts;
            if (Usual(own, MinCount) is { } usual && !string.Equals(usual, lower, StringComparison.Ordinal))
            {
                lexicon[lower] = usual;
            }
        }

        return lexicon;
    }

    /// <summary>
    /// Second pass over the corpus: for words written more than one way ("university", "University"), counts forms
    /// next to each neighbour, so "columbia university" reads "Columbia University" and "new york" "New York".
    /// </summary>
    public void AddContexts(IReadOnlyList<CorpusWord> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (PunctuationFeatures.IsBoundary((int)words[i - 1].Mark))
            {
                continue;
            }

            var form = words[i].Form;
            var lower = form.ToLowerInvariant();
            if (!forms.TryGetValue(lower, out var counts) || counts.Count < 2)
            {
                continue;
            }

            Count((words[i - 1].Form.ToLowerInvariant(), false, lower), form);
            if (i + 1 < words.Count && words[i].Mark == PunctuationMark.None)
            {
                Count((words[i + 1].Form.ToLowerInvariant(), true, lower), form);
            }
        }
    }

    /// <summary>Neighbour-dependent forms that differ from what the lexicon alone gives, in a stable order.</summary>
    public List<ContextCasing> ContextLexicon(Dictionary<string, string> lexicon)
    {
        var entries = new List<ContextCasing>();
        foreach (var ((context, follows, lower), counts) in contexts)
        {
            var plain = lexicon.GetValueOrDefault(lower, lower);
            if (Usual(counts, MinNameCount) is { } usual && !string.Equals(usual, plain, StringComparison.Ordinal))
            {
                entries.Add(new ContextCasing(context, follows, usual));
            }
        }

        entries.Sort((a, b) => a.Context != b.Context ? string.CompareOrdinal(a.Context, b.Context)
            : a.Follows != b.Follows ? a.Follows.CompareTo(b.Follows)
            : string.CompareOrdinal(a.Form, b.Form));
        return entries;
    }

    private void Count((string, bool, string) key, string form)
    {
        if (!contexts.TryGetValue(key, out var c))
        {
            c = new Dictionary<string, int>(StringComparer.Ordinal);
            contexts[key] = c;
        }

        c[form] = c.GetValueOrDefault(form) + 1;
    }

    /// <summary>Capitalised single words and runs seen at least a few times, most frequent first.</summary>
    public ImmutableArray<KnownName> Names(Dictionary<string, string> lexicon)
    {
        var names = new List<KnownName>();
        foreach (var (lower, usual) in lexicon)
        {
            if (char.IsUpper(usual[0]) && !IsPronounI(usual))
            {
                var count = forms[lower][usual];
                if (count >= MinNameCount)
                {
                    names.Add(new KnownName(usual, count));
                }
            }
        }

        foreach (var (run, count) in runs)
        {
            if (count >= MinNameCount)
            {
                names.Add(new KnownName(run, count));
            }
        }

        names.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Form, b.Form));
        return [.. names];
    }

    /// <summary>The majority form (more than half of the uses), if seen often enough.</summary>
    private static string? Usual(Dictionary<string, int> counts, int minCount)
    {
        var total = 0;
        string? usual = null;
        var usualCount = 0;
        foreach (var (form, count) in counts)
        {
            total += count;
            if (count > usualCount || (count == usualCount && string.CompareOrdinal(form, usual) < 0))
            {
                usual = form;
                usualCount = count;
            }
        }

        return total >= minCount && usualCount * 2 > total ? usual : null;
    }

    private static bool IsPronounI(string form) => form == "I" || form.StartsWith("I'", StringComparison.Ordinal);

    private void Flush(List<string> run)
    {
        if (run.Count >= 2 && run.Count <= MaxRun)
        {
            var key = string.Join(' ', run);
            runs[key] = runs.GetValueOrDefault(key) + 1;
        }

        run.Clear();
    }
}
