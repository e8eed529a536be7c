using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SiteGen.Text.Transcripts;

namespace SiteGen.Benchmarks.Site;

/// <summary>
/// The temporary folder one benchmark builds in: input (copies of raw transcripts, sidecar YAML, site.yml),
/// output, cache and, for the template scenario, a copy of the theme. Deleted on dispose unless kept.
/// </summary>
internal sealed class BenchmarkSite : IDisposable
{
    private readonly string repositoryTheme;
    private readonly bool keep;
    private int edits;

    private BenchmarkSite(string root, string repositoryTheme, ImmutableArray<CorpusEpisode> episodes, bool keep)
    {
        Root = root;
        this.repositoryTheme = repositoryTheme;
        this.keep = keep;
        Episodes = episodes;
    }

    public string Root { get; }

    public ImmutableArray<CorpusEpisode> Episodes { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public string Cache => Path.Combine(Root, "cache");

    /// <summary>The theme builds use: the repository's until <see cref="CopyTheme"/>.</summary>
    public string Theme { get; private set; } = "";

    public long InputBytes { get; private set; }

    public long InputWords { get; private set; }

    /// <summary>The episode whose transcript the one-changed scenario edits: one in the middle of the site.</summary>
    public CorpusEpisode Edited => Episodes[Episodes.Length / 2];

    public static BenchmarkSite Create(string repositoryRoot, ImmutableArray<CorpusEpisode> episodes, bool keep)
    {
        var root = Path.Combine(Path.GetTempPath(), $"sitegen-bench-{Environment.ProcessId}-{episodes.Length}");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var theme = Path.Combine(repositoryRoot, "theme");
        var site = new BenchmarkSite(root, theme, episodes, keep) { Theme = theme };
        try
        {
            site.WriteInput();
        }
        catch
        {
            site.Dispose();
            throw;
        }

        return site;
    }

    /// <summary>Forgets every build: no cache, no previous output.</summary>
    public void Clean()
    {
        foreach (var dir in new[] { Output, Cache })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary>Appends a new sentence to the edited episode's transcript: a different change on every call.</summary>
    public void EditTranscript()
    {
        edits++;
        File.AppendAllText(
            Path.Combine(Input, Edited.Name + ".txt"),
            $" and that is one more thing i wanted to add about it number {edits.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>
    /// Adds an episode with a guest the site has not had (a podcaster's most common commit): a copy of the edited
    /// episode's transcript, with its own number, date, title and guest; a different one on every call.
    /// </summary>
    public void AddEpisode()
    {
        string[] guests = ["Ilse Marquardt", "Tobiah Renwick", "Soraya Lindgren", "Caspian Holt", "Wren Abernathy", "Dario Feldmann", "Odile Brennock"];
        edits++;
        var number = Episodes.Max(e => e.Number) + edits;
        var guest = guests[edits % guests.Length] + (edits < guests.Length ? "" : " " + (char)('A' + (edits / guests.Length)));
        var added = Edited with
        {
            Name = "added-" + edits.ToString(CultureInfo.InvariantCulture),
            Number = number,
            Title = guest + ": A New Conversation",
            VideoId = "added" + edits.ToString("D6", CultureInfo.InvariantCulture),
            Date = Episodes.Max(e => e.Date).AddDays(edits),
            Guests = [guest],
        };
        File.Copy(Edited.RawPath, Path.Combine(Input, added.Name + ".txt"));
        File.WriteAllText(Path.Combine(Input, added.Name + ".yml"), Sidecar(added));
    }

    /// <summary>Builds from here on use a copy of the theme, identical to the repository's.</summary>
    public void CopyTheme()
    {
        var copy = Path.Combine(Root, "theme");
        CopyDirectory(repositoryTheme, copy);

        // The installed tools (Pagefind) are not copied, only linked.
        var modules = Path.Combine(repositoryTheme, "node_modules");
        if (Directory.Exists(modules))
        {
            Directory.CreateSymbolicLink(Path.Combine(copy, "node_modules"), modules);
        }

        Theme = copy;
    }

    /// <summary>A trivial change to the episode template of the copied theme, different on every call.</summary>
    public void EditEpisodeTemplate()
    {
        edits++;
        File.AppendAllText(
            Path.Combine(Theme, "templates", "episode.liquid"),
            $"\n<!-- benchmark edit {edits.ToString(CultureInfo.InvariantCulture)} -->\n");
    }

    public void Dispose()
    {
        if (!keep && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private void WriteInput()
    {
        Directory.CreateDirectory(Input);
        var podcast = TitleParser.Parse(Episodes[0].Title).PodcastName ?? "Podcast";
        File.WriteAllText(
            Path.Combine(Input, "site.yml"),
            $"""
            title: {Yaml.Quote(podcast + " (benchmark)")}
            description: "A site built by the SiteGen benchmark from a temporary copy of the shared corpus."
            podcast: {Yaml.Quote(podcast)}
            base_url: "https://example.org/"
            artwork: "https://example.org/artwork.jpg"
            author: "SiteGen benchmark"
            email: "benchmark@example.org"
            category: "Technology"
            language: en

            """);

        foreach (var episode in Episodes)
        {
            var text = File.ReadAllText(episode.RawPath);
            if (episode.Shuffle != 0)
            {
                text = SyntheticEpisodes.Shuffle(text, episode.Shuffle);
            }

            File.WriteAllText(Path.Combine(Input, episode.Name + ".txt"), text);
            File.WriteAllText(Path.Combine(Input, episode.Name + ".yml"), Sidecar(episode));
            InputBytes += Encoding.UTF8.GetByteCount(text);
            InputWords += CountWords(text);
        }
    }

    private static string Sidecar(CorpusEpisode episode)
    {
        var yaml = new StringBuilder()
            .Append("title: ").Append(Yaml.Quote(episode.Title)).Append('\n')
            .Append("episode: ").Append(episode.Number.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("date: ").Append(episode.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("video_id: ").Append(Yaml.Quote(episode.VideoId)).Append('\n');
        if (!episode.Guests.IsDefaultOrEmpty)
        {
            yaml.Append("guests:\n");
            foreach (var guest in episode.Guests)
            {
                yaml.Append("  - ").Append(Yaml.Quote(guest)).Append('\n');
            }
        }

        return yaml.ToString();
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            if (Path.GetFileName(dir) != "node_modules")
            {
                CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
            }
        }
    }
}
