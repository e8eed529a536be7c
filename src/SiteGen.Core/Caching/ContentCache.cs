using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Core.Caching;

/// <summary>
/// Persistent content-addressed store: one file per key under <see cref="Directory"/>. Safe for parallel use;
/// writes are atomic (temp file, then rename) and a damaged entry reads as a miss.
/// </summary>
public sealed class ContentCache
{
    private const string EntryExtension = ".entry";
    private const string TempExtension = ".tmp";
    private const int HashLength = 32;
    private static readonly byte[] Magic = "SGC1"u8.ToArray();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ConcurrentDictionary<string, byte> _touched = new(StringComparer.Ordinal);
    private long _hits;
    private long _misses;
    private long _writes;

    public ContentCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    public string Directory { get; }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>
    /// Lowercase SHA-256 hex over the length-prefixed UTF-8 parts, so ("ab", "c") and ("a", "bc") differ.
    /// Bump <paramref name="version"/> whenever the stage's output for the same input changes.
    /// </summary>
    public static string ComputeKey(string stage, string version, string input, params ReadOnlySpan<string> settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, stage);
        Append(hash, version);
        Append(hash, input);
        foreach (var setting in settings)
        {
            Append(hash, setting);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? value)
    {
        value = Read(EntryPath(key));
        if (value is null)
        {
            Interlocked.Increment(ref _misses);
            return false;
        }

        _touched.TryAdd(key, 0);
        Interlocked.Increment(ref _hits);
        return true;
    }

    /// <summary>Keeps an entry through <see cref="PruneUnused"/> without reading it; false when there is none.</summary>
    public bool Touch(string key)
    {
        if (!File.Exists(EntryPath(key)))
        {
            return false;
        }

        _touched.TryAdd(key, 0);
        return true;
    }

    public bool TryGetString(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        value = null;
        if (!TryGet(key, out var bytes))
        {
            return false;
        }

        try
        {
            value = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            // Stored as bytes by someone else: not a string entry.
            Interlocked.Decrement(ref _hits);
            Interlocked.Increment(ref _misses);
            return false;
        }
    }

    public void Set(string key, ReadOnlySpan<byte> value)
    {
        var path = EntryPath(key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}{TempExtension}";
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(Magic);
            stream.Write(SHA256.HashData(value));
            stream.Write(value);
        }

        try
        {
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A concurrent writer holds the entry; same key means same content, so theirs will do.
            File.Delete(temp);
            if (!File.Exists(path))
            {
                throw;
            }
        }

        _touched.TryAdd(key, 0);
        Interlocked.Increment(ref _writes);
    }

    public void Set(string key, string value) => Set(key, StrictUtf8.GetBytes(value));

    public string GetOrAdd(string key, Func<string> factory)
    {
        if (TryGetString(key, out var cached))
        {
            return cached;
        }

        var value = factory();
        Set(key, value);
        return value;
    }

    public byte[] GetOrAdd(string key, Func<byte[]> factory)
    {
        if (TryGet(key, out var cached))
        {
            return cached;
        }

        var value = factory();
        Set(key, value);
        return value;
    }

    /// <summary>
    /// Deletes entries neither read nor written through this instance, plus leftover temp files. Call once at the
    /// end of a full build, when no other build uses the folder. Returns the number of entries deleted.
    /// </summary>
    public int PruneUnused()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(TempExtension, StringComparison.Ordinal))
            {
                TryDelete(file);
            }
            else if (name.EndsWith(EntryExtension, StringComparison.Ordinal)
                && !_touched.ContainsKey(name[..^EntryExtension.Length])
                && TryDelete(file))
            {
                deleted++;
            }
        }

        foreach (var folder in System.IO.Directory.EnumerateDirectories(Directory))
        {
            if (!System.IO.Directory.EnumerateFileSystemEntries(folder).Any())
            {
                System.IO.Directory.Delete(folder);
            }
        }

        return deleted;
    }

    private string EntryPath(string key)
    {
        if (key.Length != HashLength * 2 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"Cache key must be 64 lowercase hex digits (see {nameof(ComputeKey)}), got '{key}'.", nameof(key));
        }

        return Path.Combine(Directory, key[..2], key + EntryExtension);
    }

    private static byte[]? Read(string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var header = Magic.Length + HashLength;
        if (data.Length < header || !data.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var payload = data.AsSpan(header);
        return SHA256.HashData(payload).AsSpan().SequenceEqual(data.AsSpan(Magic.Length, HashLength))
            ? payload.ToArray()
            : null;
    }

    private static void Append(IncrementalHash hash, string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var bytes = StrictUtf8.GetBytes(part);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
