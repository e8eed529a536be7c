using System.Collections.Immutable;
using System.Text;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>
/// Writes each document with a destination under the output folder, as UTF-8 without a BOM. A file whose bytes
/// equal those of the previous build keeps its old modification time, so hosts and rsync see it unchanged.
/// </summary>
internal sealed class WriteFiles(string outputDirectory, string? previousDirectory = null) : PerDocumentModule
{
    public const string BytesKey = "Bytes";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    protected override async ValueTask<ImmutableArray<Document>> ExecuteDocumentAsync(Document input, IExecutionContext context, CancellationToken ct)
    {
        if (input.Destination is null)
        {
            return [input];
        }

        var path = Path.GetFullPath(Path.Combine(outputDirectory, input.Destination));
        if (!path.StartsWith(Path.GetFullPath(outputDirectory), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{input.Destination}' outside the output folder.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = input.TryGet<byte[]>(BytesKey, out var raw) ? raw : Utf8.GetBytes(input.Content);
        await File.WriteAllBytesAsync(path, bytes, ct).ConfigureAwait(false);
        if (previousDirectory is not null)
        {
            var previous = Path.Combine(previousDirectory, input.Destination);
            var info = new FileInfo(previous);
            if (info.Exists && info.Length == bytes.Length && (await File.ReadAllBytesAsync(previous, ct).ConfigureAwait(false)).AsSpan().SequenceEqual(bytes))
            {
                File.SetLastWriteTimeUtc(path, info.LastWriteTimeUtc);
            }
        }

        return [input];
    }
}
