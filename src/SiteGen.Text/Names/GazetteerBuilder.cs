using System.Collections.Immutable;

namespace SiteGen.Text.Names;

/// <summary>Collects the names a site knows; later additions of the same name merge into one entry.</summary>
public sealed class GazetteerBuilder
{
    // With a source: only the names added or changed since, by letters; the source holds the rest.
    private readonly Dictionary<string, GazetteerName> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> hostKeys = new(StringComparer.Ordinal);
    private readonly Gazetteer? source;
    private WordFrequencies words = WordFrequencies.Default;

    internal GazetteerBuilder()
    {
    }

    internal GazetteerBuilder(Gazetteer source)
    {
        this.source = source;
        words = source.Words;
        hostKeys.UnionWith(source.HostKeys);
    }

    public GazetteerBuilder AddGlossary(IEnumerable<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            Add(entry.Name, entry.Type, NameStrength.Glossary, 1, entry.Description, entry.Link, entry.Aliases);
        }

        return this;
    }

    /// <summary>A host of the podcast: part of every episode, never listed in an episode's glossary.</summary>
    public GazetteerBuilder AddHost(string name)
    {
        hostKeys.Add(NameToken.KeyOf(name));
        return Add(name, EntityType.Person, NameStrength.Episode, 1);
    }

    /// <summary>A guest of any episode of the site.</summary>
    public GazetteerBuilder AddGuest(string name) => Add(name, EntityType.Person, NameStrength.Site, 1);

    public GazetteerBuilder AddPodcastName(string name) => Add(name, EntityType.Work, NameStrength.Episode, 1);

    /// <summary>An entity found with confidence elsewhere in the site.</summary>
    public GazetteerBuilder AddEntity(string name, EntityType type) => Add(name, type, NameStrength.Site, 1);

    /// <summary>Names learned from a punctuated corpus: forms usually capitalised mid-sentence, with their counts.</summary>
    public GazetteerBuilder AddKnownNames(IEnumerable<(string Form, int Count)> knownNames)
    {
        ArgumentNullException.ThrowIfNull(knownNames);
        foreach (var (form, count) in knownNames)
        {
            if (!IsSpelledOut(form))
            {
                Add(form, EntityType.Other, NameStrength.Corpus, count);
            }
        }

        return this;
    }

    /// <summary>Replaces the shipped lowercase word frequencies (word, count) that decide which words are everyday words.</summary>
    public GazetteerBuilder UseWordFrequencies(IEnumerable<(string Word, int Count)> frequencies)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        words = new WordFrequencies(frequencies);
        return this;
    }

    // "spelled F R I D M A N" leaves letter runs among the corpus's capitalised forms: a spelling, not a name.
    private static bool IsSpelledOut(string form)
    {
        var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && Array.TrueForAll(words, w => w.Length == 1);
    }

    public Gazetteer Build() =>
        source is null ? new(names.Values, words, [.. hostKeys]) : Gazetteer.Derive(source, names.Values, words, [.. hostKeys]);

    internal GazetteerBuilder Add(
        string name,
        EntityType type,
        NameStrength strength,
        int count,
        string? description = null,
        string? link = null,
        ImmutableArray<string> aliases = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var canonical = string.Join(' ', NameToken.Words(name));
        var key = NameToken.KeyOf(canonical);
        if (key.Length == 0)
        {
            return this;
        }

        aliases = aliases.IsDefault ? [] : aliases;
        var existing = names.GetValueOrDefault(key) ?? source?.FindExact(key);
        if (existing is null)
        {
            names[key] = new GazetteerName(canonical, type, strength, Math.Max(count, 0), description, link, aliases);
            return this;
        }

        // The strongest source decides the spelling; curated data is never lost to a weaker source.
        var stronger = strength > existing.Strength;
        names[key] = new GazetteerName(
            stronger || (strength == existing.Strength && strength == NameStrength.Glossary) ? canonical : existing.Canonical,
            existing.Type == EntityType.Other || (stronger && type != EntityType.Other) ? type : existing.Type,
            stronger ? strength : existing.Strength,
            existing.Count + Math.Max(count, 0),
            existing.Description ?? description,
            existing.Link ?? link,
            [.. existing.Aliases.Concat(aliases).Distinct(StringComparer.Ordinal)]);
        return this;
    }
}
