using System.Collections.Immutable;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Names;

/// <summary>The repaired sentences (same count and order as the input) and every replacement made.</summary>
public sealed record NameRepairResult(ImmutableArray<Sentence> Sentences, ImmutableArray<NameReplacement> Replacements);
