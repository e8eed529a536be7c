using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Pipelines;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>
/// Gives every episode a unique slug (its URL folder) and sorts episodes newest first. Runs over all
/// episodes at once because uniqueness is a site-wide property. A clash is warned about and resolved with "-2", "-3"...
/// in episode order (newest first, then by source path), so the same input always gets the same slugs.
/// </summary>
internal sealed class AssignSlugs : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        // Folder names the site itself uses; an episode may not take them.
        var used = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["assets"] = null, ["guests"] = null, ["topics"] = null, ["pagefind"] = null, [BuildReport.Folder] = null,
        };
        var output = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs.OrderBy(d => d, EpisodeOrder.NewestFirst))
        {
            var metadata = document.Get<TranscriptMetadata>(Keys.Episode);
            var wanted = metadata.Slug is { Length: > 0 } explicitSlug ? Slugs.From(explicitSlug) : Slugs.From(Suggest(metadata), 60);
            if (metadata.Slug is { Length: > 0 } && wanted != metadata.Slug)
            {
                context.Log.Warn($"{document.Source}: slug '{metadata.Slug}' is not URL-safe; using '{wanted}'");
            }

            var slug = wanted;
            for (var n = 2; !used.TryAdd(slug, document.Source); n++)
            {
                slug = string.Create(CultureInfo.InvariantCulture, $"{wanted}-{n}");
            }

            if (slug != wanted)
            {
                var owner = used[wanted] is { } other ? $"is taken by {other}" : "is reserved by the site";
                context.Log.Warn($"{document.Source}: slug '{wanted}' {owner}; using '{slug}'");
            }

            output.Add(document.With(Keys.Slug, slug));
        }

        return Task.FromResult(output.ToImmutable());
    }

    private static string Suggest(TranscriptMetadata metadata)
    {
        var number = metadata.EpisodeNumber is { } n ? n.ToString(CultureInfo.InvariantCulture) + " " : "";
        return metadata.Guests.IsDefaultOrEmpty
            ? number + (metadata.Topic ?? metadata.Title)
            : number + string.Join(' ', metadata.Guests);
    }
}
