namespace SiteGen.Building;

/// <summary>The anchors a page has and what it links to, with the length and time of the file they were read from.</summary>
internal sealed record PageLinks(long Length, long Time, string[] Ids, string[] References);
