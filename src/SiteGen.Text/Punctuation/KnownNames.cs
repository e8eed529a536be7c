namespace SiteGen.Text.Punctuation;

/// <summary>Proper-noun forms (single words and capitalised runs) learnt with the punctuation model.</summary>
public static class KnownNames
{
    /// <summary>Ordered by descending count, then ordinally by form.</summary>
    public static IReadOnlyList<KnownName> Default => PunctuationModel.Default.Names;
}
