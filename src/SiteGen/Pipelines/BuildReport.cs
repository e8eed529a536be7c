using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Text.Names;

namespace SiteGen.Pipelines;

/// <summary>
/// Files for the podcaster, not for listeners: every automatic name repair, so it can be audited and
/// overridden with an alias in glossary.yml. Kept out of search engines by robots.txt.
/// </summary>
internal static class BuildReport
{
    public const string Name = nameof(BuildReport);
    public const string Folder = "_report";

    public static Pipeline Create(SiteContext site) => new(Name)
    {
        Dependencies = [Episodes.Name],
        Input = [new Seed(new Document(null, null, ""))],
        Output =
        [
            new MapMany("CreateReport", context => [new Document(null, $"{Folder}/name-repairs.tsv", NameRepairs(context.Outputs[Episodes.Name]))]),
            site.Writer(),
        ],
    };

    public static string NameRepairs(IEnumerable<Document> episodes)
    {
        var text = new StringBuilder("file\tsentence\toriginal\treplacement\treason\tscore\n");
        foreach (var episode in episodes.OrderBy(e => e.Source, StringComparer.Ordinal))
        {
            foreach (var r in episode.GetOrDefault(Keys.NameRepairs, ImmutableArray<NameReplacement>.Empty))
            {
                text.Append(CultureInfo.InvariantCulture, $"{episode.Source}\t{r.SentenceIndex + 1}\t{Clean(r.Original)}\t{Clean(r.Replacement)}\t{r.Reason}\t{r.Score:0.00}\n");
            }
        }

        return text.ToString();
    }

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
