using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>Publishes the images of the input folder's top level (show artwork) at the site root.</summary>
internal sealed class CopyInputMedia(string inputDirectory) : IModule
{
    private static readonly ImmutableArray<string> Extensions = [".png", ".jpg", ".jpeg", ".webp", ".svg"];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        var files = Directory.EnumerateFiles(inputDirectory)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant(), StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new Document(Path.GetFileName(f), Path.GetFileName(f), "").With(WriteFiles.BytesKey, File.ReadAllBytes(f)));
        return Task.FromResult(inputs.AddRange(files));
    }
}
