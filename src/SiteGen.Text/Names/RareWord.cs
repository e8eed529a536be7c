namespace SiteGen.Text.Names;

/// <summary>What a lowercase word that English texts never write in lowercase may be.</summary>
internal enum RareWord
{
    /// <summary>An English word, or too short to tell.</summary>
    No,

    /// <summary>Two everyday words run together ("toolchain"): a name only when said often.</summary>
    Compound,

    /// <summary>Built like an English word ("insurrection", "songwriter"): a name only when said often.</summary>
    EnglishShaped,

    /// <summary>Nothing English about it: "hamas", "llm".</summary>
    Foreign,
}
