using System.Collections.Immutable;
using System.Security.Cryptography;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>
/// Reads the theme's assets and gives each a content-fingerprinted name (site.3f2a9c1b.css) so hosts can cache them forever.
/// The document's <see cref="LogicalKey"/> keeps the original name for templates to look up.
/// </summary>
internal sealed class CopyAssets(string assetsDirectory) : IModule
{
    public const string LogicalKey = "AssetName";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        if (!Directory.Exists(assetsDirectory))
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var file in Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var relative = Path.GetRelativePath(assetsDirectory, file).Replace('\\', '/');
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(relative);
            var fingerprinted = relative[..^extension.Length] + "." + hash + extension;
            documents.Add(new Document("theme/assets/" + relative, "assets/" + fingerprinted, "")
                .With(WriteFiles.BytesKey, bytes)
                .With(LogicalKey, relative));
        }

        return Task.FromResult(documents.ToImmutable());
    }
}
