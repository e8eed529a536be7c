namespace SiteGen.Rendering;

/// <summary>An entry of a list page: a title, its site-relative URL, a short note and, for mentions, a quoted line.</summary>
internal sealed record LinkItem(string Title, string Url, string? Note)
{
    public string? Snippet { get; init; }
}
