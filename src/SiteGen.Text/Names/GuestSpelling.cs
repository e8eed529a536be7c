namespace SiteGen.Text.Names;

/// <summary>
/// Near spellings of one of the episode's own people ("Brian Johnson" for Bryan Johnson): each word equal to the name's
/// word, or close to it in both sound and spelling, with at least one word the same by letters or by sound. The episode's
/// metadata is the strongest context there is, so this holds even when every spoken word is itself an ordinary name.
/// </summary>
internal static class GuestSpelling
{
    // Words this short sound like too many others to differ in sound at all ("jim" is not "tim").
    private const int ShortWord = 4;
    private const int MinimumWord = 3;

    /// <summary>Whether the spoken words are a near spelling of the person's full name that differs in some word.</summary>
    public static bool IsNearFullName(ReadOnlySpan<NameToken> words, GazetteerName person, EpisodeEvidence episode)
    {
        if (words.Length != person.Tokens.Length)
        {
            return false;
        }

        var anchored = false;
        var differs = false;
        for (var i = 0; i < words.Length; i++)
        {
            var spoken = words[i].Key;
            if (string.Equals(spoken, person.Tokens[i], StringComparison.Ordinal))
            {
                anchored = true;
                continue;
            }

            differs = true;
            // Spelling first: it rules out most words without their sound keys.
            if (!NearSpelling(spoken, person.Tokens[i], maxSpelling: 2))
            {
                return false;
            }

            switch (CompareSound(spoken, episode.Sound(spoken), person.Tokens[i], person.TokenSounds[i]))
            {
                case Likeness.SameSound:
                    anchored = true;
                    break;
                case Likeness.Different:
                    return false;
            }
        }

        return anchored && differs;
    }

    /// <summary>Whether one word is a near spelling ("Norman") of the person's surname ("Normand"), not the surname itself.</summary>
    public static bool IsNearSurname(string spoken, (string Primary, string Alternate) sound, GazetteerName person) =>
        !string.Equals(spoken, person.Tokens[^1], StringComparison.Ordinal)
        && spoken.Length > ShortWord
        && NearSpelling(spoken, person.Tokens[^1], maxSpelling: 1)
        && CompareSound(spoken, sound, person.Tokens[^1], person.TokenSounds[^1]) != Likeness.Different;

    private static bool NearSpelling(string spoken, string token, int maxSpelling)
    {
        var longer = Math.Max(spoken.Length, token.Length);
        // One letter off in a short word, two in a longer one ("joshua" / "joscha").
        var limit = Math.Min(maxSpelling, longer >= 6 ? 2 : 1);
        return Math.Min(spoken.Length, token.Length) >= MinimumWord && EditDistance.Distance(spoken, token, limit) <= limit;
    }

    // How alike two words of near spelling sound.
    private static Likeness CompareSound(
        string spoken, (string Primary, string Alternate) spokenSound, string token, (string Primary, string Alternate) tokenSound)
    {
        var shorter = Math.Min(spoken.Length, token.Length);
        var distance = int.MaxValue;
        foreach (var a in (ReadOnlySpan<string>)[spokenSound.Primary, spokenSound.Alternate])
        {
            foreach (var b in (ReadOnlySpan<string>)[tokenSound.Primary, tokenSound.Alternate])
            {
                if (a.Length > 0 && b.Length > 0)
                {
                    distance = Math.Min(distance, EditDistance.Distance(a, b, 1));
                }
            }
        }

        return distance == 0 ? Likeness.SameSound
            : distance == 1 && shorter > ShortWord ? Likeness.Close
            : Likeness.Different;
    }

    private enum Likeness
    {
        Different,
        Close,
        SameSound,
    }
}
