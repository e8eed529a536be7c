using System.Collections.Immutable;
using System.Text;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>
/// Writes each document with a destination under the output folder, as UTF-8 without a BOM. A file whose bytes
/// equal those of the previous build is that file, hard-linked: it keeps its old modification time, so hosts and rsync
/// see it unchanged, and no bytes are copied.
/// </summary>
internal sealed class WriteFiles(string outputDirectory, string? previousDirectory = null, OutputManifest? manifest = null) : PerDocumentModule
{
    public const string BytesKey = "Bytes";

    /// <summary>A key for everything the file's content is made from (string); with <see cref="ContentFactoryKey"/>.</summary>
    public const string ReuseKey = "ReuseKey";

    /// <summary>Makes the content (Func&lt;string&gt;), called only when the previous output has no file with the same key.</summary>
    public const string ContentFactoryKey = "ContentFactory";

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
        if (input.TryGet<string>(ReuseKey, out var key) && previousDirectory is not null && manifest is not null
            && manifest.Unchanged(input.Destination, key))
        {
            var published = new FileInfo(Path.Combine(previousDirectory, input.Destination));
            if (published.Exists)
            {
                HardLinks.LinkOrCopy(published.FullName, path);
                return [input];
            }
        }

        var bytes = input.TryGet<byte[]>(BytesKey, out var raw) ? raw
            : input.TryGet<Func<string>>(ContentFactoryKey, out var factory) ? Utf8.GetBytes(factory())
            : Utf8.GetBytes(input.Content);
        if (previousDirectory is not null)
        {
            var previous = Path.Combine(previousDirectory, input.Destination);
            var info = new FileInfo(previous);
            if (info.Exists && info.Length == bytes.Length && (await File.ReadAllBytesAsync(previous, ct).ConfigureAwait(false)).AsSpan().SequenceEqual(bytes))
            {
                HardLinks.LinkOrCopy(previous, path);
                return [input];
            }
        }

        if (File.Exists(path))
        {
            File.Delete(path);
        }

        await File.WriteAllBytesAsync(path, bytes, ct).ConfigureAwait(false);
        manifest?.CountFresh();
        return [input];
    }
}
