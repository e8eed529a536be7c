using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SiteGen.Text.Similarity;
using SiteGen.Training.Corpus;

namespace SiteGen.Training;

/// <summary>
/// eval-related: measures the related-episodes index on the shared corpus (speed, memory, and quality proxies against
/// a random baseline) and on a synthetic 10,000-episode site made of shuffled slices of the corpus.
/// </summary>
internal static class EvalRelatedCommand
{
    private const int TopK = 5;

    public static int Run(string[] args)
    {
        string? shared = null;
        int scale = 10_000;
        int seed = 1;
        var options = RelatedEpisodesOptions.Default;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--shared" when i + 1 < args.Length:
                    shared = args[++i];
                    break;
                case "--scale" when i + 1 < args.Length:
                    scale = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--seed" when i + 1 < args.Length:
                    seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--k1" when i + 1 < args.Length:
                    options = options with { K1 = double.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--profile-terms" when i + 1 < args.Length:
                    options = options with { ProfileTerms = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--min-tf" when i + 1 < args.Length:
                    options = options with { MinTermFrequency = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                default:
                    Console.Error.WriteLine($"eval-related: unknown option '{args[i]}'");
                    return 2;
            }
        }

        shared ??= FindShared();
        string corpus = Path.Combine(shared ?? "", "corpus");
        if (shared is null || !Directory.Exists(Path.Combine(corpus, "raw")))
        {
            Console.Error.WriteLine("eval-related: shared corpus not found (pass --shared DIR)");
            return 1;
        }

        Dictionary<int, CatalogEpisode> meta = EpisodeCatalog.Read(Path.Combine(corpus, "episodes.csv"));
        var episodes = new List<(string Id, string Text, string Topic, ImmutableArray<string> Guests)>();
        foreach (string file in Directory.GetFiles(Path.Combine(corpus, "raw"), "*.txt").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(file);
            (string topic, ImmutableArray<string> guests) = meta.TryGetValue(int.Parse(id, CultureInfo.InvariantCulture), out var m) ? (m.Topic, m.Guests) : ("", []);
            episodes.Add((id, File.ReadAllText(file), topic, guests));
        }

        long words = episodes.Sum(e => (long)CountWords(e.Text));
        Console.WriteLine(FormattableString.Invariant($"corpus: {episodes.Count} raw episodes, {words:N0} words"));
        Console.WriteLine();

        var topics = episodes.ToDictionary(e => e.Id, e => TopicWords(e.Topic), StringComparer.Ordinal);
        var guestsById = episodes.ToDictionary(e => e.Id, e => e.Guests, StringComparer.Ordinal);

        Console.WriteLine(FormattableString.Invariant(
            $"options: profile terms {options.ProfileTerms}, min tf {options.MinTermFrequency}, k1 {options.K1}, b {options.B}, guest weight {options.GuestWeight}"));
        Evaluate("text + guests", episodes.Select(e => new RelatedEpisodeInput(e.Id, e.Text, [], e.Guests)), options, topics, guestsById, episodes.Count);
        Evaluate("text only", episodes.Select(e => new RelatedEpisodeInput(e.Id, e.Text, [], [])), options, topics, guestsById, episodes.Count);
        Examples(episodes.Select(e => new RelatedEpisodeInput(e.Id, e.Text, [], e.Guests)), options, episodes.ToDictionary(e => e.Id, e => e.Topic, StringComparer.Ordinal));

        if (scale > 0)
        {
            Scale(episodes.Select(e => (e.Text, e.Guests)).ToList(), options, scale, seed, words / episodes.Count);
        }

        return 0;
    }

    private static void Evaluate(
        string label,
        IEnumerable<RelatedEpisodeInput> inputs,
        RelatedEpisodesOptions options,
        Dictionary<string, HashSet<string>> topics,
        Dictionary<string, ImmutableArray<string>> guests,
        int n)
    {
        GC.Collect();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        RelatedEpisodesIndex index = RelatedEpisodesIndex.Build(inputs, options);
        double buildMs = watch.Elapsed.TotalMilliseconds;
        double buildCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        long heapIndex = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        watch.Restart();
        ImmutableSortedDictionary<string, ImmutableArray<RelatedEpisode>> all = index.ComputeAll();
        double queryMs = watch.Elapsed.TotalMilliseconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        // Guest recall: of the episodes whose guest comes back elsewhere, how many list a same-guest episode.
        int withReturning = 0;
        int found = 0;
        double randomFound = 0;
        foreach ((string id, ImmutableArray<RelatedEpisode> related) in all)
        {
            int sameGuest = all.Keys.Count(other => other != id && SharesGuest(guests[id], guests[other]));
            if (sameGuest == 0)
            {
                continue;
            }

            withReturning++;
            if (related.Any(r => SharesGuest(guests[id], guests[r.Id])))
            {
                found++;
            }

            randomFound += 1 - Choose(n - 1 - sameGuest, related.Length) / Choose(n - 1, related.Length);
        }

        // Topic coherence: share of (episode, related) pairs whose topic titles share a content word.
        int pairs = 0;
        int coherent = 0;
        double lengthSum = 0;
        foreach ((string id, ImmutableArray<RelatedEpisode> related) in all)
        {
            lengthSum += related.Length;
            foreach (RelatedEpisode r in related)
            {
                pairs++;
                coherent += topics[id].Overlaps(topics[r.Id]) ? 1 : 0;
            }
        }

        int allPairs = 0;
        int allCoherent = 0;
        foreach (string a in all.Keys)
        {
            foreach (string b in all.Keys)
            {
                if (a != b)
                {
                    allPairs++;
                    allCoherent += topics[a].Overlaps(topics[b]) ? 1 : 0;
                }
            }
        }

        Console.WriteLine($"[{label}]");
        Console.WriteLine(FormattableString.Invariant(
            $"  time: build {buildMs:F0} ms wall / {buildCpu:F0} ms CPU, top-{TopK} for all {queryMs:F0} ms; index heap {heapIndex / 1048576.0:F1} MiB, allocated {allocated / 1048576.0:F0} MiB"));
        Console.WriteLine(FormattableString.Invariant(
            $"  results per episode: mean {lengthSum / all.Count:F2}"));
        Console.WriteLine(FormattableString.Invariant(
            $"  same-guest recall@{TopK}: {found}/{withReturning} = {(double)found / withReturning:P1}  (random baseline {randomFound / withReturning:P1})"));
        Console.WriteLine(FormattableString.Invariant(
            $"  topic-title overlap: {coherent}/{pairs} = {(double)coherent / pairs:P1} of related pairs  (random baseline {(double)allCoherent / allPairs:P1})"));
        Console.WriteLine();
    }

    private static void Examples(IEnumerable<RelatedEpisodeInput> inputs, RelatedEpisodesOptions options, Dictionary<string, string> titles)
    {
        RelatedEpisodesIndex index = RelatedEpisodesIndex.Build(inputs, options);
        Console.WriteLine("[examples, text + guests]");
        foreach (string id in index.Ids.Where((_, i) => i % 50 == 0))
        {
            Console.WriteLine($"  {id} {titles[id]}");
            foreach (RelatedEpisode r in index.RelatedTo(id))
            {
                Console.WriteLine(FormattableString.Invariant($"    {r.Score:F3} {r.Id} {titles[r.Id]}  <- {string.Join("; ", r.Reasons)}"));
            }
        }

        Console.WriteLine();
    }

    private static void Scale(List<(string Text, ImmutableArray<string> Guests)> corpus, RelatedEpisodesOptions options, int count, int seed, long wordsPerEpisode)
    {
        const int SliceWords = 1500;
        var wordStarts = corpus.Select(e => WordStarts(e.Text)).ToList();
        long totalWords = 0;

        IEnumerable<RelatedEpisodeInput> Synthesise()
        {
            var random = new Random(seed);
            var builder = new StringBuilder();
            for (int i = 0; i < count; i++)
            {
                builder.Clear();
                int home = random.Next(corpus.Count);
                int written = 0;
                while (written < wordsPerEpisode)
                {
                    // Mostly slices of one source episode, as a real episode keeps to its topics, with some drift.
                    int source = random.NextDouble() < 0.7 ? home : random.Next(corpus.Count);
                    int[] starts = wordStarts[source];
                    int first = random.Next(Math.Max(1, starts.Length - SliceWords));
                    int last = Math.Min(starts.Length - 1, first + SliceWords);
                    builder.Append(corpus[source].Text, starts[first], starts[last] - starts[first]).Append(' ');
                    written += last - first;
                }

                totalWords += written;
                yield return new RelatedEpisodeInput(
                    i.ToString("D5", CultureInfo.InvariantCulture), builder.ToString(), [], corpus[home].Guests);
            }
        }

        // Synthesis alone, so that its cost can be taken out of the build figure.
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long synthesisedChars = 0;
        foreach (RelatedEpisodeInput episode in Synthesise())
        {
            synthesisedChars += episode.Text.Length;
        }

        double synthesisCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        totalWords = 0;

        GC.Collect();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        RelatedEpisodesIndex index = RelatedEpisodesIndex.Build(Synthesise(), options);
        double buildMs = watch.Elapsed.TotalMilliseconds;
        double buildCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        long heap = GC.GetTotalMemory(forceFullCollection: true);
        watch.Restart();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var all = index.ComputeAll();
        double queryMs = watch.Elapsed.TotalMilliseconds;
        double queryCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Console.WriteLine($"[scale: {count:N0} synthetic episodes, text + guests]");
        Console.WriteLine(FormattableString.Invariant(
            $"  {totalWords:N0} words, {synthesisedChars / 1048576.0:F0} MiB of text ({wordsPerEpisode:N0} words per episode, slices of {SliceWords} words from the corpus, seed {seed})"));
        Console.WriteLine(FormattableString.Invariant(
            $"  synthesis alone {synthesisCpu:F1} s CPU (included in the build figure below)"));
        Console.WriteLine(FormattableString.Invariant(
            $"  build (tokenise + index, includes synthesis) {buildMs / 1000:F1} s wall / {buildCpu:F1} s CPU, top-{TopK} for all {queryMs / 1000:F2} s wall / {queryCpu:F2} s CPU, {all.Count:N0} lists"));
        Console.WriteLine(FormattableString.Invariant(
            $"  heap after build {heap / 1048576.0:F0} MiB, allocated {allocated / 1048576.0:F0} MiB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB, cores {Environment.ProcessorCount}"));
    }

    private static int[] WordStarts(string text)
    {
        var starts = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                starts.Add(i);
            }
        }

        starts.Add(text.Length);
        return [.. starts];
    }

    private static int CountWords(string text) => WordStarts(text).Length - 1;

    private static double Choose(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        double result = 1;
        for (int i = 0; i < k; i++)
        {
            result = result * (n - i) / (i + 1);
        }

        return result;
    }

    private static bool SharesGuest(ImmutableArray<string> a, ImmutableArray<string> b) =>
        a.Any(x => b.Contains(x, StringComparer.OrdinalIgnoreCase));

    private static HashSet<string> TopicWords(string topic)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in topic.Split([' ', ',', ':', '-', '&', '/', '(', ')', '"', '?', '!', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            string lower = word.ToLowerInvariant();
            if (lower.Length > 2 && lower is not ("and" or "the" or "for" or "with" or "from" or "its" or "our" or "how" or "what" or "why"))
            {
                words.Add(lower.TrimEnd('s'));
            }
        }

        return words;
    }

    private static string? FindShared()
    {
        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                string shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
