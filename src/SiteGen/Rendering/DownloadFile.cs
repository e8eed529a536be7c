namespace SiteGen.Rendering;

/// <summary>A file published in an episode's folder; <see cref="Write"/> makes its content only when it is written.</summary>
internal sealed record DownloadFile(string Label, string FileName, string MimeType, string? Rel, Func<string> Write);
