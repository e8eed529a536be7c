namespace SiteGen.Text.Punctuation.Evaluation;

/// <summary>Counts for one binary decision; F1 is the harmonic mean of precision and recall.</summary>
internal sealed class PrecisionRecall
{
    public long TruePositives { get; private set; }

    public long FalsePositives { get; private set; }

    public long FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(bool predicted, bool gold, bool agree = true)
    {
        if (predicted && gold && agree)
        {
            TruePositives++;
            return;
        }

        if (predicted)
        {
            FalsePositives++;
        }

        if (gold)
        {
            FalseNegatives++;
        }
    }

    public override string ToString() => $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}";
}
