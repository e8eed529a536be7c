namespace SiteGen.Text.Names;

/// <summary>Why a name repair was made.</summary>
public enum NameRepairReason
{
    /// <summary>The words are a glossary alias of the name.</summary>
    Alias,

    /// <summary>Only the casing changed to the canonical spelling.</summary>
    Casing,

    /// <summary>The words spell the name with different spacing ("alpha fold").</summary>
    Joined,

    /// <summary>The words sound and look like the name, and the episode supports it.</summary>
    Sound,

    /// <summary>The words sound like the surname of one of the episode's people.</summary>
    Surname,

    /// <summary>A neighbouring word makes the name part of a known longer name.</summary>
    Context,

    /// <summary>
    /// The first name is said right and the surname, a word that is neither English nor a name, sounds like the surname
    /// of a known full name ("andre kapathi" for Andrej Karpathy); or, once such a full name was repaired, the surname alone.
    /// </summary>
    FullName,
}
