namespace SiteGen.Tests;

/// <summary>A fact that needs Pagefind (<c>npm ci --prefix theme</c>); skipped, saying so, where it is not installed.</summary>
internal sealed class PagefindFactAttribute : FactAttribute
{
    public PagefindFactAttribute()
    {
        if (SiteGen.Building.Pagefind.Find(Repository.Theme) is null)
        {
            Skip = "Pagefind is not installed: run npm ci --prefix theme.";
        }
    }
}
