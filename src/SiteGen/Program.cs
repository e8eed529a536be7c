using System.Globalization;
using SiteGen.Building;
using SiteGen.Cli;
using SiteGen.Core.Pipelines;
using SiteGen.Rendering;
using SiteGen.Serving;
using SiteGen.Text.Transcripts;

const string Usage = """
    Usage: sitegen <command> [options]

    Commands:
      build    Build the site from the input folder into the output folder.
      serve    Build, then preview on localhost and rebuild when an input or a template changes.

    Options:
      --input DIR     transcripts, site.yml, glossary.yml   (default: input)
      --output DIR    where the site is written             (default: output)
      --theme DIR     templates and assets                  (default: theme)
      --cache DIR     persistent build cache                (default: .cache)
      --no-cache      do not read or write the cache
      --no-search     skip the Pagefind search index
      --keep-going    build every good input, report the bad ones, still exit non-zero
      --port N        port for serve                        (default: 8080)
    """;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

CommandLine command;
try
{
    command = CommandLine.Parse(args);
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

if (command.Has("help"))
{
    Console.WriteLine(Usage);
    return 0;
}

var options = new BuildOptions(command.Get("input", "input"), command.Get("output", "output"), command.Get("theme", "theme"))
{
    KeepGoing = command.Has("keep-going"),
    Search = !command.Has("no-search"),
    CacheDirectory = command.Has("no-cache") ? null : command.Get("cache", ".cache"),
};
var log = new ConsoleBuildLog(Console.Out, !Console.IsOutputRedirected);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

switch (command.Verb)
{
    case "build":
        return await Build(cancel.Token).ConfigureAwait(false) ? 0 : 1;
    case "serve":
        var port = int.Parse(command.Get("port", "8080"), CultureInfo.InvariantCulture);
        await Build(cancel.Token).ConfigureAwait(false);
        var server = new DevServer(Path.GetFullPath(options.Output), port, Build, [options.Input, options.Theme], Console.Out);
        await server.RunAsync(cancel.Token).ConfigureAwait(false);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command.Verb}'.");
        Console.Error.WriteLine(Usage);
        return 2;
}

async Task<bool> Build(CancellationToken ct)
{
    try
    {
        var summary = await SiteBuilder.BuildAsync(options, log, ct).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {summary.Episodes} episode(s), {summary.Pages} page(s), {summary.Files} file(s){(summary.NewFiles is { } fresh ? $" ({fresh} new)" : "")} in {summary.Elapsed.TotalSeconds:0.0} s{(summary.SearchIndexed ? ", with search" : "")}."));
        var slowest = summary.Timings.Where(t => t.Module is not null).OrderByDescending(t => t.Elapsed).Take(5)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Pipeline} › {t.Module} {t.Elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine($"Slowest stages: {string.Join(", ", slowest)}; cache: {summary.CacheHits} hit(s), {summary.CacheMisses} miss(es).");
        if (!summary.Skipped.IsEmpty)
        {
            Console.Error.WriteLine($"{summary.Skipped.Length} input(s) were skipped because of errors; the build fails.");
            return false;
        }

        return true;
    }
    catch (Exception e) when (e is BuildFailedException or ThemeException or TranscriptFormatException or ModuleException or PipelineException or IOException)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        Console.Error.WriteLine("The previous output was left as it was.");
        return false;
    }
    catch (OperationCanceledException)
    {
        Console.Error.WriteLine("Build cancelled; the previous output was left as it was.");
        return false;
    }
}
