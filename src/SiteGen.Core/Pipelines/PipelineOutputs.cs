using System.Collections.Immutable;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>Documents per pipeline name, in pipeline execution order.</summary>
public sealed class PipelineOutputs
{
    public static PipelineOutputs Empty { get; } = new([]);

    private readonly ImmutableDictionary<string, ImmutableArray<Document>> _byName;

    public PipelineOutputs(IEnumerable<KeyValuePair<string, ImmutableArray<Document>>> outputs)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        var byName = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        foreach (var (name, documents) in outputs)
        {
            names.Add(name);
            byName.Add(name, documents.IsDefault ? [] : documents);
        }

        Names = names.ToImmutable();
        _byName = byName.ToImmutable();
    }

    public ImmutableArray<string> Names { get; }

    /// <summary>Every visible document, pipeline by pipeline in <see cref="Names"/> order.</summary>
    public ImmutableArray<Document> All => [.. Names.SelectMany(name => _byName[name])];

    public ImmutableArray<Document> this[string pipeline] => TryGet(pipeline, out var documents)
        ? documents
        : throw new KeyNotFoundException(
            $"Outputs of pipeline '{pipeline}' are not visible here (visible: {(Names.IsEmpty ? "none" : string.Join(", ", Names))}). " +
            "Declare it as a dependency, or read it in a later phase.");

    public bool TryGet(string pipeline, out ImmutableArray<Document> documents) => _byName.TryGetValue(pipeline, out documents);
}
