using System.Collections.Immutable;
using SiteGen.Text.Chapters;

namespace SiteGen.Text.Summary;

/// <summary>An episode's chapters and its summary, made from one analysis of its paragraphs.</summary>
public sealed record EpisodeOutline(ImmutableArray<Chapter> Chapters, EpisodeSummary Summary);
