using System.Collections.Immutable;
using System.Text;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>Writes each document with a destination under the output folder, as UTF-8 without a BOM.</summary>
internal sealed class WriteFiles(string outputDirectory) : PerDocumentModule
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
        if (input.TryGet<byte[]>(BytesKey, out var bytes))
        {
            await File.WriteAllBytesAsync(path, bytes, ct).ConfigureAwait(false);
        }
        else
        {
            await File.WriteAllTextAsync(path, input.Content, Utf8, ct).ConfigureAwait(false);
        }

        return [input];
    }
}
