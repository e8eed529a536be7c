using System.Collections.Immutable;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Chapters;

/// <summary>
/// A title rule spec: chapters of constructed turns, each with what its title must be ("@title"), must contain
/// ("@contains"), must not be ("@not") or must never contain as a word ("@never", comma-separated). "@context title=...; guests=..." sets the
/// episode; "@repeat N" repeats each chapter's turns N times; other lines are "Speaker: text" turns.
/// </summary>
internal sealed record TitleSpec(EpisodeContext Context, ImmutableArray<Paragraph> Paragraphs, ImmutableArray<TitleSpec.Expectation> Chapters)
{
    public static IEnumerable<string> Names() =>
        Directory.GetFiles(SpecFiles.SpecPath("Chapters", "Titles"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TitleSpec Load(string name)
    {
        var context = new EpisodeContext();
        var repeat = 1;
        var chapters = new List<(List<string> Turns, string? Title, List<string> Contains, List<string> Never, List<string> Not)>();
        foreach (var line in SpecFiles.Lines("Chapters", Path.Combine("Titles", name)))
        {
            var (directive, rest) = line.StartsWith('@') && line.IndexOf(' ', StringComparison.Ordinal) is var space and > 0
                ? (line[..space], line[(space + 1)..].Trim())
                : (line, string.Empty);
            switch (directive)
            {
                case "@context":
                    foreach (var pair in rest.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        var (key, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
                        context = key switch
                        {
                            "title" => context with { Title = value },
                            "guests" => context with { Guests = [.. value.Split(',', StringSplitOptions.TrimEntries)] },
                            "hosts" => context with { Hosts = [.. value.Split(',', StringSplitOptions.TrimEntries)] },
                            _ => throw new FormatException("unknown context key " + key),
                        };
                    }

                    break;
                case "@repeat":
                    repeat = int.Parse(rest, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "@chapter":
                    chapters.Add(([], null, [], [], []));
                    break;
                case "@title":
                    chapters[^1] = chapters[^1] with { Title = rest };
                    break;
                case "@contains":
                    chapters[^1].Contains.Add(rest);
                    break;
                case "@not":
                    chapters[^1].Not.Add(rest);
                    break;
                case "@never":
                    chapters[^1].Never.AddRange(rest.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                    break;
                default:
                    chapters[^1].Turns.Add(line);
                    break;
            }
        }

        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var expectations = ImmutableArray.CreateBuilder<Expectation>();
        foreach (var (turns, title, contains, never, not) in chapters)
        {
            var first = paragraphs.Count;
            for (var r = 0; r < repeat; r++)
            {
                foreach (var turn in turns)
                {
                    var colon = turn.IndexOf(": ", StringComparison.Ordinal);
                    var speaker = turn[..colon];
                    paragraphs.Add(new Paragraph([.. Sentences(turn[(colon + 2)..]).Select(s => new Sentence(s, null, speaker))]));
                }
            }

            expectations.Add(new Expectation(first, paragraphs.Count, title, [.. contains], [.. never], [.. not]));
        }

        return new TitleSpec(context, paragraphs.ToImmutable(), expectations.ToImmutable());
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                yield return text[start..(i + 1)].Trim();
                start = i + 1;
            }
        }
    }

    internal sealed record Expectation(int First, int End, string? Title, ImmutableArray<string> Contains, ImmutableArray<string> Never, ImmutableArray<string> Not);
}
