namespace SiteGen.Core.Pipelines;

/// <summary>Invalid pipeline set: duplicate name, unknown dependency or dependency cycle.</summary>
public sealed class PipelineException(string message) : Exception(message);
