using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Rendering;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>
/// For a guest who appeared before, links the episode to the earlier appearances ("Second appearance of ...").
/// Needs every episode, so it runs over the whole set after processing.
/// </summary>
internal sealed class LinkAppearances : IModule
{
    private static readonly string[] Ordinals = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        // Oldest first, so "earlier" is a prefix of each guest's list.
        var chronological = inputs.Order(EpisodeOrder.NewestFirst).Reverse().ToList();
        var seen = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        var notes = new Dictionary<Document, ImmutableArray<AppearanceView>>(ReferenceEqualityComparer.Instance);
        foreach (var document in chronological)
        {
            var views = ImmutableArray.CreateBuilder<AppearanceView>();
            var metadata = document.Get<TranscriptMetadata>(Keys.Episode);
            foreach (var guest in metadata.Guests)
            {
                if (!seen.TryGetValue(guest, out var earlier))
                {
                    seen[guest] = earlier = [];
                }

                if (earlier.Count > 0)
                {
                    var ordinal = earlier.Count < Ordinals.Length ? Ordinals[earlier.Count] : "Another";
                    var links = earlier.Select(e => new LinkView(EpisodePage.Title(e.Get<TranscriptMetadata>(Keys.Episode)), Links.Episode(e.Get<string>(Keys.Slug))));
                    views.Add(new AppearanceView($"{ordinal} appearance of {guest} on the podcast. Earlier:", [.. links]));
                }

                earlier.Add(document);
            }

            notes[document] = views.ToImmutable();
        }

        return Task.FromResult(inputs.Select(d => d.With(Keys.Appearances, notes[d])).ToImmutableArray());
    }
}
