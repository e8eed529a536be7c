namespace SiteGen.Text.Names;

/// <summary>What one episode says correctly: word sequences (lowercase keys) and words seen capitalised mid-sentence.</summary>
internal sealed class EpisodeEvidence
{
    private const int MaxGram = 4;

    private readonly HashSet<string> grams = new(StringComparer.Ordinal);
    private readonly HashSet<string> capitalised = new(StringComparer.Ordinal);
    private readonly WordFrequencies words;
    private readonly Dictionary<string, (string Primary, string Alternate)> sounds = new(StringComparer.Ordinal);

    public EpisodeEvidence(NameToken[][] sentences, WordFrequencies words)
    {
        this.words = words;
        foreach (var tokens in sentences)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                if (i > 0 && tokens[i].IsCapitalised)
                {
                    capitalised.Add(tokens[i].Key);
                }

                var gram = string.Empty;
                for (var n = 0; n < MaxGram && i + n < tokens.Length; n++)
                {
                    gram = n == 0 ? tokens[i].Key : gram + " " + tokens[i + n].Key;
                    grams.Add(gram);
                }
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

        return grams.Contains(name.SpacedKey);
    }
}
