using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Text.Transcripts;

/// <summary>Reads episode metadata from YAML: Markdown front matter or a sidecar <c>&lt;name&gt;.yml</c> file.</summary>
public static class MetadataReader
{
    /// <summary>
    /// Reads the known keys (title, episode/number/episode_number, date, guests, audio_url, audio_size,
    /// video_id/youtube, duration, slug, description, draft, language, topic, podcast); any other key is ignored with a
    /// warning in <see cref="TranscriptMetadata.Warnings"/>. Anchors and aliases are refused; audio_url must be http(s) or relative.
    /// Guests, topic, podcast name and number that are not given are derived from the title.
    /// </summary>
    /// <exception cref="TranscriptFormatException">Invalid YAML or a value of the wrong type, with its line.</exception>
    public static TranscriptMetadata ReadYaml(string fileName, string yaml)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(yaml);
        return ReadYaml(fileName, yaml, 0);
    }

    /// <summary>
    /// Combines metadata from a transcript's own header with a sidecar file: every value the sidecar gives wins;
    /// guests come from the sidecar when it lists any; an episode is a draft when either says so.
    /// </summary>
    public static TranscriptMetadata Merge(TranscriptMetadata header, TranscriptMetadata sidecar)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(sidecar);
        return new TranscriptMetadata
        {
            Title = sidecar.Title ?? header.Title,
            Topic = sidecar.Topic ?? header.Topic,
            PodcastName = sidecar.PodcastName ?? header.PodcastName,
            EpisodeNumber = sidecar.EpisodeNumber ?? header.EpisodeNumber,
            Date = sidecar.Date ?? header.Date,
            Guests = sidecar.Guests.IsDefaultOrEmpty ? header.Guests : sidecar.Guests,
            AudioUrl = sidecar.AudioUrl ?? header.AudioUrl,
            AudioSize = sidecar.AudioSize ?? header.AudioSize,
            VideoId = sidecar.VideoId ?? header.VideoId,
            Duration = sidecar.Duration ?? header.Duration,
            Slug = sidecar.Slug ?? header.Slug,
            Description = sidecar.Description ?? header.Description,
            Draft = sidecar.Draft || header.Draft,
            Language = sidecar.Language ?? header.Language,
            Warnings = header.Warnings.AddRange(sidecar.Warnings),
        };
    }

    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts after the opening fence).</param>
    internal static TranscriptMetadata ReadYaml(string fileName, string yaml, int lineOffset)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            RefuseAliases(fileName, yaml, lineOffset);
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + lineOffset;
            throw new TranscriptFormatException($"{fileName}: invalid YAML on line {line}: {ex.Message}", line, ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet fails this way on some unterminated flow collections; the scanner knows where it stopped.
            var line = (int)scanner.CurrentPosition.Line + lineOffset;
            throw new TranscriptFormatException($"{fileName}: invalid YAML on line {line}: the text cannot be parsed there.", line, ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new TranscriptMetadata();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var line = Line(stream.Documents[0].RootNode, lineOffset);
            throw new TranscriptFormatException($"{fileName}: the metadata on line {line} must be a mapping of keys to values.", line);
        }

        var meta = new TranscriptMetadata();
        var warnings = ImmutableArray.CreateBuilder<string>();
        bool hasGuests = false, hasTopic = false, hasPodcast = false, hasNumber = false;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            if (key is null || IsNull(value))
            {
                if (key is not null && !KnownKeys.Contains(key))
                {
                    warnings.Add(UnknownKey(fileName, keyNode, lineOffset));
                }

                continue;
            }

            var reader = new ValueReader(fileName, key, value, lineOffset);
            switch (key)
            {
                case "title":
                    meta = meta with { Title = reader.Text() };
                    break;
                case "topic":
                    meta = meta with { Topic = reader.Text() };
                    hasTopic = true;
                    break;
                case "podcast" or "podcast_name":
                    meta = meta with { PodcastName = reader.Text() };
                    hasPodcast = true;
                    break;
                case "episode" or "number" or "episode_number":
                    meta = meta with { EpisodeNumber = reader.Integer() };
                    hasNumber = true;
                    break;
                case "date":
                    meta = meta with { Date = reader.Date() };
                    break;
                case "guests" or "guest":
                    meta = meta with { Guests = reader.Names() };
                    hasGuests = true;
                    break;
                case "audio_url":
                    meta = meta with { AudioUrl = reader.MediaUrl() };
                    break;
                case "audio_size":
                    meta = meta with { AudioSize = reader.Long() };
                    break;
                case "video_id" or "youtube":
                    meta = meta with { VideoId = reader.VideoId() };
                    break;
                case "duration":
                    meta = meta with { Duration = reader.Duration() };
                    break;
                case "slug":
                    meta = meta with { Slug = reader.Text() };
                    break;
                case "description":
                    meta = meta with { Description = reader.Text() };
                    break;
                case "draft":
                    meta = meta with { Draft = reader.Boolean() };
                    break;
                case "language" or "lang":
                    meta = meta with { Language = reader.Text() };
                    break;
                default:
                    warnings.Add(UnknownKey(fileName, keyNode, lineOffset));
                    break;
            }
        }

        if (meta.Title is { } title)
        {
            var derived = TitleParser.Parse(title);
            meta = meta with
            {
                Topic = hasTopic ? meta.Topic : derived.Topic,
                PodcastName = hasPodcast ? meta.PodcastName : derived.PodcastName,
                EpisodeNumber = hasNumber ? meta.EpisodeNumber : derived.EpisodeNumber,
                Guests = hasGuests ? meta.Guests : derived.Guests,
            };
        }

        return warnings.Count == 0 ? meta : meta with { Warnings = warnings.ToImmutable() };
    }

    private static readonly FrozenSet<string> KnownKeys = FrozenSet.ToFrozenSet(
    [
        "title", "topic", "podcast", "podcast_name", "episode", "number", "episode_number", "date", "guests", "guest",
        "audio_url", "audio_size", "video_id", "youtube", "duration", "slug", "description", "draft", "language", "lang",
    ], StringComparer.Ordinal);

    private static string UnknownKey(string fileName, YamlNode keyNode, int lineOffset)
    {
        var line = Line(keyNode, lineOffset);
        return $"{fileName}:{line}: unknown metadata key '{(keyNode as YamlScalarNode)?.Value}' is ignored.";
    }

    /// <summary>
    /// Metadata never needs anchors or aliases, and aliases nested in aliases expand exponentially
    /// ("billion laughs"), so a document with any is refused before it is loaded.
    /// </summary>
    private static void RefuseAliases(string fileName, string yaml, int lineOffset)
    {
        var parser = new Parser(new StringReader(yaml));
        while (MoveNext(parser))
        {
            var found = parser.Current switch
            {
                AnchorAlias => "an alias",
                NodeEvent { Anchor.IsEmpty: false } => "an anchor",
                _ => null,
            };
            if (found is not null)
            {
                var line = (int)parser.Current!.Start.Line + lineOffset;
                throw new TranscriptFormatException($"{fileName}: YAML anchors and aliases are not allowed in metadata; found {found} on line {line}.", line);
            }
        }
    }

    // A syntax error is left for the loader, which reports it with its line.
    private static bool MoveNext(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static int Line(YamlNode node, int lineOffset) => (int)node.Start.Line + lineOffset;

    /// <summary>Converts one value, throwing with the value's line when it has the wrong type.</summary>
    private readonly struct ValueReader(string fileName, string key, YamlNode node, int lineOffset)
    {
        public string? Text()
        {
            var text = Scalar("text").Trim();
            return text.Length == 0 ? null : text;
        }

        /// <summary>An http(s) or relative URL: the value ends up in an audio element and the feed, so script and data URLs are refused.</summary>
        public string? MediaUrl()
        {
            var text = Text();
            if (text is null)
            {
                return null;
            }

            var squeezed = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
            var colon = squeezed.IndexOf(':', StringComparison.Ordinal);
            var slash = squeezed.IndexOfAny(['/', '?', '#']);
            var relative = colon < 0 || (slash >= 0 && slash < colon);
            var scheme = relative ? "" : squeezed[..colon];
            return relative || scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
                ? text
                : throw Wrong("an http(s) or relative URL");
        }

        public int Integer() =>
            int.TryParse(Scalar("whole number"), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw Wrong("a whole number");

        public long Long() =>
            long.TryParse(Scalar("whole number"), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw Wrong("a whole number");

        public DateOnly Date()
        {
            var text = Scalar("date");
            // A full timestamp is accepted; only its day is kept.
            var day = text.Length > 10 && text[10] is 'T' or ' ' ? text[..10] : text;
            return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Wrong("a date written yyyy-MM-dd");
        }

        public bool Boolean() => Scalar("boolean").ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw Wrong("true or false"),
        };

        public TimeSpan Duration()
        {
            var text = Scalar("duration");
            if (TimeParser.TryParseClock(text, out var clock))
            {
                return clock;
            }

            return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
                ? TimeSpan.FromSeconds(seconds)
                : throw Wrong("a duration (h:mm:ss or seconds)");
        }

        public string VideoId()
        {
            var text = Scalar("video id").Trim();
            return YouTubeId.FromUrlOrId(text) ?? throw Wrong("a YouTube video id or URL");
        }

        public ImmutableArray<string> Names()
        {
            if (node is YamlSequenceNode sequence)
            {
                var names = ImmutableArray.CreateBuilder<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is not YamlScalarNode { Value: { } value })
                    {
                        throw new TranscriptFormatException(
                            $"{fileName}: '{key}' on line {Line(item, lineOffset)} must list names as plain text.", Line(item, lineOffset));
                    }

                    if (value.Trim().Length > 0)
                    {
                        names.Add(CaptionText.CollapseSpaces(value));
                    }
                }

                return names.ToImmutable();
            }

            var text = Scalar("list of names");
            var split = TitleParser.SplitNames(text);
            return split.IsEmpty && text.Trim().Length > 0 ? [CaptionText.CollapseSpaces(text)] : split;
        }

        private string Scalar(string expected) =>
            node is YamlScalarNode { Value: { } value } ? value : throw Wrong(expected);

        private TranscriptFormatException Wrong(string expected)
        {
            var line = Line(node, lineOffset);
            return new TranscriptFormatException($"{fileName}: '{key}' on line {line} must be {expected}.", line);
        }
    }
}
