using System.Globalization;

namespace SiteGen.Text.Punctuation.Evaluation;

/// <summary>Scores restored words against aligned gold words.</summary>
internal sealed class RestorationScore
{
    public PrecisionRecall Boundary { get; } = new();

    public PrecisionRecall Comma { get; } = new();

    public PrecisionRecall Question { get; } = new();

    public PrecisionRecall MidCapitals { get; } = new();

    public PrecisionRecall MidCapitalsWithoutI { get; } = new();

    /// <summary>Casing mistakes as "predicted -> gold" with counts, to see what to fix next.</summary>
    public Dictionary<string, int> CasingErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts by gold mark (first index) and predicted mark: which mistakes are a wrong kind of mark.</summary>
    public long[,] Confusion { get; } = new long[PunctuationFeatures.Labels, PunctuationFeatures.Labels];

    public long CasedRight { get; private set; }

    public long CasedTotal { get; private set; }

    public double CasingAccuracy => CasedTotal == 0 ? 0 : (double)CasedRight / CasedTotal;

    public void Add(
        IReadOnlyList<(int A, int B, bool Exact)> alignment,
        ReadOnlySpan<PunctuationMark> marks,
        ReadOnlySpan<string> cased,
        IReadOnlyList<CorpusWord> gold)
    {
        var unreliable = PunctuatedText.UnpunctuatedStretches(gold);
        foreach (var (a, b, exact) in alignment)
        {
            if (unreliable[b])
            {
                continue;
            }

            var p = marks[a];
            var g = gold[b].Mark;
            Boundary.Add(PunctuationFeatures.IsBoundary((int)p), PunctuationFeatures.IsBoundary((int)g));
            Comma.Add(p == PunctuationMark.Comma, g == PunctuationMark.Comma);
            Question.Add(p == PunctuationMark.Question, g == PunctuationMark.Question);
            Confusion[(int)g, (int)p]++;
            if (!exact)
            {
                continue;
            }

            var form = gold[b].Form;
            var agree = string.Equals(cased[a], form, StringComparison.Ordinal);
            CasedTotal++;
            CasedRight += agree ? 1 : 0;
            if (!agree)
            {
                var key = $"{cased[a]} -> {form}";
                CasingErrors[key] = CasingErrors.GetValueOrDefault(key) + 1;
            }

            // Only words that neither side starts a sentence with: boundary mistakes are scored above already.
            var goldInitial = b == 0 || PunctuationFeatures.IsBoundary((int)gold[b - 1].Mark);
            var predictedInitial = a == 0 || PunctuationFeatures.IsBoundary((int)marks[a - 1]);
            if (goldInitial || predictedInitial)
            {
                continue;
            }

            var predictedCap = HasUpper(cased[a]);
            var goldCap = HasUpper(form);
            MidCapitals.Add(predictedCap, goldCap, agree);
            if (!string.Equals(form, "I", StringComparison.Ordinal) && !form.StartsWith("I'", StringComparison.Ordinal))
            {
                MidCapitalsWithoutI.Add(predictedCap, goldCap, agree);
            }
        }
    }

    public void Print(TextWriter o, string label)
    {
        o.WriteLine($"  {label}");
        o.WriteLine($"    sentence boundary  {Boundary}");
        o.WriteLine($"    comma              {Comma}");
        o.WriteLine($"    question           {Question}");
        o.WriteLine($"    casing accuracy    {CasingAccuracy:0.000} over {CasedTotal:N0} matched words");
        o.WriteLine($"    mid-sentence caps  {MidCapitals}");
        o.WriteLine($"    ... without I/I'm  {MidCapitalsWithoutI}");
    }

    public void PrintConfusion(TextWriter o)
    {
        o.WriteLine("    gold \\ predicted   none      comma     period    question");
        for (var g = 0; g < PunctuationFeatures.Labels; g++)
        {
            o.Write($"    {(PunctuationMark)g,-17}");
            for (var p = 0; p < PunctuationFeatures.Labels; p++)
            {
                o.Write(string.Create(CultureInfo.InvariantCulture, $"{Confusion[g, p],-10:N0}"));
            }

            o.WriteLine();
        }
    }

    public void PrintCasingErrors(TextWriter o, int top)
    {
        var errors = CasingErrors.ToList();
        errors.Sort((x, y) => x.Value != y.Value ? y.Value.CompareTo(x.Value) : string.CompareOrdinal(x.Key, y.Key));
        o.WriteLine("    most frequent casing errors: " + string.Join(", ", errors.Take(top).Select(e => $"{e.Key} ({e.Value})")));
    }

    private static bool HasUpper(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
