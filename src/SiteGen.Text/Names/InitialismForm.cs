namespace SiteGen.Text.Names;

/// <summary>
/// Initialisms as a page writes them. Tokenising gives a sentence-final "U.S." its last period as the sentence's, and the
/// corpus names learnt that way read "U.S", "George H.W".
/// </summary>
internal static class InitialismForm
{
    /// <summary>The name with the period its last initialism lost ("U.S" → "U.S."); other names unchanged.</summary>
    public static string Complete(string name)
    {
        var space = name.LastIndexOf(' ');
        var last = name.AsSpan(space + 1);
        if (last.Length < 3 || last.Length % 2 == 0)
        {
            return name;
        }

        for (var i = 0; i < last.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(last[i]) : last[i] != '.')
            {
                return name;
            }
        }

        return name + ".";
    }
}
