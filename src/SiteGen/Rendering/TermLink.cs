namespace SiteGen.Rendering;

/// <summary>A term (as written in the text) and the site-relative page it links to.</summary>
internal sealed record TermLink(string Term, string Url);
