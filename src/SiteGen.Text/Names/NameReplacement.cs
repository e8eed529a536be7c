namespace SiteGen.Text.Names;

/// <summary>
/// One repaired name: <see cref="WordCount"/> words of sentence <see cref="SentenceIndex"/>, starting at word
/// <see cref="WordIndex"/> (0-based, whitespace-separated words of the original sentence), became <see cref="Replacement"/>.
/// </summary>
public sealed record NameReplacement(
    int SentenceIndex,
    int WordIndex,
    int WordCount,
    string Original,
    string Replacement,
    NameRepairReason Reason,
    double Score);
