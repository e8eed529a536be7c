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
/// episodes at once because uniqueness is a site-wide property.
/// </summary>
internal sealed class AssignSlugs : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { "assets", "guests", "topics", "pagefind", BuildReport.Folder };
        var output = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs.OrderBy(d => d, EpisodeOrder.NewestFirst))
        {
            var metadata = document.Get<TranscriptMetadata>(Keys.Episode);
            var wanted = metadata.Slug is { Length: > 0 } explicitSlug ? Slugs.From(explicitSlug) : Slugs.From(Suggest(metadata), 60);
            var slug = wanted;
            for (var n = 2; !used.Add(slug); n++)
            {
                slug = string.Create(CultureInfo.InvariantCulture, $"{wanted}-{n}");
            }

            if (metadata.Slug is { Length: > 0 } && slug != metadata.Slug)
            {
                context.Log.Warn($"{document.Source}: slug '{metadata.Slug}' is taken or not URL-safe; using '{slug}'");
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
