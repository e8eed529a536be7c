using System.Collections.Immutable;
using System.Text;

namespace SiteGen.Text.Transcripts;

/// <summary>
/// Gathers lines of plain text or Markdown into segments: a new segment at every turn header and every paragraph;
/// a paragraph without a label continues the last speaker.
/// </summary>
internal sealed class TurnCollector
{
    private readonly List<(TranscriptSegment Segment, bool Labelled)> _segments = [];
    private readonly StringBuilder _text = new();
    private TimeSpan? _start;
    private string? _speaker;
    private string? _lastSpeaker;
    private bool _labelled;
    private int _line;
    private bool _open;

    public bool HasLabelledTurn => _segments.Any(s => s.Labelled) || (_open && _labelled);

    /// <summary>True when there are labelled turns and every one of them carries a time.</summary>
    public bool AllTurnsTimed => HasLabelledTurn && _segments.All(s => !s.Labelled || s.Segment.Start is not null) && (!_open || !_labelled || _start is not null);

    /// <summary>Adds one line of a paragraph; <paramref name="firstInParagraph"/> starts a new segment.</summary>
    public void Add(string line, int lineNumber, bool firstInParagraph)
    {
        var header = TurnHeader.Parse(line);
        if (firstInParagraph || header.StartsTurn || !_open)
        {
            Flush();
            _open = true;
            _labelled = header.StartsTurn;
            _start = header.Start;
            _speaker = header.Speaker ?? _lastSpeaker;
            _lastSpeaker = _speaker;
            _line = lineNumber;
        }

        Append(header.StartsTurn ? header.Text : line.Trim());
    }

    public void EndParagraph() => Flush();

    /// <summary>
    /// The segments, each untimed end filled with the next segment's start. With <paramref name="dropPreamble"/>,
    /// unlabelled text before the first labelled turn (an introduction to the document, not speech) is left out;
    /// with <paramref name="dropUntimed"/>, so is every untimed paragraph (page furniture in a timed transcript).
    /// </summary>
    public ImmutableArray<TranscriptSegment> Build(bool dropPreamble, bool dropUntimed)
    {
        Flush();
        var first = dropPreamble ? _segments.FindIndex(s => s.Labelled) : 0;
        var kept = _segments.Skip(Math.Max(first, 0)).Where(s => !dropUntimed || s.Segment.Start is not null).Select(s => s.Segment).ToList();
        var result = ImmutableArray.CreateBuilder<TranscriptSegment>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var segment = kept[i];
            var next = i + 1 < kept.Count ? kept[i + 1].Start : null;
            result.Add(segment.Start is { } s && next is { } n && n >= s ? segment with { End = n } : segment);
        }

        return result.MoveToImmutable();
    }

    private void Append(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append(' ');
        }

        _text.Append(text);
    }

    private void Flush()
    {
        if (_open && _text.Length > 0)
        {
            _segments.Add((new TranscriptSegment(CaptionText.CollapseSpaces(_text.ToString()), _start, null, _speaker, _line), _labelled));
        }

        _text.Clear();
        _open = false;
    }
}
