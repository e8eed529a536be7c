using System.Text.Json;
using SiteGen.Core.Caching;
using SiteGen.Core.Pipelines;

namespace SiteGen.Building;

/// <summary>
/// Per-episode results in the persistent cache, as JSON. A stage's key chains the key of what it reads
/// (the document's fingerprint) with its own version, so a change upstream or to a model invalidates
/// exactly the stages after it.
/// </summary>
internal static class StageCache
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = false, WriteIndented = false };

    /// <summary>The version of the text-analysis code; deterministic builds give the same value for the same code and models.</summary>
    public static readonly string CodeVersion = typeof(Text.Prose.Sentence).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The cached value under the key, or null when absent or written by an older shape of T.</summary>
    public static T? TryGet<T>(ContentCache cache, string key)
        where T : class
    {
        if (cache.TryGetString(key, out var json) && json is not null)
        {
            try
            {
                return JsonSerializer.Deserialize<T>(json, Json);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }

    public static void Set<T>(ContentCache cache, string key, T value) => cache.Set(key, JsonSerializer.SerializeToUtf8Bytes(value, Json));

    public static (T Value, string Key) GetOrCompute<T>(IExecutionContext context, string key, Func<T> compute)
    {
        var cache = context.Cache;
        if (cache is null)
        {
            return (compute(), key);
        }

        if (cache.TryGetString(key, out var json) && json is not null)
        {
            try
            {
                if (JsonSerializer.Deserialize<T>(json, Json) is { } cached)
                {
                    return (cached, key);
                }
            }
            catch (JsonException)
            {
                // A value written by an older shape of T: recompute and overwrite.
            }
        }

        var value = compute();
        cache.Set(key, JsonSerializer.Serialize(value, Json));
        return (value, key);
    }
}
