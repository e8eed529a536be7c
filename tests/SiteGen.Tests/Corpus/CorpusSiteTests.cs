using System.Globalization;
using AngleSharp.Html.Parser;

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
    }

    /// <summary>Copies the first raw episodes into a temporary input folder with a sidecar of their metadata.</summary>
    internal static int WriteCorpusInput(string input, int count)
    {
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: Corpus Test\nbase_url: https://corpus.example/\nhosts: [Lex Fridman]\npodcast: Lex Fridman Podcast\n");
        var metadata = File.ReadLines(Path.Combine(Repository.Corpus, "episodes.csv")).Skip(1)
            .Select(ParseCsv)
            .Where(f => f.Count >= 9)
            .ToDictionary(f => ((int)double.Parse(f[0], CultureInfo.InvariantCulture)).ToString("000", CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var written = 0;
        foreach (var raw in Directory.EnumerateFiles(Path.Combine(Repository.Corpus, "raw"), "*.txt").Order(StringComparer.Ordinal))
        {
            var number = Path.GetFileNameWithoutExtension(raw);
            if (!metadata.TryGetValue(number, out var row))
            {
                continue;
            }

            File.Copy(raw, Path.Combine(input, number + ".txt"));
            File.WriteAllText(Path.Combine(input, number + ".yml"), string.Join('\n',
                $"title: {Quote(row[1])}",
                $"episode: {int.Parse(number, CultureInfo.InvariantCulture)}",
                $"date: {row[5][..10]}",
                $"video_id: {Quote(row[4])}",
                $"guests: [{Quote(row[7])}]",
                $"duration: {row[3]}",
                ""));
            if (++written == count)
            {
                break;
            }
        }

        return written;
    }

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
