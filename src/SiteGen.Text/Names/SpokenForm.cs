namespace SiteGen.Text.Names;

/// <summary>
/// A spoken form (letters key and Double Metaphone keys) prepared to be scored against many names in turn: its three
/// strings are bit-parallel patterns, so each comparison is one pass over the name's strings. Reusable across forms.
/// </summary>
internal sealed class SpokenForm
{
    /// <summary>How far apart in length two primary keys may be for their forms to be compared at all.</summary>
    public const int PrimarySlack = 2;

    private readonly OsaPattern letters = new();
    private readonly OsaPattern primary = new();
    private readonly OsaPattern alternate = new();
    private SoundShape shape;
    private KeyBags bags;

    public (string Primary, string Alternate) Sound => (primary.Text, alternate.Text);

    public void Reset(string spoken, (string Primary, string Alternate) sound)
    {
        letters.Reset(spoken);
        primary.Reset(sound.Primary);
        alternate.Reset(sound.Alternate);
        shape = new SoundShape(spoken, sound);
        bags = new KeyBags(sound);
    }

    /// <summary>
    /// Whether a name of this shape is worth scoring: letters of a length the form may be heard as ("ai" is never
    /// "artificial"), a primary key of about the same length, and a score bound that reaches <paramref name="threshold"/>.
    /// </summary>
    public bool MayMatch(in SoundShape name, double threshold) =>
        Math.Abs(name.LettersLength - letters.Text.Length) <= Math.Max(3, name.LettersLength / 2)
        && Math.Abs(name.PrimaryLength - primary.Text.Length) <= PrimarySlack
        && shape.MayReach(name, threshold);

    /// <summary>
    /// <see cref="NameRepairer.Score"/> against the name's letters and keys (whose symbol counts are <paramref name="nameBags"/>)
    /// when it reaches <paramref name="threshold"/> (at least 0.3), else null; gives up on a pair early.
    /// </summary>
    public double? ScoreAtLeast(string name, (string Primary, string Alternate) sound, in KeyBags nameBags, double threshold)
    {
        // Below a phonetic similarity of 0.5 the score is at most 0.3; a key pair further apart than that cannot count,
        // nor can one whose bound does not beat the best pair so far.
        var bounds = bags.Bounds(Sound, nameBags, sound);
        var phonetic = Better(0, bounds.PrimaryPrimary, primary, sound.Primary);
        var nameAlternate = sound.Alternate.Length > 0 && !string.Equals(sound.Alternate, sound.Primary, StringComparison.Ordinal);
        if (nameAlternate)
        {
            phonetic = Better(phonetic, bounds.PrimaryAlternate, primary, sound.Alternate);
        }

        if (alternate.Text.Length > 0 && !string.Equals(alternate.Text, primary.Text, StringComparison.Ordinal))
        {
            phonetic = Better(phonetic, bounds.AlternatePrimary, alternate, sound.Primary);
            if (nameAlternate)
            {
                phonetic = Better(phonetic, bounds.AlternateAlternate, alternate, sound.Alternate);
            }
        }

        if (phonetic < 0.5)
        {
            return null;
        }

        // The spelling similarity the threshold still needs, loosened a little so rounding never rejects a reachable score.
        var needed = (threshold - (NameRepairer.PhoneticWeight * phonetic)) / (1 - NameRepairer.PhoneticWeight);
        var longer = Math.Max(letters.Text.Length, name.Length);
        var limit = (int)Math.Floor((longer * (1 - needed)) + 1e-6);
        if (limit < 0)
        {
            return null;
        }

        var distance = letters.Distance(name, limit);
        if (distance > limit)
        {
            return null;
        }

        var spelling = longer == 0 ? 1.0 : 1.0 - ((double)distance / longer);
        var score = NameRepairer.Combine(phonetic, spelling);
        return score >= threshold ? score : null;
    }

    private static double Better(double best, double bound, OsaPattern key, string other) =>
        bound < 0.5 || bound <= best ? best : Math.Max(best, BoundedKeySimilarity(key, other));

    // The similarity when it is at least 0.5, otherwise 0 (never more than the true value).
    private static double BoundedKeySimilarity(OsaPattern key, string other)
    {
        if (key.Text.Length == 0 || other.Length == 0)
        {
            return 0;
        }

        var longer = Math.Max(key.Text.Length, other.Length);
        var limit = longer / 2;
        var distance = key.Distance(other, limit);
        return distance > limit ? 0 : 1.0 - ((double)distance / longer);
    }
}
