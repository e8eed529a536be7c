namespace SiteGen.Text.Chapters;

/// <summary>A noun-phrase-like n-gram of one chapter: stem key, how it is usually written, and its score there.</summary>
internal readonly record struct KeyPhrase(string Key, string Words, double Score);
