using System.Collections.Immutable;
using SiteGen.Text.Transcripts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Settings;

/// <summary>Reads <c>site.yml</c>. Unknown keys are ignored so themes can carry their own settings.</summary>
internal static class SiteSettingsReader
{
    public static SiteSettings Read(string fileName, string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new TranscriptFormatException($"{fileName}:{e.Start.Line}: invalid YAML: {e.Message}", (int)e.Start.Line, e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some unterminated collections this way, without a position.
            throw new TranscriptFormatException($"{fileName}: invalid YAML: unterminated or malformed collection", 0, e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new SiteSettings();
        }

        var settings = new SiteSettings();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var line = (int)keyNode.Start.Line;
            settings = key switch
            {
                "title" => settings with { Title = Scalar(fileName, key, valueNode) ?? settings.Title },
                "description" => settings with { Description = Scalar(fileName, key, valueNode) },
                "base_url" or "baseurl" or "url" => settings with { BaseUrl = Url(fileName, key, valueNode, line) },
                "podcast" or "podcast_name" => settings with { PodcastName = Scalar(fileName, key, valueNode) },
                "host" or "hosts" => settings with { Hosts = List(fileName, key, valueNode) },
                "language" => settings with { Language = Scalar(fileName, key, valueNode) ?? "en" },
                "author" => settings with { Author = Scalar(fileName, key, valueNode) },
                "email" => settings with { Email = Scalar(fileName, key, valueNode) },
                "artwork" or "image" => settings with { Artwork = Url(fileName, key, valueNode, line) },
                "category" => settings with { Category = Scalar(fileName, key, valueNode) },
                "explicit" => settings with { Explicit = Scalar(fileName, key, valueNode) is "true" or "yes" },
                _ => settings,
            };
        }

        return settings;
    }

    private static string? Scalar(string fileName, string key, YamlNode node) => node switch
    {
        YamlScalarNode s => string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim(),
        _ => throw new TranscriptFormatException(
            $"{fileName}:{node.Start.Line}: '{key}' must be a single value", (int)node.Start.Line),
    };

    private static ImmutableArray<string> List(string fileName, string key, YamlNode node) => node switch
    {
        YamlSequenceNode seq => [.. seq.Children.Select(c => Scalar(fileName, key, c)).OfType<string>()],
        _ => Scalar(fileName, key, node) is { } one ? [one] : [],
    };

    private static string? Url(string fileName, string key, YamlNode node, int line)
    {
        var value = Scalar(fileName, key, node);
        if (value is null)
        {
            return null;
        }

        if (!SafeUrl.IsAllowed(value))
        {
            throw new TranscriptFormatException(
                $"{fileName}:{line}: '{key}' must be an http(s) URL or a relative path, not '{value}'", line);
        }

        return value;
    }
}
