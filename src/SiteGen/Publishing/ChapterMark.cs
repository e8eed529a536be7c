namespace SiteGen.Publishing;

/// <summary>A chapter as published: where it starts and its title; Url and Img are optional per the chapters spec.</summary>
internal sealed record ChapterMark(TimeSpan Start, string Title, string? Url = null, string? Img = null);
