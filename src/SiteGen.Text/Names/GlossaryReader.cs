using System.Collections.Immutable;
using SiteGen.Text.Transcripts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Text.Names;

/// <summary>
/// Reads a site glossary (input/glossary.yml): a list of entries with name, aliases, type, description and link.
/// Errors name the file and the 1-based line.
/// </summary>
public static class GlossaryReader
{
    public static ImmutableArray<GlossaryEntry> Read(string fileName, string yaml)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line;
            throw new TranscriptFormatException($"{fileName}:{line}: not valid YAML: {e.Message}", line, e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode rootMap && Child(rootMap, "entries") is { } entriesNode)
        {
            root = entriesNode;
        }

        if (root is not YamlSequenceNode sequence)
        {
            throw Error(fileName, root, "expected a list of glossary entries");
        }

        var entries = ImmutableArray.CreateBuilder<GlossaryEntry>(sequence.Children.Count);
        foreach (var node in sequence.Children)
        {
            entries.Add(ReadEntry(fileName, node));
        }

        return entries.ToImmutable();
    }

    private static GlossaryEntry ReadEntry(string fileName, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(fileName, node, "a glossary entry must be a mapping with at least a name");
        }

        foreach (var key in map.Children.Keys)
        {
            var known = key is YamlScalarNode { Value: "name" or "aliases" or "type" or "description" or "link" };
            if (!known)
            {
                throw Error(fileName, key, $"unknown glossary field '{(key as YamlScalarNode)?.Value}'");
            }
        }

        var name = Scalar(fileName, map, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Error(fileName, map, "a glossary entry needs a name");
        }

        var aliases = ImmutableArray.CreateBuilder<string>();
        switch (Child(map, "aliases"))
        {
            case null:
                break;
            case YamlScalarNode single when !string.IsNullOrWhiteSpace(single.Value):
                aliases.Add(single.Value.Trim());
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    if (item is not YamlScalarNode { Value: { } alias } || string.IsNullOrWhiteSpace(alias))
                    {
                        throw Error(fileName, item, "an alias must be a non-empty string");
                    }

                    aliases.Add(alias.Trim());
                }

                break;
            case var other:
                throw Error(fileName, other, "aliases must be a string or a list of strings");
        }

        var typeText = Scalar(fileName, map, "type");
        var type = typeText is null ? EntityType.Other : ParseType(typeText)
            ?? throw Error(fileName, Child(map, "type")!, $"unknown type '{typeText}' (person, organization, work, place, event, other)");
        var description = Scalar(fileName, map, "description");
        var link = Scalar(fileName, map, "link");
        if (link is not null && !IsSafeLink(link))
        {
            throw Error(fileName, Child(map, "link")!, $"unsafe link '{link}': only http(s), mailto and relative links are allowed");
        }

        return new GlossaryEntry(
            name.Trim(),
            aliases.ToImmutable(),
            type,
            string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            string.IsNullOrWhiteSpace(link) ? null : link.Trim());
    }

    internal static EntityType? ParseType(string text) => text.Trim().ToLowerInvariant() switch
    {
        "person" or "people" => EntityType.Person,
        "organization" or "organisation" or "org" or "company" => EntityType.Organization,
        "work" or "product" or "model" or "book" or "paper" => EntityType.Work,
        "place" or "location" => EntityType.Place,
        "event" => EntityType.Event,
        "other" or "" => EntityType.Other,
        _ => null,
    };

    private static bool IsSafeLink(string link)
    {
        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so compare without them.
        Span<char> buffer = stackalloc char[Math.Min(link.Length, 64)];
        var length = 0;
        foreach (var c in link)
        {
            if (length == buffer.Length)
            {
                break;
            }

            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        var squeezed = buffer[..length];
        var colon = squeezed.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var slash = squeezed.IndexOfAny('/', '?', '#');
        if (slash >= 0 && slash < colon)
        {
            return true;
        }

        var scheme = squeezed[..colon];
        return scheme is "http" or "https" or "mailto";
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(string fileName, YamlMappingNode map, string key) => Child(map, key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var other => throw Error(fileName, other, $"'{key}' must be a single value"),
    };

    private static TranscriptFormatException Error(string fileName, YamlNode node, string message)
    {
        var line = (int)node.Start.Line;
        return new TranscriptFormatException($"{fileName}:{line}: {message}", line);
    }
}
