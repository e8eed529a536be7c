namespace SiteGen.Text.Analysis;

/// <summary>One sentence of an analysed text: its place, its span in the term array, its size and its time in minutes.</summary>
internal readonly record struct AnalyzedSentence(int Paragraph, int Index, int TermStart, int TermCount, int WordCount, double Minute);
