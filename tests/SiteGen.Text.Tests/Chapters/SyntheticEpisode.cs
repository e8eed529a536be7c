using System.Collections.Immutable;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Chapters;

/// <summary>
/// An episode built from a spec file: an optional opening and topic sections whose turns repeat, timed at 150 words
/// a minute. Remembers where each section starts so tests can check boundaries and titles against it.
/// </summary>
internal sealed record SyntheticEpisode(
    EpisodeContext Context,
    ImmutableArray<Paragraph> Paragraphs,
    int IntroParagraphs,
    ImmutableArray<(string Label, int FirstParagraph)> Topics,
    ImmutableArray<string> IntroSentences)
{
    public static SyntheticEpisode Load(string feature, string name, bool timed = true)
    {
        var context = new EpisodeContext();
        var repeat = 1;
        var intro = new List<(string Speaker, string Text)>();
        var topics = new List<(string Label, List<(string Speaker, string Text)> Turns)>();
        List<(string Speaker, string Text)>? current = null;
        foreach (var line in SpecFiles.Lines(feature, name))
        {
            if (line.StartsWith("@context ", StringComparison.Ordinal))
            {
                foreach (var pair in line[9..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var (key, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
                    context = key switch
                    {
                        "guests" => context with { Guests = [.. value.Split(',', StringSplitOptions.TrimEntries)] },
                        "hosts" => context with { Hosts = [.. value.Split(',', StringSplitOptions.TrimEntries)] },
                        "podcast" => context with { PodcastName = value },
                        _ => throw new FormatException("unknown context key " + key),
                    };
                }
            }
            else if (line.StartsWith("@repeat ", StringComparison.Ordinal))
            {
                repeat = int.Parse(line[8..], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line == "@intro")
            {
                current = intro;
            }
            else if (line.StartsWith("@topic ", StringComparison.Ordinal))
            {
                current = [];
                topics.Add((line[7..].Trim(), current));
            }
            else
            {
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                current!.Add((line[..colon], line[(colon + 2)..]));
            }
        }

        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var seconds = 0.0;
        void AddTurn((string Speaker, string Text) turn)
        {
            var sentences = ImmutableArray.CreateBuilder<Sentence>();
            foreach (var text in SplitSentences(turn.Text))
            {
                sentences.Add(new Sentence(text, timed ? TimeSpan.FromSeconds(Math.Round(seconds)) : null, turn.Speaker));
                seconds += text.Split(' ').Length * 60.0 / 150;
            }

            paragraphs.Add(new Paragraph(sentences.ToImmutable()));
        }

        foreach (var turn in intro)
        {
            AddTurn(turn);
        }

        var topicStarts = ImmutableArray.CreateBuilder<(string, int)>();
        foreach (var (label, turns) in topics)
        {
            topicStarts.Add((label, paragraphs.Count));
            for (var r = 0; r < repeat; r++)
            {
                foreach (var turn in turns)
                {
                    AddTurn(turn);
                }
            }
        }

        var introSentences = intro.SelectMany(t => SplitSentences(t.Text)).ToImmutableArray();
        return new SyntheticEpisode(context, paragraphs.ToImmutable(), intro.Count, topicStarts.ToImmutable(), introSentences);
    }

    private static IEnumerable<string> SplitSentences(string text)
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

        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            yield return text[start..].Trim();
        }
    }
}
