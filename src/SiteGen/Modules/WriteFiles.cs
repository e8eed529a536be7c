using System.Collections.Immutable;
using System.Text;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>
/// Writes each document with a destination into the build's staging folder, as UTF-8 without a BOM. A file whose bytes
/// equal those of the published output is not written: the published file is kept as it is, with its old modification
/// time, so hosts and rsync see it unchanged.
/// </summary>
internal sealed class WriteFiles(AtomicOutput output, OutputManifest? manifest = null) : PerDocumentModule
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

        var staging = Path.GetFullPath(output.StagingDirectory);
        var path = Path.GetFullPath(Path.Combine(staging, input.Destination));
        if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{input.Destination}' outside the output folder.");
        }

        var published = new FileInfo(Path.Combine(output.PublishedDirectory, input.Destination));
        if (input.TryGet<string>(ReuseKey, out var key) && manifest is not null && manifest.Unchanged(input.Destination, key) && published.Exists)
        {
            output.Keep(input.Destination);
            return [input];
        }

        manifest?.CountMade(input.Destination);
        var bytes = input.TryGet<byte[]>(BytesKey, out var raw) ? raw
            : input.TryGet<Func<string>>(ContentFactoryKey, out var factory) ? Utf8.GetBytes(factory())
            : Utf8.GetBytes(input.Content);
        if (published.Exists && published.Length == bytes.Length
            && (await File.ReadAllBytesAsync(published.FullName, ct).ConfigureAwait(false)).AsSpan().SequenceEqual(bytes))
        {
            output.Keep(input.Destination);
            return [input];
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct).ConfigureAwait(false);
        output.Staged(input.Destination);
        manifest?.CountFresh();
        return [input];
    }
}
