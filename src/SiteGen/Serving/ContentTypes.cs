namespace SiteGen.Serving;

internal static class ContentTypes
{
    public static string For(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".vtt" => "text/vtt; charset=utf-8",
        ".srt" => "application/x-subrip; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".wasm" => "application/wasm",
        ".pf_meta" or ".pf_index" or ".pf_fragment" or ".pagefind" => "application/octet-stream",
        _ => "application/octet-stream",
    };
}
