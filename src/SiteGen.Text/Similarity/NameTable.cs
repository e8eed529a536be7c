using System.Collections.Immutable;
using System.Text;

namespace SiteGen.Text.Similarity;

/// <summary>
/// Interns guest or entity names case- and spacing-insensitively ("Max  Tegmark" = "max tegmark"); the display
/// spelling is the ordinally smallest seen, which prefers capitals and does not depend on input order.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> keys = [];
    private readonly List<string> displays = [];

    public IReadOnlyList<string> Keys => keys;

    public IReadOnlyList<string> Displays => displays;

    /// <summary>Interns the names of one episode; returns their distinct ids.</summary>
    public int[] AddAll(ImmutableArray<string> names)
    {
        if (names.IsDefaultOrEmpty)
        {
            return [];
        }

        var result = new List<int>(names.Length);
        foreach (string name in names)
        {
            string display = Collapse(name);
            if (display.Length == 0)
            {
                continue;
            }

            string key = display.ToLowerInvariant();
            if (!ids.TryGetValue(key, out int id))
            {
                id = keys.Count;
                ids.Add(key, id);
                keys.Add(key);
                displays.Add(display);
            }
            else if (string.CompareOrdinal(display, displays[id]) < 0)
            {
                displays[id] = display;
            }

            if (!result.Contains(id))
            {
                result.Add(id);
            }
        }

        return [.. result];
    }

    private static string Collapse(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name.AsSpan().Trim())
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
