using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SiteGen.Text.Cleaning;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Punctuation;
using SiteGen.Text.Transcripts;
using SiteGen.Training.Corpus;

namespace SiteGen.Training;

/// <summary>
/// dump-names: runs the site's text chain on raw episodes (read, clean, restore or split, repair names, extract the
/// glossary) against a site-wide gazetteer built as the site builds it, and writes every repaired sentence, replacement
/// and glossary item to one file. Two dumps of the same episodes must be byte-identical after a change meant only to
/// make name repair or extraction faster. Restored sentences can be kept in a folder outside the repository
/// (--sentences DIR) so repeated runs skip restoration.
/// </summary>
internal static class DumpNamesCommand
{
    public static int Run(string[] args)
    {
        string? shared = null, output = null, sentenceCache = null;
        var count = int.MaxValue;
        var hosts = new List<string>();
        var lookups = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--shared": shared = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--episodes": count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--host": hosts.Add(args[++i]); break;
                case "--sentences": sentenceCache = args[++i]; break;
                case "--lookup": lookups.Add(args[++i]); break;
                default:
                    Console.Error.WriteLine($"dump-names: unknown option {args[i]}");
                    return 2;
            }
        }

        var corpus = shared is null ? RepositoryPaths.SharedCorpus() : Path.Combine(shared, "corpus");
        if (output is null || !Directory.Exists(Path.Combine(corpus, "raw")))
        {
            Console.Error.WriteLine("usage: dump-names --out FILE [--episodes N] [--host NAME]... [--sentences DIR] [--shared PATH] [--lookup FORM[=NAME]]...");
            return 2;
        }

        var catalog = EpisodeCatalog.Read(Path.Combine(corpus, "episodes.csv"));
        var raw = Directory.GetFiles(Path.Combine(corpus, "raw"), "*.txt").Order(StringComparer.Ordinal)
            .Where(p => catalog.ContainsKey(Number(p))).ToList();
        // Spread evenly over the corpus, as the site benchmark picks its episodes.
        var picked = count >= raw.Count ? raw : [.. Enumerable.Range(0, count).Select(i => raw[(int)((long)i * raw.Count / count)])];

        var builder = Gazetteer.CreateBuilder()
            .AddKnownNames(KnownNames.Default.Select(n => (n.Form, n.Count)))
            .AddGlossary([]);
        hosts.ForEach(h => builder.AddHost(h));
        var podcast = TitleParser.Parse(catalog[Number(picked[0])].Title).PodcastName;
        if (podcast is not null)
        {
            builder.AddPodcastName(podcast);
        }

        foreach (var guest in picked.SelectMany(p => catalog[Number(p)].Guests).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            builder.AddGuest(guest);
        }

        var site = builder.Build();
        if (lookups.Count > 0)
        {
            Lookup(site, lookups);
            return 0;
        }

        var text = new StringBuilder();
        // Processor time of this thread, which does all the work: steadier than wall time on a shared machine.
        TimeSpan repairTime = TimeSpan.Zero, extractTime = TimeSpan.Zero;
        var words = 0L;
        foreach (var path in picked)
        {
            var guests = catalog[Number(path)].Guests;
            var sentences = Sentences(path, sentenceCache);
            words += sentences.Sum(s => s.Text.Count(c => c == ' ') + 1);
            var before = CpuTime();
            var repaired = new NameRepairer(site.ForEpisode(guests)).Repair(sentences);
            var between = CpuTime();
            var glossary = new EntityExtractor(site.ForEpisode(guests)).Extract(repaired.Sentences);
            repairTime += between - before;
            extractTime += CpuTime() - between;

            text.Append("# episode ").Append(Path.GetFileNameWithoutExtension(path)).Append('\n');
            foreach (var sentence in repaired.Sentences)
            {
                text.Append("S\t").Append(sentence.Start?.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(sentence.Text).Append('\n');
            }

            foreach (var r in repaired.Replacements)
            {
                text.Append(CultureInfo.InvariantCulture, $"R\t{r.SentenceIndex}\t{r.WordIndex}\t{r.WordCount}\t{r.Original}\t{r.Replacement}\t{r.Reason}\t{r.Score:R}\n");
            }

            foreach (var g in glossary)
            {
                text.Append(CultureInfo.InvariantCulture, $"G\t{g.Name}\t{g.Type}\t{g.Mentions}\t{g.FirstSentence}\t{g.Description}\t{g.Link}\t{string.Join(',', g.MentionSentences)}\t{g.Context}\n");
            }
        }

        File.WriteAllText(output, text.ToString());
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{picked.Count} episodes, {words} words: name repair {repairTime.TotalSeconds:F2} s CPU, glossary {extractTime.TotalSeconds:F2} s CPU; wrote {output}"));
        return 0;
    }

    // --lookup FORM: what the site's gazetteer knows of a form, and the names that sound like it.
    private static void Lookup(Gazetteer site, List<string> forms)
    {
        foreach (var query in forms)
        {
            var form = query.Split('=')[0];
            var key = NameToken.KeyOf(form);
            if (query.Contains('=', StringComparison.Ordinal))
            {
                var target = NameToken.KeyOf(query.Split('=')[1]);
                var targetSound = DoubleMetaphone.Encode(target, GazetteerName.KeyLength);
                Console.WriteLine($"{form} = {target}: score {NameRepairer.Score(key, DoubleMetaphone.Encode(key, GazetteerName.KeyLength), target, targetSound):F3}, {targetSound.Primary}/{targetSound.Alternate}");
                continue;
            }

            var sound = DoubleMetaphone.Encode(key, GazetteerName.KeyLength);
            var known = site.Find(key);
            Console.WriteLine($"{form}: key {key}, sound {sound.Primary}/{sound.Alternate}, lowercase count {site.Words.Count(key)}, seen {site.Words.IsSeen(key)}, known {known?.Canonical ?? "-"} {known?.Strength} {known?.Count}");
            foreach (var name in site.Names.Where(n => n.Sound.Primary == sound.Primary || n.Tokens.Any(t => DoubleMetaphone.Encode(t, GazetteerName.KeyLength).Primary == sound.Primary)))
            {
                Console.WriteLine($"  sounds like: {name.Canonical} {name.Strength} {name.Count} {name.Sound.Primary}");
            }
        }
    }

    // The sentences the site's restoration stage hands to name repair.
    private static ImmutableArray<Sentence> Sentences(string path, string? cacheFolder)
    {
        var cache = cacheFolder is null ? null : Path.Combine(cacheFolder, Path.GetFileNameWithoutExtension(path) + ".tsv");
        if (cache is not null && File.Exists(cache))
        {
            return [.. File.ReadLines(cache).Select(ParseSentence)];
        }

        var transcript = TranscriptReader.Read(Path.GetFileName(path), File.ReadAllText(path));
        var words = TranscriptCleaner.Clean(WordStream.FromSegments(transcript.Segments));
        var sentences = PunctuationDetector.IsPunctuated(words) ? SentenceSplitter.Split(words) : PunctuationRestorer.Default.Restore(words);
        if (cache is not null)
        {
            Directory.CreateDirectory(cacheFolder!);
            File.WriteAllLines(cache, sentences.Select(s => $"{s.Start?.Ticks.ToString(CultureInfo.InvariantCulture)}\t{s.Speaker}\t{s.Text}"));
        }

        return sentences;
    }

    private static Sentence ParseSentence(string line)
    {
        var fields = line.Split('\t', 3);
        TimeSpan? start = fields[0].Length == 0 ? null : TimeSpan.FromTicks(long.Parse(fields[0], CultureInfo.InvariantCulture));
        return new Sentence(fields[2], start, fields[1].Length == 0 ? null : fields[1]);
    }

    // User and system time of the calling thread from /proc (Linux; clock ticks of 10 ms), else of the whole process.
    private static TimeSpan CpuTime()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat))
        {
            return Process.GetCurrentProcess().TotalProcessorTime;
        }

        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private static int Number(string path) => int.Parse(Path.GetFileNameWithoutExtension(path), CultureInfo.InvariantCulture);
}
