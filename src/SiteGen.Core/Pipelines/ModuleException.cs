namespace SiteGen.Core.Pipelines;

/// <summary>A module failure, naming where it happened; the original exception (with any line number) is the inner one.</summary>
public sealed class ModuleException : Exception
{
    public ModuleException(string pipeline, Phase phase, string module, string? source, Exception inner)
        : base(Describe(pipeline, phase, module, source, inner), inner)
    {
        Pipeline = pipeline;
        Phase = phase;
        Module = module;
        DocumentSource = source;
    }

    public string Pipeline { get; }

    public Phase Phase { get; }

    public string Module { get; }

    /// <summary>The failing document's input path; null when the whole module failed or the document was generated.</summary>
    public string? DocumentSource { get; }

    private static string Describe(string pipeline, Phase phase, string module, string? source, Exception inner) =>
        $"{(source is null ? "" : source + ": ")}{pipeline} pipeline, {phase} phase, module {module}: {inner.Message}";
}
