using System.Collections.Immutable;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using Xunit.Abstractions;

namespace SiteGen.Text.Tests.Names;

/// <summary>Floors measured on held-out episodes of the shared corpus; they may only ever be raised.</summary>
public sealed class NameQualityFloorTests(ITestOutputHelper output)
{
    private const int TrainingEpisodes = 40;
    private const int DevEpisodes = 4;

    [SharedCorpusFact]
    public void Correct_transcripts_are_left_almost_untouched()
    {
        var (site, dev) = Load();
        int words = 0, changes = 0;
        foreach (var (_, guest, _, punctuated) in dev)
        {
            var sentences = SharedCorpus.Sentences(punctuated).Select(t => new Sentence(t, null, null)).ToImmutableArray();
            words += sentences.Sum(s => s.Text.Split(' ').Length);
            var result = new NameRepairer(site.ForEpisode([guest])).Repair(sentences);
            changes += result.Replacements.Count(r => r.Reason != NameRepairReason.Casing);
        }

        output.WriteLine($"{changes} changes in {words} words of correct text");

        // Whisper's own spellings of names are sometimes wrong, so a few changes are right; most would be false alarms.
        Assert.True(changes * 10_000.0 / words <= 2.0, $"{changes} changes in {words} words of correct text");
    }

    [SharedCorpusFact]
    public void Glossaries_name_the_guest_and_most_recurring_multi_word_names()
    {
        var (site, dev) = Load();
        int guests = 0, gold = 0, found = 0;
        foreach (var (_, guest, _, punctuated) in dev)
        {
            var text = SharedCorpus.Sentences(punctuated);
            var statistics = new CorpusNameStatistics();
            text.ForEach(statistics.AddSentence);
            var expected = statistics.KnownNames(2).Where(n => n.Form.Contains(' ', StringComparison.Ordinal)).Select(n => NameToken.KeyOf(n.Form)).ToList();
            var items = new EntityExtractor(site.ForEpisode([guest])).Extract([.. text.Select(t => new Sentence(t, null, null))]);
            var keys = items.Select(i => NameToken.KeyOf(i.Name)).ToList();
            guests += keys.Contains(NameToken.KeyOf(guest)) ? 1 : 0;
            gold += expected.Count;
            found += expected.Count(g => keys.Any(k => k.Contains(g, StringComparison.Ordinal)));
            output.WriteLine($"missed: {string.Join(", ", expected.Where(g => !keys.Any(k => k.Contains(g, StringComparison.Ordinal))))}");
        }

        output.WriteLine($"guests {guests}/{DevEpisodes}, recurring multi-word names {found}/{gold}");
        Assert.True(guests >= DevEpisodes - 1, $"guests found in {guests} of {DevEpisodes} glossaries");
        Assert.True(found >= gold * 0.7, $"found {found} of {gold} recurring multi-word names");
    }

    private static (Gazetteer Site, List<(int, string, string, string)> Dev) Load()
    {
        var pairs = SharedCorpus.Pairs().ToList();
        var statistics = new CorpusNameStatistics();
        foreach (var (_, _, _, punctuated) in pairs.Where(p => !SharedCorpus.IsDev(p.Episode)).Take(TrainingEpisodes))
        {
            SharedCorpus.Sentences(punctuated).ForEach(statistics.AddSentence);
        }

        var site = Gazetteer.CreateBuilder().AddHost("Lex Fridman").AddKnownNames(statistics.KnownNames()).Build();
        return (site, pairs.Where(p => SharedCorpus.IsDev(p.Episode)).Take(DevEpisodes).ToList());
    }
}
