namespace SiteGen.Text.Punctuation;

/// <summary>A proper-noun form seen capitalised mid-sentence in the training corpus, with how often.</summary>
public readonly record struct KnownName(string Form, int Count);
