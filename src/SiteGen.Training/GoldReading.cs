namespace SiteGen.Training;

/// <summary>
/// How eval-glossary reads gold names from the capitalised words of a human transcript. Each flag is one fix of the first
/// reading, so the fixes can be measured one at a time (--ablate).
/// </summary>
[Flags]
internal enum GoldReading
{
    /// <summary>The reading used before 2026-11-29.</summary>
    AsBefore = 0,

    /// <summary>A hyphenated name is the words the lowercased input holds ("Israeli-Palestinian" is "Israeli Palestinian").</summary>
    Hyphens = 1,

    /// <summary>Runs of single letters, one title-cased closed-class word and AM/PM are no names.</summary>
    NoNames = 2,

    /// <summary>A closed-class word that opens a sentence is not part of the name after it.</summary>
    Openers = 4,

    /// <summary>A plural "s" is set aside on every word of a partial match, not only on a name's last.</summary>
    Plurals = 8,

    /// <summary>With <see cref="Hyphens"/>: a dotted initialism is one word ("U.S." is "US"), as in the first reading.</summary>
    Initialisms = 16,

    Revised = Hyphens | NoNames | Openers | Plurals | Initialisms,
}
