using System.Collections.Immutable;
using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace SiteGen.Text.Punctuation;

/// <summary>
/// The trained restoration model: two hashed networks (lexical pass, stacked pass), the question classifier, the casing
/// lexicon (lowercase form to usual written form, only where they differ) and the known-names list.
/// Stored GZip-compressed; the layout is private to this class.
/// </summary>
internal sealed class PunctuationModel
{
    public const string ResourceName = "SiteGen.Text.Punctuation.Model.punctuation.bin";

    private const int Magic = 0x4D505347; // "GSPM"
    private const int Version = 4;

    private static readonly Lazy<PunctuationModel> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public PunctuationModel(
        HashedNetwork pass1,
        HashedNetwork pass2,
        QuestionClassifier questions,
        IReadOnlyDictionary<string, string> casing,
        IReadOnlyList<ContextCasing> contextCasing,
        ImmutableArray<KnownName> names,
        int maxSentenceWords)
    {
        Pass1 = pass1;
        Pass2 = pass2;
        Questions = questions;
        Casing = new Dictionary<string, string>(casing, StringComparer.Ordinal);
        CasingBySpan = Casing.GetAlternateLookup<ReadOnlySpan<char>>();
        ContextCasingEntries = [.. contextCasing];
        ContextCasing = new Dictionary<ulong, string>(contextCasing.Count);
        foreach (var entry in contextCasing)
        {
            ContextCasing[ContextKey(WordHash.OfLower(entry.Context), entry.Follows, WordHash.OfLower(entry.Form))] = entry.Form;
        }

        Names = names;
        MaxSentenceWords = maxSentenceWords;
    }

    public static PunctuationModel Default => Embedded.Value;

    public HashedNetwork Pass1 { get; }

    public HashedNetwork Pass2 { get; }

    public QuestionClassifier Questions { get; }

    public Dictionary<string, string> Casing { get; }

    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CasingBySpan { get; }

    /// <summary>Usual forms next to a given neighbour, keyed by <see cref="ContextKey"/>, where they differ from <see cref="Casing"/>.</summary>
    public Dictionary<ulong, string> ContextCasing { get; }

    public ImmutableArray<ContextCasing> ContextCasingEntries { get; }

    public ImmutableArray<KnownName> Names { get; }

    /// <summary>A sentence longer than this is split at its most likely boundary.</summary>
    public int MaxSentenceWords { get; }

    public static ulong ContextKey(ulong neighbour, bool follows, ulong word) => WordHash.Combine(neighbour ^ (follows ? 0xF011011EUL : 0xC0C0A5E5UL), word);

    public static PunctuationModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a punctuation model of this version.");
        }

        var maxSentence = reader.ReadInt32();
        var pass1 = HashedNetwork.Read(reader);
        var pass2 = HashedNetwork.Read(reader);
        var questions = QuestionClassifier.Read(reader);
        var casingCount = reader.ReadInt32();
        var casing = new Dictionary<string, string>(casingCount, StringComparer.Ordinal);
        for (var i = 0; i < casingCount; i++)
        {
            var form = reader.ReadString();
            casing[form.ToLowerInvariant()] = form;
        }

        var contextCount = reader.ReadInt32();
        var contexts = new List<ContextCasing>(contextCount);
        for (var i = 0; i < contextCount; i++)
        {
            contexts.Add(new ContextCasing(reader.ReadString(), reader.ReadBoolean(), reader.ReadString()));
        }

        var nameCount = reader.ReadInt32();
        var names = ImmutableArray.CreateBuilder<KnownName>(nameCount);
        for (var i = 0; i < nameCount; i++)
        {
            var form = reader.ReadString();
            names.Add(new KnownName(form, reader.ReadInt32()));
        }

        return new PunctuationModel(pass1, pass2, questions, casing, contexts, names.MoveToImmutable(), maxSentence);
    }

    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(MaxSentenceWords);
        Pass1.Write(writer);
        Pass2.Write(writer);
        Questions.Write(writer);

        // Sorted so the file is byte-identical across runs.
        var forms = Casing.Values.ToArray();
        Array.Sort(forms, StringComparer.Ordinal);
        writer.Write(forms.Length);
        foreach (var form in forms)
        {
            writer.Write(form);
        }

        writer.Write(ContextCasingEntries.Length);
        foreach (var entry in ContextCasingEntries)
        {
            writer.Write(entry.Context);
            writer.Write(entry.Follows);
            writer.Write(entry.Form);
        }

        writer.Write(Names.Length);
        foreach (var name in Names)
        {
            writer.Write(name.Form);
            writer.Write(name.Count);
        }
    }

    private static PunctuationModel LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing; run train-punctuation.");
        return Read(stream);
    }
}
