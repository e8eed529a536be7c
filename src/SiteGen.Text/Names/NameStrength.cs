namespace SiteGen.Text.Names;

/// <summary>How much the site vouches for a name; higher values allow looser matches.</summary>
internal enum NameStrength
{
    /// <summary>Learned from the punctuated corpus: usually capitalised mid-sentence.</summary>
    Corpus,

    /// <summary>Known to the site: another episode's guest, the podcast name, an entity found with confidence.</summary>
    Site,

    /// <summary>Curated in the glossary file.</summary>
    Glossary,

    /// <summary>Belongs to this episode: its guests, names in its title, or the host.</summary>
    Episode,
}
