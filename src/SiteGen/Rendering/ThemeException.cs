namespace SiteGen.Rendering;

/// <summary>A theme template that cannot be parsed or rendered; names the template file and, where known, the line.</summary>
internal sealed class ThemeException(string message, Exception? inner = null) : Exception(message, inner);
