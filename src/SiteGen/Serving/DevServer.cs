using System.Net;
using System.Text;

namespace SiteGen.Serving;

/// <summary>
/// Previews the built site on localhost and reloads open pages after a rebuild. Pages poll a version
/// endpoint, which keeps the server a plain HttpListener without WebSockets.
/// </summary>
internal sealed class DevServer(string root, int port, Func<CancellationToken, Task<bool>> rebuild, IEnumerable<string> watched, TextWriter log)
{
    private const string VersionPath = "/__sitegen/version";
    private const string ReloadScript =
        "<script>(function(){var v=null;setInterval(function(){fetch('" + VersionPath +
        "').then(function(r){return r.text();}).then(function(t){if(v!==null&&t!==v)location.reload();v=t;}).catch(function(){});},700);})();</script>";

    private int _version;

    public async Task RunAsync(CancellationToken ct)
    {
        using var listener = new HttpListener();
        var prefix = $"http://localhost:{port}/";
        listener.Prefixes.Add(prefix);
        listener.Start();
        log.WriteLine($"Serving {root} at {prefix} (Ctrl+C to stop)");

        using var watchers = new WatcherSet(watched, OnChange);
        using var registration = ct.Register(listener.Stop);
        while (!ct.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (ct.IsCancellationRequested)
            {
                break;
            }

            _ = Task.Run(() => Serve(context), ct);
        }

        async Task OnChange()
        {
            log.WriteLine("Change detected, rebuilding...");
            if (await rebuild(ct).ConfigureAwait(false))
            {
                Interlocked.Increment(ref _version);
            }
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            if (path == VersionPath)
            {
                Write(response, 200, "text/plain", Encoding.UTF8.GetBytes(Volatile.Read(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return;
            }

            var file = Resolve(path);
            if (file is null)
            {
                var notFound = Path.Combine(root, "404.html");
                Write(response, 404, "text/html; charset=utf-8", File.Exists(notFound) ? Inject(File.ReadAllBytes(notFound)) : "Not found"u8.ToArray());
                return;
            }

            var type = ContentTypes.For(file);
            var bytes = File.ReadAllBytes(file);
            Write(response, 200, type, type.StartsWith("text/html", StringComparison.Ordinal) ? Inject(bytes) : bytes);
        }
        catch (Exception e)
        {
            log.WriteLine($"serve: {e.Message}");
            try
            {
                response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private string? Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }

    private static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(at < 0 ? text + ReloadScript : text.Insert(at, ReloadScript));
    }

    private static void Write(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }
}
