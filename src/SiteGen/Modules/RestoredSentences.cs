using System.Collections.Immutable;
using SiteGen.Text.Prose;

namespace SiteGen.Modules;

/// <summary>The cached result of <see cref="RestorePunctuation"/>.</summary>
internal sealed record RestoredSentences(ImmutableArray<Sentence> Sentences, bool Restored);
