using System.Collections.Immutable;
using SiteGen.Core.Caching;
using SiteGen.Settings;
using SiteGen.Text.Names;
using SiteGen.Text.Punctuation;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>The names the whole site knows, and a fingerprint of them for cache keys.</summary>
internal static class SiteGazetteer
{
    public static Gazetteer Build(SiteSettings settings, ImmutableArray<GlossaryEntry> glossary, IEnumerable<TranscriptMetadata> episodes)
    {
        var builder = Gazetteer.CreateBuilder()
            .AddKnownNames(KnownNames.Default.Select(n => (n.Form, n.Count)))
            .AddGlossary(glossary);
        foreach (var host in settings.Hosts)
        {
            builder.AddHost(host);
        }

        if (settings.PodcastName is { } podcast)
        {
            builder.AddPodcastName(podcast);
        }

        foreach (var guest in Guests(episodes))
        {
            builder.AddGuest(guest);
        }

        return builder.Build();
    }

    public static string Fingerprint(SiteSettings settings, ImmutableArray<GlossaryEntry> glossary, IEnumerable<TranscriptMetadata> episodes) =>
        ContentCache.ComputeKey(
            "gazetteer",
            "1",
            string.Join('\u001f', Guests(episodes)),
            string.Join('\u001f', settings.Hosts),
            settings.PodcastName ?? "",
            string.Join('\u001f', glossary.Select(e => $"{e.Name}\u001e{string.Join('\u001e', e.Aliases)}\u001e{e.Type}\u001e{e.Description}\u001e{e.Link}")));

    private static IEnumerable<string> Guests(IEnumerable<TranscriptMetadata> episodes) =>
        episodes.SelectMany(e => e.Guests).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
