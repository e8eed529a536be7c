namespace SiteGen.Publishing;

/// <summary>A person credited on a show or episode (podcast:person); Role and Group follow the Podcast Taxonomy.</summary>
internal sealed record FeedPerson(string Name, string Role = "host", string? Href = null, string? Img = null, string? Group = null);
