namespace SiteGen.Building;

/// <summary>The build did not produce a site; the message lists every reason, each naming its file.</summary>
internal sealed class BuildFailedException(string message, Exception? inner = null) : Exception(message, inner);
