using System.Collections.Immutable;

namespace SiteGen.Cli;

/// <summary>The parsed command line: a verb and <c>--name value</c> / <c>--flag</c> options.</summary>
internal sealed record CommandLine(string Verb, ImmutableDictionary<string, string?> Options)
{
    private static readonly ImmutableHashSet<string> Flags = ["keep-going", "no-search", "no-cache", "help"];

    public static CommandLine Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            throw new UsageException("Missing command: build or serve.");
        }

        var options = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"Unexpected argument '{arg}'.");
            }

            var name = arg[2..];
            if (Flags.Contains(name))
            {
                options[name] = null;
            }
            else if (i + 1 < args.Length)
            {
                options[name] = args[++i];
            }
            else
            {
                throw new UsageException($"Option '{arg}' needs a value.");
            }
        }

        return new CommandLine(args[0], options.ToImmutable());
    }

    public string Get(string name, string fallback) => Options.TryGetValue(name, out var value) && value is not null ? value : fallback;

    public bool Has(string flag) => Options.ContainsKey(flag);
}
