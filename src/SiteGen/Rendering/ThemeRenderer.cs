using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;

namespace SiteGen.Rendering;

/// <summary>
/// Renders the theme's Liquid templates. Templates are read from the theme folder at build time,
/// so a podcaster edits them without recompiling.
/// </summary>
internal sealed partial class ThemeRenderer
{
    public const string LayoutTemplate = "layout";

    private readonly FrozenDictionary<string, IFluidTemplate> _templates;
    private readonly TemplateOptions _options;
    private readonly string _themeName;

    private ThemeRenderer(string themeName, FrozenDictionary<string, IFluidTemplate> templates, string fingerprint)
    {
        _themeName = themeName;
        Fingerprint = fingerprint;
        _templates = templates;
        _options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
    }

    /// <summary>Parses every <c>*.liquid</c> file of <paramref name="sources"/> (name without extension → text).</summary>
    public static ThemeRenderer Parse(string themeName, IEnumerable<KeyValuePair<string, string>> sources)
    {
        var parser = new FluidParser();
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, text) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{name.Length}:{name}{text.Length}:"));
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            if (!parser.TryParse(text, out var template, out var error))
            {
                throw new ThemeException($"{themeName}/templates/{name}.liquid{LineOf(error)}: {error}");
            }

            templates[name] = template;
        }

        return new ThemeRenderer(themeName, templates.ToFrozenDictionary(StringComparer.Ordinal), Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>A hash of every template's name and text: pages made with other templates have other keys.</summary>
    public string Fingerprint { get; }

    public bool Has(string template) => _templates.ContainsKey(template);

    /// <summary>Renders <paramref name="template"/> into the layout. Values are HTML-encoded unless a template asks for <c>raw</c>.</summary>
    public string RenderPage(string template, IReadOnlyDictionary<string, object?> values)
    {
        var body = Render(template, values, null);
        return Render(LayoutTemplate, values, body);
    }

    private string Render(string name, IReadOnlyDictionary<string, object?> values, string? content)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new ThemeException($"{_themeName}/templates/{name}.liquid: the theme has no such template");
        }

        var context = new TemplateContext(_options);
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }

        if (content is not null)
        {
            context.SetValue("content", content);
        }

        try
        {
            return template.Render(context, HtmlEncoder.Default);
        }
        catch (Exception e) when (e is not ThemeException)
        {
            throw new ThemeException($"{_themeName}/templates/{name}.liquid: {e.Message}", e);
        }
    }

    private static string LineOf(string error)
    {
        var match = LinePattern().Match(error);
        return !match.Success ? "" : ":" + (match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }

    [GeneratedRegex(@"line\s*:?\s*(\d+)|\((\d+):\d+\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinePattern();
}
