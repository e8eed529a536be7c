namespace SiteGen.Training.Corpus;

/// <summary>One row of pairs.tsv: a raw caption file and the Whisper transcript of the same episode.</summary>
internal sealed record CorpusPair(int Episode, string RawPath, string PunctuatedPath, string RawStyle);
