using System.Diagnostics.CodeAnalysis;

namespace SiteGen.Core.Documents;

/// <summary>An immutable unit of content flowing through pipelines; every change returns a new document.</summary>
public sealed class Document
{
    public Document(string? source, string? destination, string content, Metadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        Source = source;
        Destination = destination;
        Content = content;
        Metadata = metadata ?? Metadata.Empty;
    }

    /// <summary>Relative input path, used in error messages; null for generated documents.</summary>
    public string? Source { get; }

    /// <summary>Relative output path; null when the document is not written.</summary>
    public string? Destination { get; }

    public string Content { get; }

    public Metadata Metadata { get; }

    public Document WithContent(string content) => new(Source, Destination, content, Metadata);

    public Document WithDestination(string? destination) => new(Source, destination, Content, Metadata);

    public Document WithMetadata(Metadata metadata) => new(Source, Destination, Content, metadata);

    public Document With(string key, object? value) => new(Source, Destination, Content, Metadata.With(key, value));

    public T Get<T>(string key) => Metadata.Get<T>(key);

    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value) => Metadata.TryGet(key, out value);

    public T GetOrDefault<T>(string key, T fallback) => Metadata.GetOrDefault(key, fallback);

    public override string ToString() => Source ?? Destination ?? "(generated)";
}
