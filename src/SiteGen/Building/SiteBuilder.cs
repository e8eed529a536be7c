using System.Collections.Immutable;
using System.Diagnostics;
using SiteGen.Core.Caching;
using SiteGen.Core.Pipelines;
using SiteGen.Pipelines;
using SiteGen.Rendering;
using SiteGen.Settings;
using SiteGen.Text.Names;
using SiteGen.Text.Transcripts;

namespace SiteGen.Building;

/// <summary>One build: settings and theme, the pipelines, then the search index, published only when all succeeded.</summary>
internal static class SiteBuilder
{
    private const string SearchFolder = "pagefind/";

    public static async Task<BuildSummary> BuildAsync(BuildOptions options, IBuildLog log, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var input = Path.GetFullPath(options.Input);
        var themeDirectory = Path.GetFullPath(options.Theme);
        if (!Directory.Exists(input))
        {
            throw new BuildFailedException($"{options.Input}: the input folder does not exist.");
        }

        var settings = LoadSettings(input);
        var theme = LoadTheme(themeDirectory);
        var pagefind = options.Search ? Pagefind.Find(themeDirectory) : null;
        if (options.Search && pagefind is null)
        {
            log.Warn("Pagefind is not installed (run: npm ci --prefix theme); building without search.");
        }

        using var output = new AtomicOutput(options.Output);
        var cache = options.CacheDirectory is null ? null : new ContentCache(options.CacheDirectory);
        var manifest = cache is null ? null : OutputManifest.Load(cache, options.Output);
        var site = new SiteContext(settings, LoadGlossary(input), theme, input, themeDirectory, output, pagefind is not null)
        {
            Manifest = manifest,
        };
        var engine = new Engine(new EngineOptions
        {
            ContinueOnError = options.KeepGoing,
            Log = log,
            Cache = cache,
        });
        foreach (var pipeline in SitePipelines.Create(site))
        {
            engine.Add(pipeline);
        }

        EngineResult result;
        try
        {
            result = await engine.RunAsync(ct).ConfigureAwait(false);
        }
        catch (ModuleException e)
        {
            throw new BuildFailedException(Describe(e), e);
        }

        var skipped = result.Failures.Select(Describe).ToImmutableArray();
        foreach (var failure in skipped)
        {
            log.Warn($"skipped {failure}");
        }

        var written = result.Outputs.All.Where(d => d.Destination is not null).ToList();
        // Two documents written to one file would leave whichever came last: a lost page and a build that differs from run to run.
        var clashes = written.GroupBy(d => d.Destination!, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        if (clashes.Count > 0)
        {
            throw new BuildFailedException($"{clashes.Count} file(s) written twice: {string.Join(", ", clashes.Take(20))}");
        }

        // The search index is made from the pages alone: when none changed, the published one is kept.
        var searchKey = pagefind is not null && cache is not null ? ContentCache.ComputeKey(nameof(Pagefind), "1", Path.GetFullPath(options.Output)) : null;
        var searchTool = pagefind is null ? null : Pagefind.Fingerprint(pagefind);
        var indexed = false;
        if (pagefind is not null)
        {
            if (searchKey is not null && cache!.TryGetString(searchKey, out var previousTool) && previousTool == searchTool
                && !output.Changed(f => f.EndsWith(".html", StringComparison.Ordinal) && !f.StartsWith(SearchFolder, StringComparison.Ordinal))
                && output.KeepAll(SearchFolder.TrimEnd('/')) > 0)
            {
                log.Info("No page changed: the search index is kept.");
            }
            else
            {
                log.Info("Indexing the site for search (Pagefind)...");
                output.Materialize();
                await Pagefind.IndexAsync(pagefind, output.StagingDirectory, ct).ConfigureAwait(false);
                indexed = true;
            }
        }

        // Pages kept from the published output passed this check when they were published: with none written anew
        // and none gone, every link is as it was.
        var files = indexed ? SiteFiles.Listing(output.StagingDirectory) : output.Files();
        var unchanged = output.StagedCount == 0 && files.Count == SiteFiles.Listing(output.PublishedDirectory).Count;
        var links = cache is null ? null : LinkIndex.Load(cache, options.Output);
        LinkIndex? checkedLinks = null;
        var broken = unchanged ? [] : LinkChecker.Check(files, links, out checkedLinks);
        if (broken.Count > 0)
        {
            throw new BuildFailedException($"{broken.Count} broken link(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", broken.Take(50)));
        }

        manifest?.Clear();
        if (indexed && searchKey is not null)
        {
            cache!.Set(searchKey, string.Empty);
        }

        output.Commit();
        if (indexed && searchKey is not null)
        {
            cache!.Set(searchKey, searchTool!);
        }

        manifest?.Save();
        if (cache is not null)
        {
            checkedLinks?.Save(cache, options.Output);
        }

        if (skipped.IsEmpty)
        {
            cache?.PruneUnused();
        }

        var episodes = result.Outputs.TryGet(Episodes.Name, out var docs) ? docs.Count(d => d.Destination?.EndsWith("index.html", StringComparison.Ordinal) == true) : 0;
        var pages = written.Count(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal));
        return new BuildSummary(episodes, pages, written.Count, clock.Elapsed, skipped, pagefind is not null, result.Timings, cache?.Hits ?? 0, cache?.Misses ?? 0, manifest?.Fresh, manifest is null ? [] : [.. manifest.Made]);
    }

    /// <summary>"file:line: message" from the innermost exception that knows a line.</summary>
    public static string Describe(ModuleException e)
    {
        var inner = e.InnerException;
        while (inner is not null and not TranscriptFormatException && inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        var where = e.DocumentSource ?? $"{e.Pipeline}/{e.Module}";
        return inner switch
        {
            TranscriptFormatException t when t.Line > 0 && !t.Message.StartsWith($"{where}:{t.Line}", StringComparison.Ordinal) =>
                $"{where}:{t.Line}: {Unprefixed(t.Message, where)}",
            TranscriptFormatException t when t.Message.StartsWith(where, StringComparison.Ordinal) => t.Message,
            null => $"{where}: {e.Message}",
            _ => $"{where}: {inner.Message} ({e.Pipeline} › {e.Module})",
        };
    }

    private static string Unprefixed(string message, string where) =>
        message.StartsWith(where + ": ", StringComparison.Ordinal) ? message[(where.Length + 2)..] : message;

    private static ImmutableArray<GlossaryEntry> LoadGlossary(string input)
    {
        var path = Path.Combine(input, "glossary.yml");
        return File.Exists(path) ? GlossaryReader.Read("glossary.yml", File.ReadAllText(path)) : [];
    }

    private static SiteSettings LoadSettings(string input)
    {
        var path = Path.Combine(input, "site.yml");
        return File.Exists(path) ? SiteSettingsReader.Read("site.yml", File.ReadAllText(path)) : new SiteSettings();
    }

    private static ThemeRenderer LoadTheme(string themeDirectory)
    {
        var templates = Path.Combine(themeDirectory, "templates");
        if (!Directory.Exists(templates))
        {
            throw new BuildFailedException($"{themeDirectory}: the theme has no templates folder.");
        }

        var sources = Directory.EnumerateFiles(templates, "*.liquid")
            .Order(StringComparer.Ordinal)
            .Select(f => KeyValuePair.Create(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));
        return ThemeRenderer.Parse(Path.GetFileName(themeDirectory), sources);
    }
}
