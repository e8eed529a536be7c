using System.Collections.Frozen;
using System.Collections.Immutable;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Names;

/// <summary>
/// Finds the named entities of one episode for its glossary: capitalised sequences (sentence-initial words only when
/// the episode also capitalises them mid-sentence), names of the gazetteer, and cues such as "Professor X" or
/// "X University". First-name and surname mentions of a person are merged into the full name; the host is left out.
/// </summary>
public sealed class EntityExtractor
{
    private const int FunctionWordCount = 1000;

    private static readonly FrozenSet<string> Connectors =
        new[] { "of", "de", "del", "van", "von", "der", "da", "di", "du", "la", "le", "al" }.ToFrozenSet(StringComparer.Ordinal);

    // Capitalised for reasons other than being a name, or names too general for a glossary.
    private static readonly FrozenSet<string> Excluded = new[]
    {
        "i", "im", "ive", "ill", "id", "okay", "ok", "yeah", "yes", "no", "oh", "so", "well", "um", "uh", "mr", "mrs", "ms",
        "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Titles =
        new[] { "professor", "prof", "dr", "mr", "mrs", "ms", "sir", "dame", "president", "senator" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganizationWords = new[]
    {
        "university", "institute", "inc", "corp", "corporation", "company", "labs", "lab", "laboratory", "foundation",
        "society", "college", "school", "group", "agency", "association", "bank", "party", "council", "academy",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceWords = new[]
    {
        "city", "river", "mountain", "mountains", "island", "islands", "valley", "state", "county", "street", "lake", "ocean",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EventWords = new[]
    {
        "war", "revolution", "olympics", "conference", "summit", "festival", "election", "games", "cup", "championship",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WorkWords = new[]
    {
        "model", "models", "paper", "book", "algorithm", "network", "architecture", "language", "film", "movie", "series",
        "game", "album", "song", "novel", "library", "framework",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Gazetteer gazetteer;

    public EntityExtractor(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
    }

    public ImmutableArray<GlossaryItem> Extract(ImmutableArray<Sentence> sentences)
    {
        if (sentences.IsDefaultOrEmpty)
        {
            return [];
        }

        var tokens = new NameToken[sentences.Length][];
        var capitalisedMidSentence = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Length; s++)
        {
            tokens[s] = [.. NameToken.Words(sentences[s].Text).Select(NameToken.Parse)];
            for (var w = 1; w < tokens[s].Length; w++)
            {
                if (tokens[s][w].IsCapitalised)
                {
                    capitalisedMidSentence.Add(tokens[s][w].Key);
                }
            }
        }

        var found = new Dictionary<string, Found>(StringComparer.Ordinal);
        for (var s = 0; s < tokens.Length; s++)
        {
            var words = tokens[s];
            var w = 0;
            while (w < words.Length)
            {
                var length = GazetteerMatch(words, w) is { } known ? known.Length : CapitalisedRun(words, w, capitalisedMidSentence);
                if (length == 0)
                {
                    w++;
                    continue;
                }

                Record(found, words, s, w, length);
                w += length;
            }
        }

        MergePersonParts(found);
        var items = new List<(GlossaryItem Item, double Weight)>();
        foreach (var entity in found.Values)
        {
            var item = ToItem(entity);
            if (Keep(entity) && !gazetteer.IsHost(item.Name))
            {
                items.Add((item, Weight(entity)));
            }
        }

        items.Sort((a, b) =>
            b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight)
            : a.Item.FirstSentence != b.Item.FirstSentence ? a.Item.FirstSentence.CompareTo(b.Item.FirstSentence)
            : string.CompareOrdinal(a.Item.Name, b.Item.Name));
        return [.. items.Select(i => i.Item)];
    }

    private (GazetteerName Name, int Length)? GazetteerMatch(NameToken[] words, int start)
    {
        for (var length = Math.Min(4, words.Length - start); length >= 1; length--)
        {
            var key = string.Concat(words.AsSpan(start, length).ToArray().Select(t => t.Key));
            if (key.Length == 0 || gazetteer.Find(key) is not { } name)
            {
                continue;
            }

            var inner = true;
            for (var w = start; w < start + length - 1; w++)
            {
                inner &= words[w].Suffix.Length == 0 && words[w + 1].Prefix.Length == 0;
            }

            // Lowercase text only names a known entity when the words cannot be everyday words.
            var cased = words[start].IsCapitalised && (start > 0 || length > 1 || name.Strength > NameStrength.Corpus);
            var safe = name.Strength > NameStrength.Corpus && (length > 1 || !gazetteer.Words.IsCommon(key));
            if (inner && (cased || safe))
            {
                return (name, length);
            }
        }

        return null;
    }

    private int CapitalisedRun(NameToken[] words, int start, HashSet<string> capitalisedMidSentence)
    {
        // A capitalised everyday word ("Then", "Because") starts no name, even when a run of names follows it.
        var first = words[start];
        if (!IsNameWord(first) || Titles.Contains(first.Key)
            || (start == 0 && !capitalisedMidSentence.Contains(first.Key))
            || (gazetteer.Words.Count(first.Key) >= FunctionWordCount && gazetteer.Find(first.Key) is null))
        {
            return 0;
        }

        var end = start + 1;
        while (end < words.Length && words[end - 1].Suffix.Length == 0 && words[end].Prefix.Length == 0)
        {
            if (IsNameWord(words[end]))
            {
                end++;
            }
            else if (Connectors.Contains(words[end].Core) && end + 1 < words.Length && words[end].Suffix.Length == 0
                     && IsNameWord(words[end + 1]) && words[end + 1].Prefix.Length == 0)
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end - start;
    }

    private static bool IsNameWord(NameToken token) =>
        token.IsCapitalised && token.Key.Length > 0 && char.IsLetter(token.Core[0]) && !Excluded.Contains(token.Key);

    private void Record(Dictionary<string, Found> found, NameToken[] words, int sentence, int start, int length)
    {
        var display = string.Join(' ', words.AsSpan(start, length).ToArray().Select(t => t.Core));
        var key = NameToken.KeyOf(display);
        var known = gazetteer.Find(key);
        if (known is not null)
        {
            key = known.Letters;
        }

        if (!found.TryGetValue(key, out var entity))
        {
            string[] parts = known is not null ? [.. known.Tokens] : [.. words.AsSpan(start, length).ToArray().Select(t => t.Key)];
            entity = new Found(key, known, sentence, parts);
            found[key] = entity;
        }

        entity.Mentions++;
        entity.Forms[display] = entity.Forms.GetValueOrDefault(display) + 1;
        Vote(entity, words, start, length);
    }

    private static void Vote(Found entity, NameToken[] words, int start, int length)
    {
        var first = words[start].Key;
        var last = words[start + length - 1].Key;
        var before = start > 0 ? words[start - 1].Key : string.Empty;
        var after = start + length < words.Length ? words[start + length].Key : string.Empty;
        if (Titles.Contains(before) || (length > 1 && EnglishFirstNames.All.Contains(first)))
        {
            entity.Votes[EntityType.Person]++;
        }

        if (OrganizationWords.Contains(last) || OrganizationWords.Contains(first) || before == "at")
        {
            entity.Votes[EntityType.Organization]++;
        }

        if (PlaceWords.Contains(last))
        {
            entity.Votes[EntityType.Place]++;
        }

        if (EventWords.Contains(last))
        {
            entity.Votes[EntityType.Event]++;
        }

        if (before == "the" && WorkWords.Contains(after))
        {
            entity.Votes[EntityType.Work]++;
        }
    }

    // "Smith" and "Jane" count toward "Jane Smith" when exactly one full name of the episode fits.
    private static void MergePersonParts(Dictionary<string, Found> found)
    {
        var people = found.Values
            .Where(f => f.Parts.Length >= 2 && TypeOf(f) == EntityType.Person)
            .ToList();
        foreach (var single in found.Values.Where(f => f.Parts.Length == 1).OrderBy(f => f.Key, StringComparer.Ordinal).ToList())
        {
            var owners = people.Where(p => p.Parts[0] == single.Key || p.Parts[^1] == single.Key).ToList();
            if (owners.Count != 1)
            {
                continue;
            }

            var owner = owners[0];
            owner.Mentions += single.Mentions;
            owner.FirstSentence = Math.Min(owner.FirstSentence, single.FirstSentence);
            found.Remove(single.Key);
        }
    }

    private bool Keep(Found entity)
    {
        if (entity.Known is { Strength: > NameStrength.Corpus })
        {
            return true;
        }

        if (entity.Parts.Length > 1)
        {
            return true;
        }

        // A lone capitalised word needs to recur, and must not be an everyday word capitalised by accident.
        return entity.Mentions >= 2 && (entity.Known is not null || !gazetteer.Words.IsCommon(entity.Key) || entity.Key.Length <= 4);
    }

    private static double Weight(Found entity)
    {
        var weight = entity.Mentions * (entity.Parts.Length > 1 ? 1.2 : 1.0);
        return entity.Known?.Strength switch
        {
            NameStrength.Episode => weight * 3,
            NameStrength.Glossary => weight * 2,
            NameStrength.Site => weight * 1.5,
            _ => weight,
        };
    }

    private static GlossaryItem ToItem(Found entity)
    {
        var name = entity.Known?.Canonical ?? entity.Forms.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        return new GlossaryItem(name, TypeOf(entity), entity.Mentions, entity.FirstSentence, entity.Known?.Description, entity.Known?.Link);
    }

    private static EntityType TypeOf(Found entity)
    {
        if (entity.Known is { Type: not EntityType.Other } known)
        {
            return known.Type;
        }

        var best = EntityType.Other;
        var votes = 0;
        foreach (var (type, count) in entity.Votes.OrderBy(p => p.Key))
        {
            if (count > votes)
            {
                best = type;
                votes = count;
            }
        }

        return best;
    }

    private sealed class Found(string key, GazetteerName? known, int firstSentence, string[] parts)
    {
        public string Key { get; } = key;

        public GazetteerName? Known { get; } = known;

        public string[] Parts { get; } = parts;

        public int FirstSentence { get; set; } = firstSentence;

        public int Mentions { get; set; }

        public Dictionary<string, int> Forms { get; } = new(StringComparer.Ordinal);

        public Dictionary<EntityType, int> Votes { get; } = Enum.GetValues<EntityType>().ToDictionary(t => t, _ => 0);
    }
}
