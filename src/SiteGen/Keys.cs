namespace SiteGen;

/// <summary>Every metadata key the site's modules read or write, in one place.</summary>
internal static class Keys
{
    public const string Transcript = nameof(Transcript);
    public const string Episode = nameof(Episode);
    public const string Words = nameof(Words);
    public const string Restored = nameof(Restored);
    public const string Sentences = nameof(Sentences);
    public const string NameRepairs = nameof(NameRepairs);
    public const string Paragraphs = nameof(Paragraphs);
    public const string Chapters = nameof(Chapters);
    public const string Summary = nameof(Summary);
    public const string OutlineKey = nameof(OutlineKey);
    public const string Glossary = nameof(Glossary);
    public const string Related = nameof(Related);
    public const string Appearances = nameof(Appearances);
    public const string Slug = nameof(Slug);
    public const string Settings = nameof(Settings);
    public const string EntityNames = nameof(EntityNames);
    public const string Fingerprint = nameof(Fingerprint);
    public const string SiteNames = nameof(SiteNames);
}
