using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>Reads every transcript file of the input folder, with its optional sidecar <c>&lt;name&gt;.yml</c>.</summary>
internal sealed class ReadTranscripts(string inputDirectory) : IModule
{
    public static readonly ImmutableArray<string> Extensions = [".txt", ".vtt", ".srt", ".json", ".md", ".markdown"];

    public const string SidecarKey = "Sidecar";
    public const string SidecarSourceKey = "SidecarSource";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        if (!Directory.Exists(inputDirectory))
        {
            throw new DirectoryNotFoundException($"The input folder '{inputDirectory}' does not exist.");
        }

        var files = Directory.EnumerateFiles(inputDirectory, "*", SearchOption.AllDirectories)
            .Where(IsTranscript)
            .Select(f => Path.GetRelativePath(inputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var documents = ImmutableArray.CreateBuilder<Document>(files.Count);
        foreach (var relative in files)
        {
            ct.ThrowIfCancellationRequested();
            var full = Path.Combine(inputDirectory, relative);
            var document = new Document(relative, null, File.ReadAllText(full));
            var sidecar = Path.ChangeExtension(full, ".yml");
            if (File.Exists(sidecar))
            {
                document = document
                    .With(SidecarKey, File.ReadAllText(sidecar))
                    .With(SidecarSourceKey, Path.GetRelativePath(inputDirectory, sidecar).Replace('\\', '/'));
            }

            documents.Add(document);
        }

        context.Log.Info($"Found {documents.Count} transcript(s) in {inputDirectory}");
        return Task.FromResult(documents.ToImmutable());
    }

    private static bool IsTranscript(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = path.Split(Path.DirectorySeparatorChar);
        if (parts.Any(p => p is "node_modules" or "assets"))
        {
            return false;
        }

        return Extensions.Contains(Path.GetExtension(path).ToLowerInvariant(), StringComparer.Ordinal);
    }
}
