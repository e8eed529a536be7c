using System.Collections.Immutable;

namespace SiteGen.Text.Summary;

/// <summary>A few sentences on who the guest is and what the conversation covers, and a one-line description.</summary>
public sealed record EpisodeSummary(ImmutableArray<string> Sentences, string Description);
