namespace SiteGen.Text.Chapters;

/// <summary>A noun-phrase-like n-gram of one chapter: stem key, how it is usually written, its score there and how often it was said.</summary>
internal readonly record struct KeyPhrase(string Key, string Words, double Score, int Count);
