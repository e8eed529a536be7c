using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>Reads every transcript file of the input folder, with its optional sidecar <c>&lt;name&gt;.yml</c>.</summary>
internal sealed class ReadTranscripts(string inputDirectory) : IModule
{
    public static readonly ImmutableArray<string> Extensions = [".txt", ".vtt", ".srt", ".json", ".md", ".markdown"];

    public const string SidecarKey = "Sidecar";
    public const string SidecarSourceKey = "SidecarSource";

    /// <summary>Why the file (or its sidecar) could not be read as text; the parse stage reports it for this episode alone.</summary>
    public const string InputErrorKey = "InputError";

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
            var document = Read(context.Log, full, relative, InputDecoder.MaxTranscriptBytes, out var error) is { } text
                ? new Document(relative, null, text)
                : new Document(relative, null, string.Empty).With(InputErrorKey, error);
            var sidecar = Path.ChangeExtension(full, ".yml");
            if (error is null && File.Exists(sidecar))
            {
                var sidecarSource = Path.GetRelativePath(inputDirectory, sidecar).Replace('\\', '/');
                document = Read(context.Log, sidecar, sidecarSource, InputDecoder.MaxSidecarBytes, out error) is { } yaml
                    ? document.With(SidecarKey, yaml).With(SidecarSourceKey, sidecarSource)
                    : document.With(InputErrorKey, ForSidecar(error!));
            }

            documents.Add(document);
        }

        context.Log.Info($"Found {documents.Count} transcript(s) in {inputDirectory}");
        return Task.FromResult(documents.ToImmutable());
    }

    private static string? Read(IBuildLog log, string path, string name, long maxBytes, out TranscriptFormatException? error)
    {
        try
        {
            error = null;
            var text = InputDecoder.ReadFile(path, name, maxBytes, out var warning);
            if (warning is not null)
            {
                log.Warn(warning);
            }

            return text;
        }
        catch (TranscriptFormatException e)
        {
            error = e;
            return null;
        }
    }

    /// <summary>
    /// The error is reported under the transcript's name; a line number there would point into the wrong file,
    /// so the sidecar's own name and line stay in the message only.
    /// </summary>
    internal static TranscriptFormatException ForSidecar(TranscriptFormatException error) =>
        error.Line == 0 ? error : new TranscriptFormatException(error.Message, 0, error);

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
