using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SiteGen.Text.Cleaning;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Punctuation;
using SiteGen.Text.Transcripts;
using Xunit.Abstractions;

namespace SiteGen.Text.Tests.Names;

/// <summary>Floors measured on held-out episodes of the shared corpus; they may only ever be raised.</summary>
public sealed class NameQualityFloorTests(ITestOutputHelper output)
{
    private const int TrainingEpisodes = 40;
    private const int DevEpisodes = 4;
    private const int OfficialEpisodes = 4;
    private const int FunctionWordCount = 1000;

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
        Assert.True(found >= gold * 0.9, $"found {found} of {gold} recurring multi-word names");
    }

    [SharedCorpusFact]
    public void Glossaries_of_lowercased_official_transcripts_hold_most_recurring_capitalised_words()
    {
        var site = Gazetteer.CreateBuilder().AddHost("Lex Fridman").AddKnownNames(KnownNames.Default.Select(n => (n.Form, n.Count))).Build();
        var files = Directory.GetFiles(Path.Combine(SharedCorpus.Directory!, "official"), "*.md")
            .Where(f => int.Parse(Path.GetFileNameWithoutExtension(f), CultureInfo.InvariantCulture) % 2 == 1)
            .Order(StringComparer.Ordinal)
            .Take(OfficialEpisodes);
        int items = 0, right = 0, gold = 0, found = 0;
        foreach (var file in files)
        {
            var transcript = TranscriptReader.Read(Path.GetFileName(file), File.ReadAllText(file));
            var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var segment in transcript.Segments)
            {
                CountCapitalisedMidSentence(segment.Text, capitalised);
            }

            var lowered = transcript.Segments.Select(s => s with { Text = Lowercase(s.Text) }).Where(s => s.Text.Length > 0).ToImmutableArray();
            var sentences = PunctuationRestorer.Default.Restore(TranscriptCleaner.Clean(WordStream.FromSegments(lowered)));
            var gazetteer = site.ForEpisode(transcript.Metadata);
            var glossary = new EntityExtractor(gazetteer).Extract(new NameRepairer(gazetteer).Repair(sentences).Sentences);
            var itemKeys = glossary.Select(i => Lowercase(i.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular).ToHashSet(StringComparer.Ordinal)).ToList();
            items += itemKeys.Count;
            right += itemKeys.Count(keys => keys.Any(capitalised.ContainsKey));
            var recurring = capitalised.Where(c => c.Value >= 2 && !gazetteer.IsHost(c.Key)).Select(c => c.Key).ToList();
            gold += recurring.Count;
            found += recurring.Count(g => itemKeys.Any(keys => keys.Contains(g)));
        }

        output.WriteLine($"{items} glossary items, {right} hold a word the transcript capitalises mid-sentence; {found} of {gold} words it capitalises twice or more are in some item");
        Assert.True(right >= items * 0.93, $"precision {right} of {items}");
        Assert.True(found >= gold * 0.80, $"recall {found} of {gold}");
    }

    // Mid-sentence capitalised words (not "I", not the commonest words), as the lowercased text spells them.
    private static void CountCapitalisedMidSentence(string text, Dictionary<string, int> counts)
    {
        var start = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = NameToken.Parse(word);
            start |= token.Prefix.AsSpan().IndexOfAny("\"“‘([") >= 0;
            if (!start && token.IsCapitalised && token.Core != "I" && !token.Core.StartsWith("I'", StringComparison.Ordinal) && !token.Core.StartsWith("I’", StringComparison.Ordinal))
            {
                foreach (var key in Lowercase(token.Core).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular))
                {
                    if (key.Length >= 2 && WordFrequencies.Default.Count(key) < FunctionWordCount)
                    {
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }

            start = token.Suffix.AsSpan().IndexOfAny(".?!:") >= 0 && !(token.Suffix == "." && token.Core.Length == 1);
        }
    }

    // What captions hold: lowercase words and digits, apostrophes inside words kept (and dropped from keys).
    private static string Lowercase(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inner = c is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
            result.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : inner ? '\'' : ' ');
        }

        return result.ToString();
    }

    private static string Singular(string word)
    {
        var key = NameToken.KeyOf(word);
        return key.Length > 3 && key[^1] == 's' ? key[..^1] : key;
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
