using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace SiteGen.Core.Documents;

/// <summary>Immutable key/value bag with ordinal keys, enumerated in ordinal key order.</summary>
public sealed class Metadata : IReadOnlyDictionary<string, object?>
{
    public static Metadata Empty { get; } = new(ImmutableSortedDictionary.Create<string, object?>(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, object?> _items;

    private Metadata(ImmutableSortedDictionary<string, object?> items) => _items = items;

    public static Metadata From(IEnumerable<KeyValuePair<string, object?>> items) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, items));

    public int Count => _items.Count;

    public IEnumerable<string> Keys => _items.Keys;

    public IEnumerable<object?> Values => _items.Values;

    public object? this[string key] => Get<object?>(key);

    public bool ContainsKey(string key) => _items.ContainsKey(key);

    public bool TryGetValue(string key, out object? value) => _items.TryGetValue(key, out value);

    /// <summary>The value under <paramref name="key"/>; throws naming the key when it is missing or of another type.</summary>
    public T Get<T>(string key)
    {
        if (!_items.TryGetValue(key, out var value))
        {
            throw new KeyNotFoundException($"Metadata key '{key}' is missing.");
        }

        if (value is T typed)
        {
            return typed;
        }

        if (value is null && default(T) is null)
        {
            return default!;
        }

        throw new InvalidCastException(
            $"Metadata key '{key}' holds {value?.GetType().Name ?? "null"}, not {typeof(T).Name}.");
    }

    /// <summary>True when the key is present and its value is a non-null <typeparamref name="T"/>.</summary>
    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (_items.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    public T GetOrDefault<T>(string key, T fallback) => TryGet<T>(key, out var value) ? value : fallback;

    public Metadata With(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(_items.SetItem(key, value));
    }

    public Metadata With(IEnumerable<KeyValuePair<string, object?>> items) => new(_items.SetItems(items));

    public Metadata Without(string key) => new(_items.Remove(key));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
