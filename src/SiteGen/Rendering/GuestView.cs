namespace SiteGen.Rendering;

internal sealed record GuestView(string Name, string Url);
