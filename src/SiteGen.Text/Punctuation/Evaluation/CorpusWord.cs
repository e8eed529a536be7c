namespace SiteGen.Text.Punctuation.Evaluation;

/// <summary>A word of a punctuated transcript: its written form without punctuation and the mark that follows it.</summary>
internal readonly record struct CorpusWord(string Form, PunctuationMark Mark);
