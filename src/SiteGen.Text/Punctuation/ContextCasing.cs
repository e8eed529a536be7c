namespace SiteGen.Text.Punctuation;

/// <summary>The usual form of a word next to a given neighbour (before it, or after it when Follows).</summary>
internal readonly record struct ContextCasing(string Context, bool Follows, string Form);
