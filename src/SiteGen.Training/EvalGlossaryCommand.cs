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
/// eval-glossary: the official transcripts, lowercased and stripped of punctuation, go through the site's chain
/// (clean, restore, repair names, extract entities); the glossary is scored against the names the people who wrote
/// the transcripts capitalised. Odd and even episodes are reported apart (tune on even, report odd). Then the raw
/// captions go through the same chain to count the guests of episodes.csv spelled right. --show FILE prints the
/// glossary of one transcript instead.
/// </summary>
/// <remarks>
/// Gold per episode: every maximal run of capitalised words ("iPhone" counts) inside a speaker turn ("of", "de", "von"... may join two
/// capitalised words; a possessive or any other punctuation ends the run) that occurs at least once away from a
/// sentence start (after . ? ! : or an opening quote or bracket). Left out: "I" and its contractions, days and months,
/// and runs holding the host's name. A run at a sentence start counts as a mention of a gold name it equals, unless it is one everyday word.
/// A glossary item matches a gold name exactly when their words are equal (a leading "the" and a plural "s" aside), and partially when
/// the words of one are a contiguous part of the other ("Karpathy" and "Andrej Karpathy").
/// Both measures are printed: "as before" is the one above; "revised" spells a hyphenated gold name as the lowercased
/// input does ("Israeli Palestinian"), takes runs of single letters, one title-cased closed-class word and AM/PM for no
/// names, drops a closed-class word that opens a sentence from the run after it, and sets a plural "s" aside on every
/// word of a partial match, and reads a dotted initialism ("U.S.") as one word, as the first reading did. --ablate measures
/// each of these fixes alone and left out, and lists the odd episodes' gold names said twice or more that each one drops,
/// adds or flips. --why lists, for the even episodes, why each gold name said twice or more is missed. The input holds no
/// transcriber's notes ("[inaudible 00:12:34]"), as captions do not.
/// </remarks>
internal static class EvalGlossaryCommand
{
    private const string Host = "Lex Fridman";
    private const string PodcastName = "Lex Fridman Podcast";

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "del", "van", "von", "der", "da", "di", "du", "la", "le", "al" };

    // Pronouns, determiners, conjunctions, auxiliaries and interjections (apostrophes dropped, as in keys).
    private static readonly HashSet<string> ClosedClass = new(StringComparer.Ordinal)
    {
        "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its", "our", "their",
        "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
        "youre", "theyre", "hes", "shes", "thats", "theres", "whats", "lets", "dont", "doesnt", "didnt", "cant", "isnt", "arent",
        "wasnt", "youve", "weve", "theyve", "youll", "theyll", "the", "an", "some", "any", "every", "each", "all", "no", "both",
        "and", "but", "or", "nor", "so", "if", "because", "though", "although", "while", "then", "than", "as", "yet", "is", "are",
        "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had", "would", "could", "should", "shall",
        "might", "must", "not", "let", "just", "also", "very", "oh", "okay", "ok", "yeah", "yes", "well",
    };

    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    // Words whose full stop ends no sentence (initials and dotted forms such as "U.S." are found by shape).
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "mt", "vs" };

    public static int Run(string[] args)
    {
        string? shared = null, cache = null;
        int? only = null;
        var verbose = false;
        var raw = true;
        var profile = false;
        var why = false;
        var ablate = false;
        string? show = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--shared": shared = args[++i]; break;
                case "--cache": cache = args[++i]; break;
                case "--episode": only = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--verbose": verbose = true; break;
                case "--no-raw": raw = false; break;
                case "--profile": profile = true; break;
                case "--why": why = true; break;
                case "--ablate": ablate = true; break;
                case "--show": show = args[++i]; break;
                default:
                    Console.Error.WriteLine($"eval-glossary: unknown option {args[i]}");
                    return 2;
            }
        }

        shared ??= EvalNamesCommand.FindShared();
        if (shared is null || !Directory.Exists(Path.Combine(shared, "corpus", "official")))
        {
            Console.Error.WriteLine("eval-glossary: shared corpus not found (pass --shared PATH)");
            return 2;
        }

        if (cache is not null)
        {
            Directory.CreateDirectory(cache);
        }

        var corpus = Path.Combine(shared, "corpus");
        var episodes = EpisodeCatalog.Read(Path.Combine(corpus, "episodes.csv"));
        var builder = Gazetteer.CreateBuilder()
            .AddKnownNames(KnownNames.Default.Select(n => (n.Form, n.Count)))
            .AddHost(Host)
            .AddPodcastName(PodcastName);
        foreach (var guest in episodes.Values.SelectMany(e => e.Guests).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            builder.AddGuest(guest);
        }

        var site = builder.Build();
        if (show is not null)
        {
            Show(show, site);
            return 0;
        }

        string[] hostKeys = [.. NameToken.Words(Host).Select(w => NameToken.KeyOf(w))];
        var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var timing = new List<(int Episode, int Words, double Ms)>();
        var buckets = new SortedDictionary<string, (int Count, int Correct)>(StringComparer.Ordinal);
        List<string> rareRight = [], rareWrong = [];
        var whyCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var changes = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "official"), "*.md").Order(StringComparer.Ordinal))
        {
            var number = int.Parse(Path.GetFileNameWithoutExtension(file), CultureInfo.InvariantCulture);
            if (only is not null && number != only)
            {
                continue;
            }

            var transcript = TranscriptReader.Read(Path.GetFileName(file), File.ReadAllText(file));
            var (guests, title) = episodes.TryGetValue(number, out var row)
                ? (row.Guests, row.Topic)
                : (transcript.Metadata.Guests.IsDefault ? [] : transcript.Metadata.Guests, transcript.Metadata.Title);
            var asBefore = Gold(transcript.Segments.Select(s => s.Text), hostKeys, GoldReading.AsBefore);
            var gold = Gold(transcript.Segments.Select(s => s.Text), hostKeys, GoldReading.Revised);
            var sentences = Restored(cache, $"official-{number}", () =>
            {
                var lowered = transcript.Segments.Select(s => s with { Text = Lowercase(WithoutTags(s.Text)) }).Where(s => s.Text.Length > 0).ToImmutableArray();
                return Restore(TranscriptCleaner.Clean(WordStream.FromSegments(lowered)));
            });
            var gazetteer = site.ForEpisode(guests, title);
            var repaired = Restored(cache, $"official-{number}-repaired", () => new NameRepairer(gazetteer).Repair(sentences).Sentences);
            var extractor = new EntityExtractor(gazetteer);
            var clock = Stopwatch.StartNew();
            var items = extractor.Extract(repaired);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (profile)
            {
                clock.Restart();
                foreach (var sentence in repaired)
                {
                    foreach (var word in NameToken.Words(sentence.Text))
                    {
                        NameToken.Parse(word);
                    }
                }

                var tokenise = clock.Elapsed.TotalMilliseconds;
                // Processor time, not wall time: the machine may be shared.
                var again = double.MaxValue;
                var process = Process.GetCurrentProcess();
                for (var i = 0; i < 5; i++)
                {
                    process.Refresh();
                    var before = process.TotalProcessorTime;
                    extractor.Extract(repaired);
                    process.Refresh();
                    again = Math.Min(again, (process.TotalProcessorTime - before).TotalMilliseconds);
                }

                elapsed = again;
                Console.WriteLine($"  {number}: best of 5 {again:F1} ms, tokenising {tokenise:F1} ms");
            }
            timing.Add((number, repaired.Sum(s => NameToken.Words(s.Text).Length), elapsed));

            var runs = Gold(repaired.Select(s => s.Text), hostKeys, GoldReading.AsBefore);
            var split = number % 2 == 0 ? "even" : "odd";
            foreach (var (measure, reading, truth) in new[] { ("revised", GoldReading.Revised, gold), ("as before", GoldReading.AsBefore, asBefore) })
            {
                foreach (var (label, names) in new (string, IEnumerable<string>)[]
                         {
                             ("baseline: every capitalised run of the restored text", runs.Values.Select(g => g.Form)),
                             ("baseline: capitalised runs seen twice or more", runs.Values.Where(g => g.Mentions >= 2).Select(g => g.Form)),
                             ("EntityExtractor", items.Select(i => i.Name)),
                         })
                {
                    var key = $"{measure}|{label}|{split}";
                    if (!tallies.TryGetValue(key, out var tally))
                    {
                        tallies[key] = tally = new Tally(reading);
                    }

                    tally.Add(names.ToList(), truth);
                }
            }

            if (ablate)
            {
                var texts = transcript.Segments.Select(s => s.Text).ToList();
                List<string> names = [.. items.Select(i => i.Name)];
                foreach (var rule in (ReadOnlySpan<GoldReading>)[GoldReading.Hyphens, GoldReading.NoNames, GoldReading.Openers, GoldReading.Plurals, GoldReading.Initialisms])
                {
                    // Initialisms only amend the hyphen rule: measured against it.
                    var basis = rule == GoldReading.Initialisms ? GoldReading.Hyphens : GoldReading.AsBefore;
                    var alone = Gold(texts, hostKeys, basis | rule);
                    foreach (var (measure, reading, truth) in new[]
                             {
                                 ($"{(basis == GoldReading.AsBefore ? "as before" : basis.ToString())} + {rule}", basis | rule, alone),
                                 ($"revised - {rule}", GoldReading.Revised & ~rule, Gold(texts, hostKeys, GoldReading.Revised & ~rule)),
                             })
                    {
                        var key = $"{measure}|EntityExtractor|{split}";
                        if (!tallies.TryGetValue(key, out var tally))
                        {
                            tallies[key] = tally = new Tally(reading);
                        }

                        tally.Add(names, truth);
                    }

                    if (number % 2 == 1)
                    {
                        CompareReadings(number, rule, basis, names, basis == GoldReading.AsBefore ? asBefore : Gold(texts, hostKeys, basis), alone, changes);
                    }
                }
            }

            if (why && number % 2 == 0)
            {
                Why(number, gold, items, repaired, whyCounts, gazetteer);
            }

            if (verbose && number % 2 == 0)
            {
                foreach (var item in items)
                {
                    var bucket = Bucket(item, gazetteer);
                    var (n, ok) = buckets.GetValueOrDefault(bucket);
                    var right = Matches(Keys(item.Name, GoldReading.Revised), gold, GoldReading.Revised);
                    buckets[bucket] = (n + 1, ok + (right ? 1 : 0));
                    if (bucket.StartsWith("single - rare m", StringComparison.Ordinal))
                    {
                        (right ? rareRight : rareWrong).Add(item.Name);
                    }
                }
            }

            if (verbose)
            {
                Console.WriteLine($"episode {number} ({string.Join(", ", guests)}): {items.Length} items, {gold.Count} gold names, {elapsed:F1} ms");
                Console.WriteLine($"  items: {string.Join("; ", items.Select(i => $"{i.Name} [{i.Type} {i.Mentions}{(Matches(Keys(i.Name, GoldReading.Revised), gold, GoldReading.Revised) ? string.Empty : " WRONG")}]"))}");
                foreach (var item in items.Where(i => i.Context is not null).Take(6))
                {
                    Console.WriteLine($"  context {item.Name}: {item.Context}");
                }

                Console.WriteLine($"  missed (2+): {string.Join("; ", gold.Values.Where(g => g.Mentions >= 2 && !items.Any(i => Overlaps(Keys(i.Name, GoldReading.Revised), g.Keys, GoldReading.Revised))).Select(g => $"{g.Form} {g.Mentions}"))}");
            }
        }

        Console.WriteLine("glossary vs capitalised names of the official transcripts (lowercased, unpunctuated, through clean, restore, repair, extract)");
        Console.WriteLine("  P = precision, R = recall over all gold names, R2 = recall over gold names mentioned twice or more; exact / partial match");
        Console.WriteLine("  measure \"as before\": every capitalised run is a gold name; \"revised\": a name hyphenated in the original is the words");
        Console.WriteLine("  the lowercased input holds (\"Israeli-Palestinian\" is \"Israeli Palestinian\", so \"Israeli\" matches it in part), and runs of");
        Console.WriteLine("  single letters (\"X\", \"Y\"), one title-cased closed-class word (\"It\", \"And\", \"You're\") and AM/PM are no names,");
        Console.WriteLine("  a closed-class word that opens a sentence is not part of the name after it (\"And Marvin Minsky said\" holds \"Marvin Minsky\"),");
        Console.WriteLine("  and a plural \"s\" is set aside on every word of a partial match, not only on the last (\"Boris\" is part of \"Boris Johnson\")");
        foreach (var (key, tally) in tallies.OrderBy(t => t.Key.StartsWith("revised", StringComparison.Ordinal) ? 0 : 1).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            var parts = key.Split('|');
            Console.WriteLine($"  {parts[0],-9} {parts[2],-4} {tally.Episodes,2} ep  {parts[1]}");
            Console.WriteLine($"       {tally}");
        }

        foreach (var (change, examples) in changes)
        {
            Console.WriteLine($"  odd gold 2+ {change}: {examples.Count}: {string.Join("; ", examples)}");
        }

        foreach (var (reason, n) in whyCounts)
        {
            Console.WriteLine($"  even misses (2+) {reason,-30} {n,5}");
        }

        foreach (var (bucket, (n, ok)) in buckets)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  even items {bucket,-40} {n,5} precision {Ratio(ok, n):F3}"));
        }

        if (verbose)
        {
            Console.WriteLine($"rare single words, right: {string.Join(' ', rareRight)}");
            Console.WriteLine($"rare single words, wrong: {string.Join(' ', rareWrong)}");
        }

        if (timing.Count > 0)
        {
            var perTwoHours = timing.Select(t => t.Ms / t.Words * 24_000).ToList();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"extraction time: mean {timing.Average(t => t.Ms):F1} ms per episode ({timing.Average(t => t.Words):F0} words), max {timing.Max(t => t.Ms):F1} ms; {perTwoHours.Average():F1} ms per 24,000 words (a 2-hour episode); with --profile: processor time, best of 5 runs; else wall time of one run, the first with start-up"));
        }

        if (raw && only is null)
        {
            EvaluateGuests(corpus, site, episodes, cache, verbose);
        }

        return 0;
    }

    // Guests of episodes.csv on the pages of their raw episodes.
    private static void EvaluateGuests(
        string corpus, Gazetteer site, Dictionary<int, CatalogEpisode> episodes, string? cache, bool verbose)
    {
        int guests = 0, inRaw = 0, inText = 0, inGlossary = 0, files = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "raw"), "*.txt").Order(StringComparer.Ordinal))
        {
            var number = int.Parse(Path.GetFileNameWithoutExtension(file), CultureInfo.InvariantCulture);
            if (!episodes.TryGetValue(number, out var row) || row.Guests.IsDefaultOrEmpty)
            {
                continue;
            }

            files++;
            var content = File.ReadAllText(file);
            var sentences = Restored(cache, $"raw-{number}", () =>
            {
                var words = TranscriptCleaner.Clean(WordStream.FromSegments(TranscriptReader.Read(Path.GetFileName(file), content).Segments));
                return PunctuationDetector.IsPunctuated(words) ? SentenceSplitter.Split(words) : Restore(words);
            });
            var gazetteer = site.ForEpisode(row.Guests, row.Title);
            var repaired = Restored(cache, $"raw-{number}-repaired", () => new NameRepairer(gazetteer).Repair(sentences).Sentences);
            var items = new EntityExtractor(gazetteer).Extract(repaired);
            var text = string.Join(' ', repaired.Select(s => s.Text));
            var letters = " " + string.Join(' ', NameToken.Words(content).Select(w => NameToken.KeyOf(w))) + " ";
            foreach (var guest in row.Guests)
            {
                guests++;
                var spoken = letters.Contains(" " + string.Join(' ', NameToken.Words(guest).Select(w => NameToken.KeyOf(w))) + " ", StringComparison.Ordinal);
                var written = text.Contains(guest, StringComparison.Ordinal);
                var listed = items.Any(i => string.Equals(i.Name, guest, StringComparison.Ordinal));
                inRaw += spoken ? 1 : 0;
                inText += written ? 1 : 0;
                inGlossary += listed ? 1 : 0;
                if (verbose && !listed)
                {
                    Console.WriteLine($"  guest {number} {guest}: raw letters {spoken}, text {written}, glossary: {string.Join("; ", items.Take(8).Select(i => i.Name))}");
                }
            }
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"guests of episodes.csv on {files} raw episodes: {guests} guests; spelled right in the glossary {inGlossary} ({Ratio(inGlossary, guests):P1}), in the repaired text {inText} ({Ratio(inText, guests):P1}); baseline: the raw captions hold the guest's letters (any case) {inRaw} ({Ratio(inRaw, guests):P1})"));
    }

    // --show FILE: the glossary of any transcript, as the site would list it, with each entry's context.
    private static void Show(string file, Gazetteer site)
    {
        var transcript = TranscriptReader.Read(Path.GetFileName(file), File.ReadAllText(file));
        var words = TranscriptCleaner.Clean(WordStream.FromSegments(transcript.Segments));
        var sentences = PunctuationDetector.IsPunctuated(words) ? SentenceSplitter.Split(words) : Restore(words);
        var gazetteer = site.ForEpisode(transcript.Metadata);
        var repaired = new NameRepairer(gazetteer).Repair(sentences).Sentences;
        foreach (var item in new EntityExtractor(gazetteer).Extract(repaired))
        {
            Console.WriteLine($"{item.Name} ({item.Type}, {item.Mentions} mentions in {item.MentionSentences.Length} sentences){(item.Context is null ? string.Empty : ": " + item.Context)}");
        }
    }

    private static ImmutableArray<Sentence> Restore(ImmutableArray<TimedWord> words) => PunctuationRestorer.Default.Restore(words);

    // Restoration and repair are the slow steps and do not change while the extractor is tuned: --cache keeps their
    // sentences (clear it when the model, the cleaner or the repairer changes).
    private static ImmutableArray<Sentence> Restored(string? cache, string name, Func<ImmutableArray<Sentence>> restore)
    {
        var path = cache is null ? null : Path.Combine(cache, name + ".txt");
        if (path is not null && File.Exists(path))
        {
            return [.. File.ReadAllLines(path).Select(l => new Sentence(l, null, null))];
        }

        var sentences = restore();
        if (path is not null)
        {
            File.WriteAllLines(path, sentences.Select(s => s.Text.ReplaceLineEndings(" ")));
        }

        return sentences;
    }

    // Captions hold no transcriber's notes: "[inaudible 00:12:34]" would otherwise reach restoration as words.
    private static string WithoutTags(string text)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        while (open >= 0)
        {
            var close = text.IndexOf(']', open + 1);
            if (close < 0)
            {
                break;
            }

            result.Append(text, at, open - at).Append(' ');
            at = close + 1;
            open = text.IndexOf('[', at);
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    // What a caption file would hold: lowercase words, apostrophes inside words kept, no other punctuation.
    private static string Lowercase(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inner = c is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
            result.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : inner ? '\'' : ' ');
        }

        return string.Join(' ', result.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, GoldName> Gold(IEnumerable<string> texts, string[] hostKeys, GoldReading reading)
    {
        var gold = new Dictionary<string, GoldName>(StringComparer.Ordinal);
        var initial = new List<string[]>();
        foreach (var text in texts)
        {
            var run = new List<NameToken>();
            var runInitial = false;
            var start = true;
            foreach (var word in NameToken.Words(text))
            {
                var token = NameToken.Parse(word);
                if (token.Prefix.IndexOfAny(['"', '“', '‘', '(', '[', '\'']) >= 0)
                {
                    Flush();
                    start = true;
                }

                var abbreviation = token.Suffix == "." && (Abbreviations.Contains(token.Key) || (token.IsCapitalised && (token.Core.Length == 1 || token.Core.Contains('.', StringComparison.Ordinal))));
                var camel = token.Core.Length > 1 && char.IsLower(token.Core[0]) && char.IsUpper(token.Core[1]);
                if ((token.IsCapitalised || camel) && char.IsLetter(token.Core[0]) && !IsPronounI(token.Core) && !Calendar.Contains(token.Key))
                {
                    if (run.Count == 0)
                    {
                        runInitial = start;
                    }

                    run.Add(token);
                }
                else if (run.Count > 0 && token.Prefix.Length == 0 && token.Suffix.Length == 0 && Connectors.Contains(token.Core))
                {
                    run.Add(token);
                }
                else
                {
                    Flush();
                }

                if (token.Suffix.Length > 0 && !abbreviation)
                {
                    Flush();
                }

                start = !abbreviation && token.Suffix.IndexOfAny(['.', '?', '!', ':', '…']) >= 0;
            }

            Flush();

            void Flush()
            {
                while (run.Count > 0 && Connectors.Contains(run[^1].Core))
                {
                    run.RemoveAt(run.Count - 1);
                }

                // Revised: "And Marvin Minsky used to say" opens with a word the sentence start capitalised; the name
                // after it stands mid-sentence.
                while (reading.HasFlag(GoldReading.Openers) && runInitial && run.Count > 1 && ClosedClass.Contains(run[0].Key) && run[0].Core.Skip(1).All(c => !char.IsUpper(c)))
                {
                    run.RemoveAt(0);
                    runInitial = false;
                }

                var keys = run.SelectMany(t => WordKeys(t, reading)).Where(k => k.Length > 0).ToArray();
                var host = keys.Length > 0 && (keys.All(hostKeys.Contains) || Contains(keys, hostKeys, loose: false));
                if (keys.Length > 0 && !host && !(reading.HasFlag(GoldReading.NoNames) && IsNoName(run)))
                {
                    if (runInitial)
                    {
                        initial.Add(keys);
                    }
                    else
                    {
                        var key = string.Join(' ', TrimThe(keys));
                        if (key.Length > 0)
                        {
                            if (!gold.TryGetValue(key, out var name))
                            {
                                gold[key] = name = new GoldName(string.Join(' ', run.Select(t => t.Core)), TrimThe(keys));
                            }

                            name.Mentions++;
                        }
                    }
                }

                run.Clear();
            }
        }

        // "But" and "Is" are capitalised in some title; their sentence starts are no mentions.
        foreach (var keys in initial)
        {
            if (gold.TryGetValue(string.Join(' ', TrimThe(keys)), out var name) && (keys.Length > 1 || !WordFrequencies.Default.IsCommon(keys[0])))
            {
                name.Mentions++;
            }
        }

        return gold;
    }

    // --ablate: how one fix of the gold reading changes the gold names said twice or more and whether the glossary
    // matches them, by the name as written.
    private static void CompareReadings(
        int number, GoldReading rule, GoldReading basis, List<string> names, Dictionary<string, GoldName> before, Dictionary<string, GoldName> after, SortedDictionary<string, List<string>> changes)
    {
        var old = Frequent(before, basis);
        var now = Frequent(after, basis | rule);
        foreach (var (form, (mentions, matched)) in old)
        {
            var change = !now.TryGetValue(form, out var other) ? matched ? "no name, was matched" : "no name, was missed"
                : matched == other.Matched ? null
                : other.Matched ? "now matched" : "now missed";
            Note(change, form, mentions);
        }

        foreach (var (form, (mentions, matched)) in now)
        {
            if (!old.ContainsKey(form))
            {
                Note(matched ? "new name, matched" : "new name, missed", form, mentions);
            }
        }

        Dictionary<string, (int Mentions, bool Matched)> Frequent(Dictionary<string, GoldName> gold, GoldReading reading)
        {
            var predicted = names.Select(n => Keys(n, reading)).Where(k => k.Length > 0).ToList();
            var result = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
            foreach (var g in gold.Values.Where(g => g.Mentions >= 2))
            {
                result.TryAdd(g.Form, (g.Mentions, predicted.Any(p => Overlaps(p, g.Keys, reading))));
            }

            return result;
        }

        void Note(string? change, string form, int mentions)
        {
            if (change is null)
            {
                return;
            }

            var key = $"{rule}: {change}";
            if (!changes.TryGetValue(key, out var list))
            {
                changes[key] = list = [];
            }

            list.Add($"{form} ({number}, {mentions})");
        }
    }

    // Diagnostics for tuning: why a gold name said twice or more is missing from the glossary.
    private static void Why(int number, Dictionary<string, GoldName> gold, ImmutableArray<GlossaryItem> items, ImmutableArray<Sentence> repaired, SortedDictionary<string, int> counts, Gazetteer gazetteer)
    {
        var extractor = new EntityExtractor(gazetteer);
        foreach (var item in items)
        {
            var key = NameToken.KeyOf(item.Name);
            Console.WriteLine($"  item {number} {item.Name} m{item.Mentions} {extractor.ClassifyRare(NameToken.Parse(key))}/{gazetteer.Letters.Score(key):F2} {gazetteer.Find(key)?.Strength.ToString() ?? "-"}/{gazetteer.Find(key)?.Count} {(Matches(Keys(item.Name, GoldReading.Revised), gold, GoldReading.Revised) ? "right" : "wrong")}");
        }

        var tokens = repaired.Select(s => NameToken.Words(s.Text).Select(NameToken.Parse).ToArray()).ToList();
        foreach (var g in gold.Values.Where(g => g.Mentions >= 2 && !items.Any(i => Overlaps(Keys(i.Name, GoldReading.Revised), g.Keys, GoldReading.Revised))).OrderBy(g => g.Form, StringComparer.Ordinal))
        {
            int cased = 0, lower = 0, initial = 0;
            foreach (var words in tokens)
            {
                for (var w = 0; w + g.Keys.Length <= words.Length; w++)
                {
                    var same = true;
                    for (var k = 0; k < g.Keys.Length && same; k++)
                    {
                        var key = words[w + k].Key;
                        same = key == g.Keys[k] || (k == g.Keys.Length - 1 && key == g.Keys[k] + "s");
                    }

                    if (!same)
                    {
                        continue;
                    }

                    var capital = Enumerable.Range(w, g.Keys.Length).All(i => words[i].IsCapitalised || !char.IsLetter(words[i].Core.FirstOrDefault('a')));
                    if (capital && w == 0)
                    {
                        initial++;
                    }
                    else if (capital)
                    {
                        cased++;
                    }
                    else
                    {
                        lower++;
                    }
                }
            }

            var noise = g.Keys.All(k => k.Length == 1) ? "letter"
                : g.Keys.All(k => WordFrequencies.Default.Count(k) >= 1000) ? "function words"
                : null;
            var reason = noise ?? (cased + lower + initial == 0 ? "absent" : cased == 0 && initial == 0 ? "lowercase only" : cased + initial == 1 ? "capitalised once" : "capitalised 2+");
            counts[reason] = counts.GetValueOrDefault(reason) + 1;
            Console.WriteLine($"  why {number} {reason}: {g.Form} gold {g.Mentions}, restored cased {cased} initial {initial} lower {lower}{(g.Keys.Length > 1 ? ", multi" : string.Empty)}; known {gazetteer.Find(string.Concat(g.Keys))?.Strength.ToString() ?? "-"} {gazetteer.Find(string.Concat(g.Keys))?.Count}; words {string.Join(' ', g.Keys.Select(k => WordFrequencies.Default.Count(k)))}; rare {string.Join(' ', NameToken.Words(g.Form).SelectMany(w => Pieces(w)).Select(k => $"{new EntityExtractor(gazetteer).ClassifyRare(NameToken.Parse(k))}/{gazetteer.Letters.Score(k):F2}"))}");
        }
    }

    // Diagnostics for tuning: what kind of evidence an item rests on.
    private static string Bucket(GlossaryItem item, Gazetteer gazetteer)
    {
        var words = NameToken.Words(item.Name);
        var known = gazetteer.Find(NameToken.KeyOf(item.Name));
        var everyday = words.All(w => WordFrequencies.Default.IsCommon(NameToken.KeyOf(w)) || w is "The" or "of");
        var shaped = words.Any(w => w.Skip(1).Any(char.IsUpper) || w.Any(char.IsDigit));
        var lower = char.IsLower(item.Name[0]) ? " lower" : string.Empty;
        return $"{(words.Length > 1 ? "multi" : "single")} {known?.Strength.ToString() ?? "-"} {(everyday ? "everyday" : "rare")}{(shaped ? " shaped" : string.Empty)}{lower} m{Math.Min(item.Mentions, 4)}";
    }

    private static bool IsPronounI(string core) => core is "I" || core.StartsWith("I'", StringComparison.Ordinal) || core.StartsWith("I’", StringComparison.Ordinal);

    // A leading "the" and a plural "s" make no other name: "the Beatles" is "Beatle", "Palestinians" is "Palestinian".
    private static string[] TrimThe(string[] keys)
    {
        var trimmed = keys.Length > 1 && keys[0] == "the" ? keys[1..] : [.. keys];
        if (trimmed.Length > 0 && trimmed[^1].Length > 3 && trimmed[^1][^1] == 's')
        {
            trimmed[^1] = trimmed[^1][..^1];
        }

        return trimmed;
    }

    private static string[] Keys(string name, GoldReading reading) =>
        TrimThe([.. NameToken.Words(name).SelectMany(w => WordKeys(NameToken.Parse(w), reading)).Where(k => k.Length > 0)]);

    private static string[] WordKeys(NameToken token, GoldReading reading) =>
        !reading.HasFlag(GoldReading.Hyphens) || (reading.HasFlag(GoldReading.Initialisms) && IsInitialism(token.Core)) ? [token.Key] : Pieces(token.Core);

    // "U.S." or "D.C": single letters with dots between them, one word however a transcript dots it ("US").
    private static bool IsInitialism(string core)
    {
        if (core.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < core.Length; i++)
        {
            var letter = i % 2 == 0;
            if (letter ? !char.IsLetter(core[i]) : core[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    // The keys of a word as the lowercased input spells it: "Israeli-Palestinian" is two words there, "O'Neill" one.
    private static string[] Pieces(string core) => [.. Lowercase(core).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => NameToken.KeyOf(p))];

    // Capitalised, but no name: placeholders and grades ("X", "plan B"), times ("AM"), and a closed-class word a
    // title or a quotation capitalised ("Why Is Life the Way It Is?").
    private static bool IsNoName(List<NameToken> run)
    {
        if (run.All(t => t.Core.Length == 1))
        {
            return true;
        }

        if (run.Count != 1)
        {
            return false;
        }

        var core = run[0].Core;
        var titleCased = core.Skip(1).All(c => !char.IsUpper(c));
        return run[0].Key is "am" or "pm" || (titleCased && ClosedClass.Contains(run[0].Key));
    }

    private static bool Matches(string[] keys, Dictionary<string, GoldName> gold, GoldReading reading) => gold.Values.Any(g => Overlaps(keys, g.Keys, reading));

    // Exact, or the words of one are a contiguous part of the other's.
    // Revised: the plural "s" is set aside on every word, not only a name's last ("Boris" is part of "Boris Johnson").
    private static bool Overlaps(string[] a, string[] b, GoldReading reading)
    {
        var loose = reading.HasFlag(GoldReading.Plurals);
        return Contains(a, b, loose) || Contains(b, a, loose);
    }

    private static bool Contains(string[] outer, string[] inner, bool loose)
    {
        for (var i = 0; i + inner.Length <= outer.Length; i++)
        {
            var all = true;
            for (var j = 0; j < inner.Length && all; j++)
            {
                all = outer[i + j] == inner[j] || (loose && Singular(outer[i + j]) == Singular(inner[j]));
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static string Singular(string key) => key.Length > 3 && key[^1] == 's' ? key[..^1] : key;

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private sealed class GoldName(string form, string[] keys)
    {
        public string Form { get; } = form;

        public string[] Keys { get; } = keys;

        public int Mentions { get; set; }
    }

    private sealed class Tally(GoldReading reading)
    {
        private int items, exactItems, partialItems, golds, exactGolds, partialGolds, golds2, exactGolds2, partialGolds2;

        public int Episodes { get; private set; }

        public void Add(List<string> names, Dictionary<string, GoldName> gold)
        {
            Episodes++;
            var predicted = names.Select(n => Keys(n, reading)).Where(k => k.Length > 0).ToList();
            var exactKeys = predicted.Select(k => string.Join(' ', k)).ToHashSet(StringComparer.Ordinal);
            foreach (var keys in predicted)
            {
                items++;
                exactItems += gold.ContainsKey(string.Join(' ', keys)) ? 1 : 0;
                partialItems += Matches(keys, gold, reading) ? 1 : 0;
            }

            foreach (var (key, name) in gold)
            {
                var exact = exactKeys.Contains(key);
                var partial = predicted.Any(p => Overlaps(p, name.Keys, reading));
                golds++;
                exactGolds += exact ? 1 : 0;
                partialGolds += partial ? 1 : 0;
                if (name.Mentions >= 2)
                {
                    golds2++;
                    exactGolds2 += exact ? 1 : 0;
                    partialGolds2 += partial ? 1 : 0;
                }
            }
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"items {items,5}  P {Ratio(exactItems, items):F3} / {Ratio(partialItems, items):F3}   gold {golds,5}  R {Ratio(exactGolds, golds):F3} / {Ratio(partialGolds, golds):F3}   gold 2+ {golds2,5}  R2 {Ratio(exactGolds2, golds2):F3} / {Ratio(partialGolds2, golds2):F3}");
    }
}
