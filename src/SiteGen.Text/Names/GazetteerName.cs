using System.Collections.Immutable;

namespace SiteGen.Text.Names;

/// <summary>A name the site knows, with its precomputed matching keys.</summary>
internal sealed record GazetteerName(
    string Canonical,
    EntityType Type,
    NameStrength Strength,
    int Count,
    string? Description,
    string? Link,
    ImmutableArray<string> Aliases)
{
    public const int KeyLength = 12;

    public ImmutableArray<string> Tokens { get; } = [.. NameToken.Words(Canonical).Select(w => NameToken.KeyOf(w))];

    public string SpacedKey { get; } = string.Join(' ', NameToken.Words(Canonical).Select(w => NameToken.KeyOf(w)));

    public string Letters { get; } = NameToken.KeyOf(Canonical);

    public (string Primary, string Alternate) Sound { get; } = DoubleMetaphone.Encode(NameToken.KeyOf(Canonical), KeyLength);

    public ImmutableArray<(string Primary, string Alternate)> TokenSounds { get; } =
        [.. NameToken.Words(Canonical).Select(w => DoubleMetaphone.Encode(NameToken.KeyOf(w), KeyLength))];

    /// <summary>Each word as written, without its punctuation: what a correctly spelled mention says.</summary>
    public ImmutableArray<string> Cores { get; } = [.. NameToken.Words(Canonical).Select(w => NameToken.Parse(w).Core)];

    public bool IsMultiWordPerson => Type == EntityType.Person && Tokens.Length >= 2;
}
