namespace SiteGen.Core.Pipelines;

public readonly record struct BuildProgress(string Pipeline, Phase Phase, string Module, int Completed, int Total);
