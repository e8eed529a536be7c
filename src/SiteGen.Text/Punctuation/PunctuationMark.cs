namespace SiteGen.Text.Punctuation;

/// <summary>The mark restored after a word.</summary>
public enum PunctuationMark : byte
{
    None = 0,
    Comma = 1,
    Period = 2,
    Question = 3,
}
