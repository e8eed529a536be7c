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
    private readonly Dictionary<string, int> runs = new(StringComparer.Ordinal);

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

            if (total >= MinCount && usual is not null && !string.Equals(usual, lower, StringComparison.Ordinal) && usualCount * 2 > total)
            {
                lexicon[lower] = usual;
            }
        }

        return lexicon;
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
