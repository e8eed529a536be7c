namespace SiteGen.Publishing;

/// <summary>The episode's audio file: RSS requires its byte length and MIME type.</summary>
internal sealed record FeedEnclosure(string Url, long Length, string Type = "audio/mpeg");
