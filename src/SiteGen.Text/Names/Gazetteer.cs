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
    // Beyond this many added or changed names an episode's gazetteer gets lookups of its own.
    internal const int MaxChanges = 16;

    private readonly FrozenDictionary<string, GazetteerName> byLetters;
    private readonly FrozenDictionary<string, GazetteerName> byAlias;

    // Learnt once per site: an episode's few names of its own change nothing worth relearning.
    private readonly Lazy<LetterOdds> lazyLetters;

    private const int FilterBits = 1 << 16;

    // An episode's names that its site gazetteer lacks or has otherwise (guests, title names), whose lookups it shares.
    private readonly GazetteerName[] changed = [];

    // One bit per hash of every key (letters and aliases): most spoken words are no name, and a clear bit says so without
    // a dictionary lookup.
    private readonly ulong[] filter = new ulong[FilterBits / 64];

    internal Gazetteer(IEnumerable<GazetteerName> names, WordFrequencies words, ImmutableHashSet<string> hostKeys, Lazy<LetterOdds>? learnt = null)
    {
        Names = [.. names.OrderBy(n => n.Canonical, StringComparer.Ordinal)];
        Words = words;
        HostKeys = hostKeys;
        lazyLetters = learnt ?? new Lazy<LetterOdds>(LearnLetters);
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
                    Mark(key);
                }
            }

            Mark(name.Letters);
        }

        byLetters = letters.ToFrozenDictionary(StringComparer.Ordinal);
        byAlias = aliases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // The source's names with a few added or replaced (by letters), in the same order a full build gives; no alias among them.
    private Gazetteer(Gazetteer source, GazetteerName[] changed)
    {
        Words = source.Words;
        HostKeys = source.HostKeys;
        lazyLetters = source.lazyLetters;
        byLetters = source.byLetters;
        byAlias = source.byAlias;
        this.changed = changed;
        source.filter.CopyTo(filter, 0);
        foreach (var name in changed)
        {
            Mark(name.Letters);
        }

        var replaced = new HashSet<string>(changed.Select(n => n.Letters), StringComparer.Ordinal);
        var names = new List<GazetteerName>(source.Names.Length + changed.Length);
        foreach (var name in source.Names)
        {
            if (!replaced.Contains(name.Letters))
            {
                names.Add(name);
            }
        }

        // Canonical spellings are unique (their letters are), so this is the order of a full sort.
        foreach (var name in changed)
        {
            var at = names.BinarySearch(name, ByCanonical);
            names.Insert(at < 0 ? ~at : at, name);
        }

        Names = [.. names];
    }

    public static Gazetteer Empty { get; } = new([], WordFrequencies.Default, []);

    /// <summary>The number of distinct names.</summary>
    public int Count => Names.Length;

    internal ImmutableArray<GazetteerName> Names { get; }

    internal WordFrequencies Words { get; }

    internal ImmutableHashSet<string> HostKeys { get; }

    internal LetterOdds Letters => lazyLetters.Value;

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

    /// <summary>Whether this gazetteer shares the lookups of the one it was made from.</summary>
    internal bool IsShared => changed.Length > 0;

    internal GazetteerName? Find(string letters) => FindAlias(letters) ?? FindExact(letters);

    internal GazetteerName? FindAlias(string letters) => MayHave(letters) && byAlias.TryGetValue(letters, out var name) ? name : null;

    internal GazetteerName? FindExact(string letters)
    {
        if (!MayHave(letters))
        {
            return null;
        }

        // A handful at most: cheaper to compare than to hash.
        foreach (var name in changed)
        {
            if (string.Equals(name.Letters, letters, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return byLetters.TryGetValue(letters, out var known) ? known : null;
    }

    /// <summary>
    /// A gazetteer of the source's names with these added or replaced: the source's lookups are shared when the changes
    /// are few and bring no alias, else everything is built afresh.
    /// </summary>
    internal static Gazetteer Derive(Gazetteer source, IReadOnlyCollection<GazetteerName> changes, WordFrequencies words, ImmutableHashSet<string> hostKeys)
    {
        if (changes.Count == 0 && ReferenceEquals(words, source.Words) && hostKeys.SetEquals(source.HostKeys))
        {
            return source;
        }

        if (source.IsShared || changes.Count > MaxChanges || changes.Any(n => !n.Aliases.IsEmpty)
            || !ReferenceEquals(words, source.Words) || !hostKeys.SetEquals(source.HostKeys))
        {
            var replaced = new HashSet<string>(changes.Select(n => n.Letters), StringComparer.Ordinal);
            return new Gazetteer(
                source.Names.Where(n => !replaced.Contains(n.Letters)).Concat(changes), words, hostKeys, ReferenceEquals(words, source.Words) ? source.lazyLetters : null);
        }

        return new Gazetteer(source, [.. changes.OrderBy(n => n.Canonical, StringComparer.Ordinal)]);
    }

    private static readonly Comparer<GazetteerName> ByCanonical = Comparer<GazetteerName>.Create((a, b) => string.CompareOrdinal(a.Canonical, b.Canonical));

    private static int Slot(string key)
    {
        // Length and three letters: cheap, and enough to spread a site's few thousand keys over the bits.
        var hash = (uint)key.Length * 0x9E3779B1u;
        if (key.Length > 0)
        {
            hash ^= key[0] * 0x85EBCA77u;
            hash ^= key[^1] * 0xC2B2AE3Du;
            hash ^= key[key.Length / 2] * 0x27D4EB2Fu;
        }

        return (int)((hash ^ (hash >> 15)) % FilterBits);
    }

    private void Mark(string key)
    {
        var slot = Slot(key);
        filter[slot >> 6] |= 1UL << (slot & 63);
    }

    private bool MayHave(string key)
    {
        var slot = Slot(key);
        return (filter[slot >> 6] & (1UL << (slot & 63))) != 0;
    }

    // The everyday words against the one-word names the corpus capitalises.
    private LetterOdds LearnLetters() =>
        new(Words.SeenWords, Names.Where(n => n.Strength == NameStrength.Corpus && n.Tokens.Length == 1 && n.Letters.All(char.IsLetter)).Select(n => n.Letters));

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
