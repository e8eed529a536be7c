using System.Globalization;
using AngleSharp.Html.Parser;
using SiteGen.Building;

namespace SiteGen.Tests.Corpus;

/// <summary>Builds a real site from raw auto-captions of the shared corpus, with metadata from episodes.csv as sidecars.</summary>
public sealed class CorpusSiteTests
{
    [SharedCorpusFact]
    public async Task Twenty_raw_episodes_build_into_a_linked_site()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        var episodes = WriteCorpusInput(input, 20);

        var summary = await TestSite.BuildAsync(input, temp.Combine("out"));

        Assert.Equal(episodes, summary.Episodes);
        Assert.Empty(summary.Skipped);
        var parser = new HtmlParser();
        var pages = Directory.EnumerateDirectories(temp.Combine("out"))
            .Select(d => Path.Combine(d, "index.html"))
            .Where(f => File.Exists(f) && parser.ParseDocument(File.ReadAllText(f)).QuerySelector("#transcript") is not null)
            .Select(f => parser.ParseDocument(File.ReadAllText(f)))
            .ToList();
        Assert.Equal(episodes, pages.Count);
        Assert.All(pages, page =>
        {
            var paragraphs = page.QuerySelectorAll("#transcript p[id]").Select(p => p.TextContent).ToList();
            Assert.True(paragraphs.Count > 20, "a long episode reads as many paragraphs");
            Assert.All(paragraphs, p => Assert.True(p.Split(' ').Length < 400, "no wall of text"));
            Assert.NotNull(page.QuerySelector("#related li"));
        });

        // A guest who came back: the later episode names the appearance and links the earlier one, the guest page lists both.
        var byGuest = pages
            .Select(p => (Page: p, Guest: p.QuerySelector("article.episode p.meta a[href*='guests/']")?.TextContent, Number: EpisodeNumber(p)))
            .Where(p => p.Guest is not null)
            .GroupBy(p => p.Guest!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToList();
        Assert.NotEmpty(byGuest);
        foreach (var guest in byGuest)
        {
            var ordered = guest.OrderBy(p => p.Number).ToList();
            Assert.DoesNotContain(ordered[0].Page.QuerySelectorAll("article.episode p.meta"), p => p.TextContent.Contains("appearance of", StringComparison.Ordinal));
            var note = ordered[1].Page.QuerySelectorAll("article.episode p.meta").Single(p => p.TextContent.Contains("Second appearance of " + guest.Key, StringComparison.Ordinal));
            Assert.Contains(note.QuerySelectorAll("a"), a => a.TextContent == ordered[0].Page.QuerySelector("h1")!.TextContent);
            var guestPage = parser.ParseDocument(File.ReadAllText(Path.Combine(temp.Combine("out"), "guests", Slugs.From(guest.Key), "index.html")));
            Assert.Equal(guest.Count(), guestPage.QuerySelectorAll("main li").Length);
        }

        // Entities the episodes share have pages that list each of them with a quoted mention.
        var entities = parser.ParseDocument(File.ReadAllText(temp.Combine("out", "entities", "index.html")));
        var shared = entities.QuerySelectorAll("main li").Where(li => li.QuerySelector("p.meta")!.TextContent.EndsWith(" episodes", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shared);
        var first = parser.ParseDocument(File.ReadAllText(Path.GetFullPath(Path.Combine(temp.Combine("out", "entities"), shared[0].QuerySelector("a")!.GetAttribute("href")!))));
        Assert.True(first.QuerySelectorAll("main li blockquote").Length > 1);
    }

    /// <summary>
    /// Copies raw episodes into a temporary input folder with a sidecar of their metadata: every episode of the guests who
    /// came back (oldest such guests first, up to half the site, so cross-links have something to link), then the first
    /// others by number.
    /// </summary>
    internal static int WriteCorpusInput(string input, int count)
    {
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: Corpus Test\nbase_url: https://corpus.example/\nhosts: [Lex Fridman]\npodcast: Lex Fridman Podcast\n");
        var metadata = File.ReadLines(Path.Combine(Repository.Corpus, "episodes.csv")).Skip(1)
            .Select(ParseCsv)
            .Where(f => f.Count >= 9)
            .ToDictionary(f => ((int)double.Parse(f[0], CultureInfo.InvariantCulture)).ToString("000", CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var raw = Directory.EnumerateFiles(Path.Combine(Repository.Corpus, "raw"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(metadata.ContainsKey)
            .Order(StringComparer.Ordinal)
            .ToList();
        var chosen = new List<string>();
        foreach (var group in raw.GroupBy(n => metadata[n][7], StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            if (chosen.Count + group.Count() <= count / 2)
            {
                chosen.AddRange(group);
            }
        }

        chosen.AddRange(raw.Except(chosen, StringComparer.Ordinal).Take(count - chosen.Count));
        foreach (var number in chosen)
        {
            var row = metadata[number];
            File.Copy(Path.Combine(Repository.Corpus, "raw", number + ".txt"), Path.Combine(input, number + ".txt"));
            File.WriteAllText(Path.Combine(input, number + ".yml"), string.Join('\n',
                $"title: {Quote(row[1])}",
                $"episode: {int.Parse(number, CultureInfo.InvariantCulture)}",
                $"date: {row[5][..10]}",
                $"video_id: {Quote(row[4])}",
                $"guests: [{Quote(row[7])}]",
                $"duration: {row[3]}",
                ""));
        }

        return chosen.Count;
    }

    private static int EpisodeNumber(AngleSharp.Html.Dom.IHtmlDocument page) =>
        int.Parse(page.QuerySelector("article.episode p.meta")!.TextContent.Split(' ', 3)[1], CultureInfo.InvariantCulture);

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static List<string> ParseCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
