using System.Collections.Concurrent;
using System.Text.Json;
using SiteGen.Core.Caching;

namespace SiteGen.Building;

/// <summary>
/// Which content key each reusable output file of the published site was made from, kept in the cache. A file whose
/// key is unchanged is kept in the previous output instead of being generated again. The record is cleared
/// before the output is published and written after, so it never describes an output it did not come from.
/// </summary>
internal sealed class OutputManifest
{
    private readonly ContentCache cache;
    private readonly string entry;
    private readonly Dictionary<string, string> previous;
    private readonly ConcurrentDictionary<string, string> current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> made = new(StringComparer.Ordinal);
    private int fresh;

    private OutputManifest(ContentCache cache, string entry, Dictionary<string, string> previous)
    {
        this.cache = cache;
        this.entry = entry;
        this.previous = previous;
    }

    /// <summary>The version of the site code: a new build of the generator makes every key new.</summary>
    public static string CodeVersion { get; } = typeof(OutputManifest).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static OutputManifest Load(ContentCache cache, string outputDirectory)
    {
        var entry = ContentCache.ComputeKey(nameof(OutputManifest), "1", Path.GetFullPath(outputDirectory));
        var previous = StageCache.TryGet<Dictionary<string, string>>(cache, entry) ?? [];
        return new OutputManifest(cache, entry, new Dictionary<string, string>(previous, StringComparer.Ordinal));
    }

    /// <summary>Whether the published file at the destination was made from this key; records the key for this build.</summary>
    public bool Unchanged(string destination, string key)
    {
        current[destination] = key;
        return previous.TryGetValue(destination, out var was) && was == key;
    }

    /// <summary>How many files of this build were written anew rather than linked from the previous output.</summary>
    public int Fresh => Volatile.Read(ref fresh);

    public void CountFresh() => Interlocked.Increment(ref fresh);

    /// <summary>The files whose content this build made (rendered), whether or not their bytes were new.</summary>
    public IEnumerable<string> Made => made.Keys.Order(StringComparer.Ordinal);

    public void CountMade(string destination) => made.TryAdd(destination, 0);

    public void Clear() => StageCache.Set(cache, entry, new Dictionary<string, string>());

    public void Save() => StageCache.Set(cache, entry, new SortedDictionary<string, string>(current, StringComparer.Ordinal));
}
