namespace SiteGen.EndToEnd.Tests;

/// <summary>A fact that skips, saying why, when Chromium, Pagefind or axe-core is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Prerequisites.Missing is { } reason)
        {
            Skip = reason;
        }
    }
}
