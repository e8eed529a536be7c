using SiteGen.Building;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;

namespace SiteGen.Pipelines;

/// <summary>The theme's stylesheet, script and images, fingerprinted.</summary>
internal static class Assets
{
    public const string Name = nameof(Assets);

    public static Pipeline Create(SiteContext site) => new(Name)
    {
        Input = [new CopyAssets(Path.Combine(site.ThemeDirectory, "assets")), new CopyInputMedia(site.InputDirectory)],
        Output = [site.Writer()],
    };
}
