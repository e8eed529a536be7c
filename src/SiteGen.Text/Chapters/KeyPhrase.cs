namespace SiteGen.Text.Chapters;

/// <summary>
/// A noun-phrase-like n-gram of one chapter: stem key, how it is usually written (lower case), its score there, how
/// often it was said, whether it is mostly written as a capitalised name ("New York", "University of Chicago"), and
/// the share of the episode's chapters that say it.
/// </summary>
internal readonly record struct KeyPhrase(string Key, string Words, double Score, int Count, bool IsName = false, double Spread = 0)
{
    public bool IsMultiWord => Words.Contains(' ', StringComparison.Ordinal);
}
