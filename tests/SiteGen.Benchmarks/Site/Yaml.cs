using System.Text;

namespace SiteGen.Benchmarks.Site;

internal static class Yaml
{
    /// <summary>A double-quoted YAML scalar: titles carry colons, pipes and quotes.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                _ when char.IsControl(c) => quoted.Append(' '),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
