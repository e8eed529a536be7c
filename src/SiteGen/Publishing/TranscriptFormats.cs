using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SiteGen.Text.Prose;

namespace SiteGen.Publishing;

/// <summary>
/// The transcript files an episode publishes for podcast apps and players: Podcasting 2.0 JSON, WebVTT and SRT
/// captions, and plain text. Cue times come from the sentences; a sentence without a time takes the previous one's.
/// </summary>
internal static class TranscriptFormats
{
    public const string JsonType = "application/json";
    public const string WebVttType = "text/vtt";
    public const string SrtType = "application/x-subrip";
    public const string PlainTextType = "text/plain";

    /// <summary>Longest caption cue; longer sentences are split at word boundaries, time shared by length.</summary>
    public const int MaxCueChars = 84;

    /// <summary>Reading pace used to end the last cue when the episode's end is unknown.</summary>
    private const double CharsPerSecond = 15;

    /// <summary>
    /// The feed entries for the four files of one episode, written at <paramref name="baseUrl"/> plus ".txt",
    /// ".json", ".vtt" and ".srt"; the caption formats carry rel="captions".
    /// </summary>
    public static ImmutableArray<FeedTranscript> FeedEntries(string baseUrl, string? language = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        return
        [
            new FeedTranscript(baseUrl + ".txt", PlainTextType, language),
            new FeedTranscript(baseUrl + ".json", JsonType, language),
            new FeedTranscript(baseUrl + ".vtt", WebVttType, language, "captions"),
            new FeedTranscript(baseUrl + ".srt", SrtType, language, "captions"),
        ];
    }

    /// <summary>
    /// Podcasting 2.0 JSON transcript: one segment per sentence with speaker, startTime, endTime (seconds) and body.
    /// Untimed sentences are written without times.
    /// </summary>
    public static string Json(IReadOnlyList<Sentence> sentences, TimeSpan? end = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        List<Cue> cues = Timed(sentences, end, split: false);
        return SafeJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("version", "1.0.0");
            json.WriteStartArray("segments");
            foreach (Cue cue in cues)
            {
                json.WriteStartObject();
                if (cue.Speaker is { Length: > 0 } speaker)
                {
                    json.WriteString("speaker", speaker);
                }

                if (cue.Timed)
                {
                    SafeJson.WriteSeconds(json, "startTime", cue.Start);
                    SafeJson.WriteSeconds(json, "endTime", cue.End);
                }

                json.WriteString("body", cue.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>WebVTT captions with the speaker as a voice span (&lt;v Name&gt;); text is escaped.</summary>
    public static string WebVtt(IReadOnlyList<Sentence> sentences, TimeSpan? end = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder("WEBVTT\n");
        foreach (Cue cue in Timed(sentences, end, split: true))
        {
            text.Append('\n')
                .Append(Stamp(cue.Start, '.')).Append(" --> ").Append(Stamp(cue.End, '.')).Append('\n');
            if (cue.Speaker is { Length: > 0 } speaker)
            {
                text.Append("<v ").Append(VttEscape(speaker).Replace(">", "", StringComparison.Ordinal)).Append('>');
            }

            text.Append(VttEscape(cue.Text)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>SubRip captions, numbered from 1, with "Speaker: " before a cue when the speaker changes.</summary>
    public static string Srt(IReadOnlyList<Sentence> sentences, TimeSpan? end = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        int number = 0;
        string? lastSpeaker = null;
        foreach (Cue cue in Timed(sentences, end, split: true))
        {
            if (number > 0)
            {
                text.Append('\n');
            }

            text.Append((++number).ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append(Stamp(cue.Start, ',')).Append(" --> ").Append(Stamp(cue.End, ',')).Append('\n');
            if (cue.Speaker is { Length: > 0 } speaker && speaker != lastSpeaker)
            {
                text.Append(speaker).Append(": ");
            }

            lastSpeaker = cue.Speaker;
            text.Append(cue.Text.Replace("-->", "->", StringComparison.Ordinal)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Paragraphs separated by blank lines, each new speaker's first paragraph led by "Name: ".</summary>
    public static string PlainText(IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var text = new StringBuilder();
        string? lastSpeaker = null;
        foreach (Paragraph paragraph in paragraphs)
        {
            string body = OneLine(paragraph.Text);
            if (body.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            if (paragraph.Speaker is { Length: > 0 } speaker && speaker != lastSpeaker)
            {
                text.Append(speaker).Append(": ");
            }

            lastSpeaker = paragraph.Speaker;
            text.Append(body).Append('\n');
        }

        return text.ToString();
    }

    private static List<Cue> Timed(IReadOnlyList<Sentence> sentences, TimeSpan? end, bool split)
    {
        var cues = new List<Cue>();
        TimeSpan? previous = null;
        for (int i = 0; i < sentences.Count; i++)
        {
            string body = OneLine(sentences[i].Text);
            if (body.Length == 0)
            {
                continue;
            }

            string? speaker = sentences[i].Speaker is { } name ? OneLine(name) : null;
            TimeSpan? start = sentences[i].Start ?? previous;
            previous = start;
            TimeSpan from = start ?? TimeSpan.Zero;
            TimeSpan to = NextStart(sentences, i + 1, from) ?? end ?? from + TimeSpan.FromSeconds(body.Length / CharsPerSecond);
            if (to < from)
            {
                to = from;
            }

            if (!split || body.Length <= MaxCueChars)
            {
                cues.Add(new Cue(from, to, speaker, body, start is not null));
                continue;
            }

            List<string> pieces = Pieces(body);
            double total = pieces.Sum(p => p.Length);
            double done = 0;
            foreach (string piece in pieces)
            {
                TimeSpan pieceStart = from + ((to - from) * (done / total));
                done += piece.Length;
                cues.Add(new Cue(pieceStart, from + ((to - from) * (done / total)), speaker, piece, start is not null));
            }
        }

        return cues;
    }

    private static TimeSpan? NextStart(IReadOnlyList<Sentence> sentences, int from, TimeSpan notBefore)
    {
        for (int j = from; j < sentences.Count; j++)
        {
            if (sentences[j].Start is { } start && start >= notBefore && OneLine(sentences[j].Text).Length > 0)
            {
                return start;
            }
        }

        return null;
    }

    private static List<string> Pieces(string body)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        foreach (string word in body.Split(' '))
        {
            if (piece.Length > 0 && piece.Length + 1 + word.Length > MaxCueChars)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }

            if (piece.Length > 0)
            {
                piece.Append(' ');
            }

            piece.Append(word);
        }

        pieces.Add(piece.ToString());
        return pieces;
    }

    private static string Stamp(TimeSpan t, char decimalMark)
    {
        long ms = (long)Math.Round(t.TotalMilliseconds);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ms / 3_600_000:D2}:{ms / 60_000 % 60:D2}:{ms / 1000 % 60:D2}{decimalMark}{ms % 1000:D3}");
    }

    private static string VttEscape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Collapses all whitespace: a newline inside a cue would end it early in SRT and WebVTT.</summary>
    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Cue(TimeSpan Start, TimeSpan End, string? Speaker, string Text, bool Timed);
}
