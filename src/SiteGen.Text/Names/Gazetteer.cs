using System.Collections.Frozen;
using System.Collections.Immutable;
using SiteGen.Text.Transcripts;

namespace SiteGen.Text.Names;

/// <summary>
/// Every name a site knows (glossary, hosts, guests, titles, confident entities, names learned from the corpus),
/// built once per site build; <see cref="ForEpisode(TranscriptMetadata)"/> marks one episode's own people and title names.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, GazetteerName> byLetters;
    private readonly FrozenDictionary<string, GazetteerName> byAlias;

    internal Gazetteer(IEnumerable<GazetteerName> names, WordFrequencies words, ImmutableHashSet<string> hostKeys)
    {
        Names = [.. names.OrderBy(n => n.Canonical, StringComparer.Ordinal)];
        Words = words;
        HostKeys = hostKeys;
        var letters = new Dictionary<string, GazetteerName>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, GazetteerName>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            if (name.Letters.Length > 0 && (!letters.TryGetValue(name.Letters, out var seen) || Outranks(name, seen)))
            {
                letters[name.Letters] = name;
            }

            foreach (var alias in name.Aliases)
            {
                var key = NameToken.KeyOf(alias);
                if (key.Length > 0)
                {
                    aliases[key] = name;
                }
            }
        }

        byLetters = letters.ToFrozenDictionary(StringComparer.Ordinal);
        byAlias = aliases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Gazetteer Empty { get; } = new([], WordFrequencies.Default, []);

    /// <summary>The number of distinct names.</summary>
    public int Count => Names.Length;

    internal ImmutableArray<GazetteerName> Names { get; }

    internal WordFrequencies Words { get; }

    internal ImmutableHashSet<string> HostKeys { get; }

    public static GazetteerBuilder CreateBuilder() => new();

    /// <summary>The canonical spelling of a name or glossary alias, matched on letters and digits only.</summary>
    public string? Canonical(string form) => Find(NameToken.KeyOf(form))?.Canonical;

    /// <summary>Whether the form names one of the site's hosts.</summary>
    public bool IsHost(string form) => HostKeys.Contains(NameToken.KeyOf(form));

    /// <summary>This gazetteer with the episode's guests marked as the episode's own, and the names in its title added.</summary>
    public Gazetteer ForEpisode(TranscriptMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return ForEpisode(metadata.Guests.IsDefault ? [] : metadata.Guests, metadata.Title);
    }

    /// <inheritdoc cref="ForEpisode(TranscriptMetadata)"/>
    public Gazetteer ForEpisode(IEnumerable<string> guests, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(guests);
        var builder = new GazetteerBuilder(this);
        foreach (var guest in guests)
        {
            builder.Add(guest, EntityType.Person, NameStrength.Episode, 1);
        }

        // Titles are written in title case, so their rarer words are only probably names.
        foreach (var name in TitleNames(title))
        {
            builder.Add(name, EntityType.Other, NameStrength.Site, 1);
        }

        return builder.Build();
    }

    internal GazetteerName? Find(string letters) =>
        byAlias.TryGetValue(letters, out var alias) ? alias : byLetters.GetValueOrDefault(letters);

    internal GazetteerName? FindAlias(string letters) => byAlias.GetValueOrDefault(letters);

    internal GazetteerName? FindExact(string letters) => byLetters.GetValueOrDefault(letters);

    internal static bool Outranks(GazetteerName a, GazetteerName b) =>
        a.Strength != b.Strength ? a.Strength > b.Strength : a.Count > b.Count;

    // Capitalised runs of the title whose words are not everyday words: "Proteins and AlphaFold" gives "AlphaFold".
    private List<string> TitleNames(string? title)
    {
        var names = new List<string>();
        var run = new List<string>();
        foreach (var word in NameToken.Words(title ?? string.Empty))
        {
            var token = NameToken.Parse(word);
            var keep = token.IsCapitalised && token.Key.Length >= 3 && !Words.IsCommon(token.Key) && !token.Key.All(char.IsDigit);
            if (!keep || token.Prefix.Length > 0)
            {
                Flush();
            }

            if (keep)
            {
                run.Add(token.Core);
            }

            if (token.Suffix.Length > 0)
            {
                Flush();
            }
        }

        Flush();
        return names;

        void Flush()
        {
            if (run.Count > 0)
            {
                names.Add(string.Join(' ', run));
                run.Clear();
            }
        }
    }
}
