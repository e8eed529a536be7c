namespace SiteGen.Core.Pipelines;

/// <summary>Elapsed time of one module, or of a whole pipeline phase when <see cref="Module"/> is null.</summary>
public sealed record Timing(string Pipeline, Phase Phase, string? Module, TimeSpan Elapsed);
