using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Core.Caching;

namespace SiteGen.Core.Tests.Caching;

public sealed class ContentCacheTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Folder => Path.Combine(_temp.Path, ".cache");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_miss_then_a_hit_that_persists_across_instances()
    {
        var key = ContentCache.ComputeKey("punctuate", "1", "so we went there");
        var first = new ContentCache(Folder);

        Assert.False(first.TryGetString(key, out _));
        first.Set(key, "So we went there.");
        Assert.True(new ContentCache(Folder).TryGetString(key, out var value));
        Assert.Equal("So we went there.", value);
        Assert.Equal((0L, 1L, 1L), (first.Hits, first.Misses, first.Writes));
    }

    [Fact]
    public void Bytes_round_trip_including_an_empty_value()
    {
        var cache = new ContentCache(Folder);
        var key = ContentCache.ComputeKey("bytes", "1", "");
        var empty = ContentCache.ComputeKey("bytes", "1", "empty");

        cache.Set(key, [0, 255, 7]);
        cache.Set(empty, ReadOnlySpan<byte>.Empty);

        Assert.True(cache.TryGet(key, out var bytes));
        Assert.Equal([0, 255, 7], bytes);
        Assert.True(cache.TryGet(empty, out var none));
        Assert.Empty(none);
    }

    [Fact]
    public void Keys_are_sha256_over_length_prefixed_parts()
    {
        var key = ContentCache.ComputeKey("stage", "v2", "input", "model=abc", "lang=en");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Framed("stage", "v2", "input", "model=abc", "lang=en"))), key);
        Assert.Equal(key, ContentCache.ComputeKey("stage", "v2", "input", "model=abc", "lang=en"));
        Assert.NotEqual(key, ContentCache.ComputeKey("stage", "v3", "input", "model=abc", "lang=en"));
        Assert.NotEqual(key, ContentCache.ComputeKey("stage", "v2", "input", "model=abd", "lang=en"));
        Assert.NotEqual(ContentCache.ComputeKey("ab", "c", ""), ContentCache.ComputeKey("a", "bc", ""));
    }

    [Fact]
    public void Keys_not_made_by_ComputeKey_are_rejected()
    {
        var cache = new ContentCache(Folder);

        Assert.Throws<ArgumentException>(() => cache.Set("../escape", "x"));
        Assert.Throws<ArgumentException>(() => cache.TryGet(new string('A', 64), out _));
    }

    [Theory]
    [InlineData("flip-payload")]
    [InlineData("flip-hash")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    public void A_damaged_entry_is_a_miss_and_GetOrAdd_repairs_it(string damage)
    {
        var key = ContentCache.ComputeKey("summary", "1", "text");
        new ContentCache(Folder).Set(key, "A summary.");
        var file = Assert.Single(Directory.GetFiles(Folder, "*.entry", SearchOption.AllDirectories));
        var data = File.ReadAllBytes(file);
        switch (damage)
        {
            case "flip-payload": data[^1] ^= 1; break;
            case "flip-hash": data[10] ^= 1; break;
            case "truncate": data = data[..20]; break;
            default: data = Encoding.UTF8.GetBytes("not a cache entry at all, just some text"); break;
        }

        File.WriteAllBytes(file, data);
        var cache = new ContentCache(Folder);
        var calls = 0;

        Assert.False(cache.TryGetString(key, out _));
        Assert.Equal("A summary.", cache.GetOrAdd(key, () => { calls++; return "A summary."; }));
        Assert.Equal(1, calls);
        Assert.True(new ContentCache(Folder).TryGetString(key, out var repaired));
        Assert.Equal("A summary.", repaired);
    }

    [Fact]
    public void GetOrAdd_computes_once_then_reads_the_stored_value()
    {
        var key = ContentCache.ComputeKey("glossary", "1", "text");
        var calls = 0;
        string Factory() => $"computed {++calls}";

        Assert.Equal("computed 1", new ContentCache(Folder).GetOrAdd(key, Factory));
        Assert.Equal("computed 1", new ContentCache(Folder).GetOrAdd(key, Factory));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void PruneUnused_deletes_entries_this_build_neither_read_nor_wrote()
    {
        var keys = Enumerable.Range(0, 4).Select(i => ContentCache.ComputeKey("stage", "1", $"input {i}")).ToArray();
        var previous = new ContentCache(Folder);
        foreach (var key in keys[..3])
        {
            previous.Set(key, key);
        }

        var leftover = Path.Combine(Folder, "zz.1234.tmp");
        File.WriteAllText(leftover, "half-written");
        var build = new ContentCache(Folder);
        Assert.True(build.TryGet(keys[0], out _));
        Assert.False(build.TryGet(ContentCache.ComputeKey("stage", "1", "absent"), out _));
        build.Set(keys[3], "new");

        Assert.Equal(2, build.PruneUnused());

        var after = new ContentCache(Folder);
        Assert.Equal([true, false, false, true], keys.Select(k => after.TryGet(k, out _)));
        Assert.False(File.Exists(leftover));
        Assert.Equal(0, build.PruneUnused());
    }

    [Fact]
    public void PruneUnused_on_a_missing_folder_does_nothing()
    {
        Assert.Equal(0, new ContentCache(Path.Combine(Folder, "never-created")).PruneUnused());
    }

    [Fact]
    public void Parallel_readers_and_writers_on_shared_keys_all_see_correct_values()
    {
        var keys = Enumerable.Range(0, 8).Select(i => ContentCache.ComputeKey("stage", "1", $"input {i}")).ToArray();
        var caches = new[] { new ContentCache(Folder), new ContentCache(Folder) };
        var results = new string[400];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var key = keys[i % keys.Length];
            results[i] = caches[i % 2].GetOrAdd(key, () => "value for " + key);
        });

        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal("value for " + keys[x.i % keys.Length], x.r));
        Assert.Empty(Directory.GetFiles(Folder, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(keys.Length, Directory.GetFiles(Folder, "*.entry", SearchOption.AllDirectories).Length);
    }

    private static byte[] Framed(params string[] parts)
    {
        var buffer = new List<byte>();
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            var length = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            buffer.AddRange(length);
            buffer.AddRange(bytes);
        }

        return [.. buffer];
    }
}
