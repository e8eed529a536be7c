using System.Collections.Immutable;
using SiteGen.Rendering;
using SiteGen.Text.Names;
using SiteGen.Settings;

namespace SiteGen.Building;

/// <summary>What every pipeline of one build shares: the settings, the parsed theme and the folders.</summary>
internal sealed record SiteContext(
    SiteSettings Settings,
    ImmutableArray<GlossaryEntry> Glossary,
    ThemeRenderer Theme,
    string InputDirectory,
    string ThemeDirectory,
    AtomicOutput Output,
    bool SearchEnabled)
{
    /// <summary>The keys of reusable files in the previous output; null without a cache.</summary>
    public OutputManifest? Manifest { get; init; }

    public Modules.WriteFiles Writer() => new(Output, Manifest);
}
