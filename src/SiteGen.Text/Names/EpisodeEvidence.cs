using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace SiteGen.Text.Names;

/// <summary>What one episode says correctly: word sequences (lowercase keys) and words seen capitalised mid-sentence.</summary>
internal sealed class EpisodeEvidence
{
    private const int MaxGram = 4;

    private readonly HashSet<string> capitalised = new(StringComparer.Ordinal);
    private readonly WordFrequencies words;
    private readonly Dictionary<string, (string Primary, string Alternate)> sounds = new(StringComparer.Ordinal);

    // Every word of the episode in order (keys), the sentence of each, and for each key its last place and count; earlier
    // places of a key are chained through previousPlace. A name is then looked up where its rarest word is said.
    private readonly string[] keys;
    private readonly int[] sentenceOf;
    private readonly int[] previousPlace;
    private readonly Dictionary<string, (int Last, int Count)> places = new(StringComparer.Ordinal);

    public EpisodeEvidence(NameToken[][] sentences, WordFrequencies words)
    {
        this.words = words;
        var total = 0;
        foreach (var tokens in sentences)
        {
            total += tokens.Length;
        }

        keys = new string[total];
        sentenceOf = new int[total];
        previousPlace = new int[total];
        var at = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var tokens = sentences[s];
            for (var i = 0; i < tokens.Length; i++, at++)
            {
                if (i > 0 && tokens[i].IsCapitalised)
                {
                    capitalised.Add(tokens[i].Key);
                }

                var key = tokens[i].Key;
                keys[at] = key;
                sentenceOf[at] = s;
                ref var place = ref CollectionsMarshal.GetValueRefOrAddDefault(places, key, out var seen);
                previousPlace[at] = seen ? place.Last : -1;
                place = (at, seen ? place.Count + 1 : 1);
            }
        }
    }

    /// <summary>Double Metaphone keys of a spoken form, computed once per episode.</summary>
    public (string Primary, string Alternate) Sound(string key)
    {
        if (!sounds.TryGetValue(key, out var sound))
        {
            sound = DoubleMetaphone.Encode(key, GazetteerName.KeyLength);
            sounds[key] = sound;
        }

        return sound;
    }

    /// <summary>Whether the episode spells the name correctly somewhere (an everyday word only counts when capitalised).</summary>
    public bool Attests(GazetteerName name)
    {
        if (name.Tokens.Length > MaxGram)
        {
            return false;
        }

        if (name.Tokens.Length == 1 && words.IsCommon(name.Letters))
        {
            return capitalised.Contains(name.Letters);
        }

        return Says(name.Tokens) || (name.Tokens.Length == 1 && SaysSplit(name));
    }

    // "alpha fold" says AlphaFold where name repair joins the two words into it: by the same rule (see NameRepairer).
    private bool SaysSplit(GazetteerName name)
    {
        var letters = name.Letters;
        if (letters.Length < NameRepairer.MinimumJoinedLength)
        {
            return false;
        }

        var lookup = places.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var split = NameRepairer.MinimumJoinedPart; split <= letters.Length - NameRepairer.MinimumJoinedPart; split++)
        {
            if (!lookup.TryGetValue(letters.AsSpan(0, split), out var place))
            {
                continue;
            }

            var rest = letters.AsSpan(split);
            for (var at = place.Last; at >= 0; at = previousPlace[at])
            {
                if (at + 1 < keys.Length && sentenceOf[at + 1] == sentenceOf[at] && rest.SequenceEqual(keys[at + 1])
                    && NameRepairer.MayJoin(name, words, keys[at], keys[at + 1]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether one sentence says these words in a row.
    private bool Says(ImmutableArray<string> tokens)
    {
        if (tokens.IsEmpty)
        {
            // An empty name is said where a word has no letters at all, as its joined key would be.
            return places.ContainsKey(string.Empty);
        }

        var rarest = -1;
        var fewest = int.MaxValue;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!places.TryGetValue(tokens[t], out var place))
            {
                return false;
            }

            if (place.Count < fewest)
            {
                (rarest, fewest) = (t, place.Count);
            }
        }

        for (var at = places[tokens[rarest]].Last; at >= 0; at = previousPlace[at])
        {
            var first = at - rarest;
            var last = first + tokens.Length - 1;
            if (first < 0 || last >= keys.Length || sentenceOf[first] != sentenceOf[last])
            {
                continue;
            }

            var same = true;
            for (var t = 0; t < tokens.Length && same; t++)
            {
                same = string.Equals(keys[first + t], tokens[t], StringComparison.Ordinal);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }
}
