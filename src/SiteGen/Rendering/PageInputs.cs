namespace SiteGen.Rendering;

/// <summary>Where a page goes and a key of everything its view is built from (see <see cref="Modules.RenderPages"/>).</summary>
internal sealed record PageInputs(string Destination, string Key);
