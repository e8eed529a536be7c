using System.Collections.Frozen;
using System.Collections.Immutable;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Names;

/// <summary>
/// Finds the named entities of one episode for its glossary: names of the gazetteer, capitalised sequences
/// (sentence-initial words only when the episode also capitalises them mid-sentence or their shape marks a name, as
/// in "GPT-3" or "AlphaFold"; everyday words when said three times), words the restorer left lowercase that no English
/// text writes so and that recur ("hamas"; one built like an English word only when its letters look like a name's,
/// see <see cref="LetterOdds"/>), lowercase phrases that recur and are names the corpus capitalises ("first
/// amendment"), and cues such as "Professor X" or "X University". Variants merge into one entry
/// (first-name and surname mentions into the full name, a word of one guest's name into the guest, plurals, spellings
/// with the same letters); a name said once with nothing else vouching for it stays out, and so do Roman numerals
/// alone and an everyday word said alone no more often than the name that holds it ("Silicon" beside "Silicon
/// Valley"). The host is left out.
/// </summary>
public sealed class EntityExtractor
{
    private const int FunctionWordCount = 1000;

    // "andes" is no inflection of "and": a shorter stem proves nothing.
    private const int MinStem = 4;
    private const int MinContextWords = 8;
    private const int MaxContextWords = 40;
    private const int MaxContextCandidates = 60;
    private const int EverydayMentions = 3;
    private const int RareLowercaseMentions = 2;
    private const int CompoundMentions = 5;

    // Log odds per letter n-gram (see LetterOdds), tuned on the even episodes of eval-glossary.
    private const double EnglishShapedOdds = -0.2;
    private const double ForeignOdds = -0.4;
    private const int MinContextScore = 2;
    private const int CapitalisedRatio = 4;
    private const int EverydayPhraseRatio = 20;

    private static readonly FrozenSet<string> Connectors =
        new[] { "of", "de", "del", "van", "von", "der", "da", "di", "du", "la", "le", "al" }.ToFrozenSet(StringComparer.Ordinal);

    // Capitalised for reasons other than being a name (times of day as in "10 A.M.", greetings, interjections,
    // backchannels said as a sentence of their own, "Mhm."), names too general for a glossary, or informal spellings of
    // everyday words that captions use and the written corpus behind the everyday-word list does not ("cuz", "gonna").
    private static readonly FrozenSet<string> Excluded = new[]
    {
        "i", "im", "ive", "ill", "id", "okay", "ok", "yeah", "yes", "no", "oh", "so", "well", "um", "uh", "mr", "mrs", "ms",
        "dr", "wow", "whoa", "mhm", "mmhmm", "mm", "mmm", "hmm", "hm", "huh", "uhhuh", "ah", "ahh", "aha", "oops", "hey", "yep",
        "yup", "nope", "nah", "gosh", "jeez", "alright", "hello", "hi", "bye", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "am", "pm", "cuz", "cos", "coz", "gonna", "wanna", "gotta", "kinda", "sorta", "dunno", "lemme", "gimme", "ya", "yall",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Excluded words whose capitalised letters alone spell an initialism ("ID", "MR"): only their other forms are excluded.
    private static readonly FrozenSet<string> Initialisms =
        new[] { "id", "mr", "ms", "dr" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Titles =
        new[] { "professor", "prof", "dr", "mr", "mrs", "ms", "sir", "dame", "president", "senator", "king", "queen", "prince", "princess", "saint", "general", "captain", "pope", "ceo", "cto", "cfo", "founder", "cofounder", "chairman", "director" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganizationWords = new[]
    {
        "university", "institute", "inc", "corp", "corporation", "company", "labs", "lab", "laboratory", "foundation",
        "society", "college", "school", "group", "agency", "association", "bank", "party", "council", "academy",
        "department", "ministry", "committee", "club", "team", "church", "army", "navy", "force", "times", "post", "news",
        "records", "studios", "studio", "technologies", "systems", "motors", "airlines", "capital", "ventures", "fund",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceWords = new[]
    {
        "city", "river", "mountain", "mountains", "island", "islands", "valley", "state", "states", "county", "street",
        "lake", "ocean", "sea", "bay", "coast", "desert", "kingdom", "republic", "park", "forest", "peninsula", "canyon",
        "square", "bridge", "africa", "america", "asia", "europe",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EventWords = new[]
    {
        "war", "revolution", "olympics", "conference", "summit", "festival", "election", "games", "cup", "championship",
        "crisis", "massacre", "battle", "depression", "pandemic", "renaissance", "era", "age", "bowl", "series", "trial",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WorkWords = new[]
    {
        "model", "models", "paper", "book", "books", "algorithm", "network", "architecture", "language", "film", "movie",
        "show", "game", "album", "song", "novel", "library", "framework", "app", "series", "essay", "podcast", "episode",
        "chip", "engine", "system",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words before a name that tell what it is.
    private static readonly FrozenSet<string> PlaceBefore =
        new[] { "across", "near", "visited", "throughout", "outside", "downtown" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganizationBefore =
        new[] { "at", "joined", "founded", "for" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WorkBefore =
        new[] { "read", "reading", "watched", "watching", "wrote", "played", "playing", "using", "used", "trained", "released" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganizationPairs = new[]
    {
        "ceo of", "founder of", "cofounder of", "president of", "works at", "worked at", "working at", "work at", "job at",
        "employees at", "engineers at", "team at", "researchers at", "company called", "startup called", "acquired by",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganizationOwned = new[]
    {
        "ceo", "founder", "founders", "employees", "engineers", "stock", "headquarters", "board", "products", "shareholders",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlacePairs = new[]
    {
        "born in", "up in", "lived in", "live in", "living in", "moved to", "city of", "state of", "streets of", "capital of",
        "travel to", "traveled to", "went to", "trip to", "flew to", "people of", "invasion of",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PersonOwned = new[]
    {
        "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "family", "children", "kids", "book",
        "books", "biography", "life", "death", "career", "friend", "girlfriend", "boyfriend", "parents", "novel",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PersonAfter = new[]
    {
        "said", "says", "thinks", "thought", "wrote", "writes", "argues", "argued", "believes", "believed", "told", "tells",
        "himself", "herself", "who", "was", "died", "born",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] InflectionSuffixes = ["s", "es", "ed", "d", "ing", "ly", "er", "ers", "ness", "ism", "ist", "ists", "ation", "al", "ally", "ity", "ic", "y", "ment"];

    private static readonly string[] EnglishSuffixes =
    [
        "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ous", "ive", "ives", "able", "ible", "ful",
        "less", "ism", "isms", "ist", "ists", "ize", "ized", "izing", "ise", "ised", "ing", "ings", "ed", "ly", "ance",
        "ence", "ancy", "ency", "ship", "hood", "ical", "ology", "ologist", "graphy", "wards", "ward", "ate", "ated", "ating",
        "ify", "ified", "er", "ers", "or", "ors", "al", "ally", "ary", "ery", "ure", "ures", "ic", "ics", "ite", "ide", "oid", "ium",
    ];

    private static readonly string[] EnglishPrefixes = ["un", "in", "im", "re", "dis", "over", "under", "non", "pre", "mis", "anti", "semi", "sub", "super", "inter", "out", "self"];

    private static readonly FrozenSet<string> DefiningVerbs =
        new[] { "is", "was", "are", "were" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DefiningStarts =
        new[] { "a", "an", "the", "one", "who", "which", "whose", "basically", "essentially", "kind", "sort" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NamingWords =
        new[] { "called", "named", "titled" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions =
        new[] { "on", "in", "at", "of", "to", "for", "from", "by", "about", "into", "over", "than", "like" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MidThought =
        new[] { "and", "but", "so", "or", "because", "well", "yeah", "like", "then", "also" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Gazetteer gazetteer;
    private readonly FrozenSet<string> hostTokens;
    private readonly FrozenSet<string> lowercaseStarts;
    private readonly FrozenSet<string> phraseStarts;

    private readonly bool casingIsWritten;

    /// <param name="gazetteer">The names the site and the corpus know.</param>
    /// <param name="casingIsWritten">
    /// The text came cased by a person (it was punctuated, not restored): a word it writes in lowercase is no name,
    /// however rare, so the rules for names the restorer left lowercase do not apply.
    /// </param>
    public EntityExtractor(Gazetteer gazetteer, bool casingIsWritten = false)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
        this.casingIsWritten = casingIsWritten;
        var host = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in gazetteer.Names)
        {
            if (gazetteer.HostKeys.Contains(name.Letters))
            {
                host.UnionWith(name.Tokens);
            }
        }

        hostTokens = host.ToFrozenSet(StringComparer.Ordinal);

        // Lowercase words can only begin a name the site vouches for; the rest skip the n-gram lookups.
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in gazetteer.Names)
        {
            if (name.Strength > NameStrength.Corpus)
            {
                AddPrefixes(prefixes, name.Letters);
                foreach (var alias in name.Aliases)
                {
                    AddPrefixes(prefixes, NameToken.KeyOf(alias));
                }
            }
        }

        lowercaseStarts = prefixes.ToFrozenSet(StringComparer.Ordinal);

        var starts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in gazetteer.Names)
        {
            if (name.Tokens.Length >= 2)
            {
                starts.Add(name.Tokens[0]);
            }
        }

        phraseStarts = starts.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void AddPrefixes(HashSet<string> prefixes, string letters)
    {
        for (var length = 1; length <= letters.Length; length++)
        {
            prefixes.Add(letters[..length]);
        }
    }

    public ImmutableArray<GlossaryItem> Extract(ImmutableArray<Sentence> sentences)
    {
        if (sentences.IsDefaultOrEmpty)
        {
            return [];
        }

        var tokens = new NameToken[sentences.Length][];
        var capitalisedMidSentence = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Length; s++)
        {
            var words = NameToken.Words(sentences[s].Text);
            var parsed = new NameToken[words.Length];
            for (var w = 0; w < words.Length; w++)
            {
                parsed[w] = NameToken.Parse(words[w]);
                if (w > 0 && parsed[w].IsCapitalised)
                {
                    capitalisedMidSentence.Add(parsed[w].Key);
                }
            }

            tokens[s] = parsed;
        }

        var found = new Dictionary<string, Found>(StringComparer.Ordinal);
        var echoes = new List<(int Sentence, int Word)>();
        for (var s = 0; s < tokens.Length; s++)
        {
            var words = tokens[s];
            var w = 0;
            while (w < words.Length)
            {
                if (IsExcluded(words[w]))
                {
                    w++;
                    continue;
                }

                // "Donald Hebb" is one name even where the gazetteer only knows "Donald".
                var known = GazetteerMatch(words, w);
                var run = CapitalisedRun(words, w, capitalisedMidSentence);
                if (known is { } shorter && run > shorter.Length && shorter.Length == 1 && shorter.Name.Strength == NameStrength.Corpus)
                {
                    known = null;
                }

                var length = known is { } match ? match.Length : run;
                if (length == 0 && casingIsWritten)
                {
                    w++;
                    continue;
                }

                if (length == 0 && KnownPhrase(words, w) is { } phrase)
                {
                    Record(found, words, s, w, phrase.Length, phrase.Name, lowercase: false, phrase: true).Phrases++;
                    w += phrase.Length;
                    continue;
                }

                if (length == 0)
                {
                    var rare = ClassifyRare(words[w]);
                    if (rare != RareWord.No)
                    {
                        var entity = Record(found, words, s, w, 1, null, lowercase: true);
                        entity.EnglishShaped += rare == RareWord.EnglishShaped ? 1 : 0;
                        entity.Compound += rare == RareWord.Compound ? 1 : 0;
                    }
                    else if (IsUncommonLowercase(words[w]))
                    {
                        echoes.Add((s, w));
                    }

                    w++;
                    continue;
                }

                Record(found, words, s, w, length, known?.Name, lowercase: false);
                w += length;
            }
        }

        // "Hamlet" once, then "hamlet": a word English seldom writes in lowercase is the name each time the episode says
        // it, once the episode has capitalised it mid-sentence.
        foreach (var (s, w) in echoes)
        {
            if (found.TryGetValue(tokens[s][w].Key, out var entity) && entity.Parts.Length == 1 && entity.Mentions > entity.Lowercase)
            {
                Record(found, tokens[s], s, w, 1, null, lowercase: true);
            }
        }

        MergeVariants(found);
        // The mentions of the most said name of several words that holds each word.
        var nameWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in found.Values)
        {
            if (entity.Parts.Length > 1)
            {
                foreach (var part in entity.Parts)
                {
                    nameWords[part] = Math.Max(nameWords.GetValueOrDefault(part), entity.Mentions);
                }
            }
        }

        var items = new List<(GlossaryItem Item, double Weight)>();
        foreach (var entity in found.Values)
        {
            if (Keep(entity, nameWords) && !IsHost(entity))
            {
                items.Add((ToItem(entity, tokens, sentences), Weight(entity)));
            }
        }

        items.Sort((a, b) =>
            b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight)
            : a.Item.FirstSentence != b.Item.FirstSentence ? a.Item.FirstSentence.CompareTo(b.Item.FirstSentence)
            : string.CompareOrdinal(a.Item.Name, b.Item.Name));
        var result = ImmutableArray.CreateBuilder<GlossaryItem>(items.Count);
        foreach (var (item, _) in items)
        {
            result.Add(item);
        }

        return result.MoveToImmutable();
    }

    private (GazetteerName Name, int Length)? GazetteerMatch(NameToken[] words, int start)
    {
        if (!words[start].IsCapitalised && !lowercaseStarts.Contains(words[start].Key))
        {
            return null;
        }

        var max = Math.Min(4, words.Length - start);
        Span<int> ends = stackalloc int[4];
        var key = string.Empty;
        var count = 0;
        for (var length = 1; length <= max; length++)
        {
            // A name never spans punctuation: "Smith, Jones" is two names.
            if (length > 1 && (words[start + length - 2].Suffix.Length > 0 || words[start + length - 1].Prefix.Length > 0))
            {
                break;
            }

            ends[count++] = length;
        }

        (GazetteerName Name, int Length)? best = null;
        for (var i = 0; i < count; i++)
        {
            key = i == 0 ? words[start].Key : key + words[start + i].Key;
            if (key.Length == 0 || gazetteer.Find(key) is not { } name)
            {
                continue;
            }

            var length = ends[i];

            // Lowercase text only names a known entity when the words cannot be everyday words.
            var cased = words[start].IsCapitalised && (start > 0 || length > 1 || name.Strength > NameStrength.Corpus || HasNameShape(words[start].Core));
            var safe = name.Strength > NameStrength.Corpus && (length > 1 || !gazetteer.Words.IsCommon(key));
            if (cased || safe)
            {
                best = (name, length);
            }
        }

        return best;
    }

    // "first amendment", "brave new world": a name of several words that the corpus capitalises, which the restorer
    // left lowercase because each of its words alone is an everyday word.
    private (GazetteerName Name, int Length)? KnownPhrase(NameToken[] words, int start)
    {
        if (!phraseStarts.Contains(words[start].Key) || !char.IsLower(words[start].Core[0]))
        {
            return null;
        }

        var key = words[start].Key;
        (GazetteerName Name, int Length)? best = null;
        for (var length = 2; length <= 4 && start + length <= words.Length; length++)
        {
            var last = words[start + length - 1];
            if (words[start + length - 2].Suffix.Length > 0 || last.Prefix.Length > 0 || last.Core.Length == 0 || !char.IsLower(last.Core[0]))
            {
                break;
            }

            key += last.Key;
            if (gazetteer.Find(key) is { } name && name.Tokens.Length == length && SameWords(name, words, start) && !MostlyEveryday(name))
            {
                best = (name, length);
            }
        }

        return best;
    }

    // "artificial intelligence", "all in": when the corpus writes even the rarest word of the phrase in lowercase far
    // more often than it capitalises the whole name, the phrase is mostly said in its everyday sense.
    private bool MostlyEveryday(GazetteerName name)
    {
        var rarest = int.MaxValue;
        foreach (var token in name.Tokens)
        {
            rarest = Math.Min(rarest, gazetteer.Words.Count(token));
        }

        return name.Count * EverydayPhraseRatio < rarest;
    }

    private static bool SameWords(GazetteerName name, NameToken[] words, int start)
    {
        for (var i = 0; i < name.Tokens.Length; i++)
        {
            if (name.Tokens[i] != words[start + i].Key)
            {
                return false;
            }
        }

        return true;
    }

    private int CapitalisedRun(NameToken[] words, int start, HashSet<string> capitalisedMidSentence)
    {
        // A capitalised everyday word ("Then", "Because") starts no name, even when a run of names follows it.
        var first = words[start];
        var shaped = HasNameShape(first.Core);
        if (!IsNameWord(first) || Titles.Contains(first.Key)
            || (start == 0 && !shaped && !capitalisedMidSentence.Contains(first.Key))
            || (!shaped && gazetteer.Words.Count(first.Key) >= FunctionWordCount && gazetteer.Find(first.Key) is null))
        {
            return 0;
        }

        var end = start + 1;
        while (end < words.Length && (words[end - 1].Suffix.Length == 0 || IsInitial(words[end - 1])) && words[end].Prefix.Length == 0)
        {
            if (IsNameWord(words[end]))
            {
                end++;
            }
            else if (Connectors.Contains(words[end].Core) && end + 1 < words.Length && words[end].Suffix.Length == 0
                     && IsNameWord(words[end + 1]) && words[end + 1].Prefix.Length == 0)
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        // Letters said one by one ("spelled F R I D MA N") are a spelling, not part of a name.
        var spelled = 0;
        while (end - spelled > start && words[end - spelled - 1].Key.Length <= 2 && !Connectors.Contains(words[end - spelled - 1].Core))
        {
            spelled++;
        }

        if (spelled >= 2)
        {
            end -= spelled;
            if (end == start)
            {
                return 0;
            }
        }

        return SeparateNames(words, start, end) ? 1 : end - start;
    }

    // "Harvard Yale Stanford", "Munich Hitler": names the restorer left without commas, each a name of its own.
    private bool SeparateNames(NameToken[] words, int start, int end)
    {
        if (end - start < 2 || EnglishFirstNames.All.Contains(words[start].Key) || (start > 0 && Titles.Contains(words[start - 1].Key)))
        {
            return false;
        }

        var whole = string.Empty;
        for (var i = start; i < end; i++)
        {
            whole += words[i].Key;
            if (i > start && words[i].Key != words[i - 1].Key && (Connectors.Contains(words[i].Key) || gazetteer.Find(words[i].Key) is null))
            {
                return false;
            }
        }

        return gazetteer.Find(whole) is null && gazetteer.Find(words[start].Key) is not null;
    }

    // "I'd" and "Mr" share their keys with the initialisms "ID" and "MR", which are written in capitals.
    private static bool IsExcluded(NameToken token) =>
        Excluded.Contains(token.Key) && !(Initialisms.Contains(token.Key) && token.Core.Length == token.Key.Length && IsAllCapitals(token.Core));

    private static bool IsAllCapitals(string core)
    {
        foreach (var c in core)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInitial(NameToken token) => token.Core.Length == 1 && token.IsCapitalised && token.Suffix == ".";

    private static bool IsNameWord(NameToken token) =>
        token.Key.Length > 0 && char.IsLetter(token.Core[0]) && !IsExcluded(token)
        && (token.IsCapitalised || (token.Core.Length > 1 && char.IsUpper(token.Core[1])));

    // Shapes people do not produce by capitalising a sentence: "GPT-3", "DNA", "AlphaFold", "iPhone".
    private static bool HasNameShape(string core)
    {
        if (core.Length < 2)
        {
            return false;
        }

        int upper = 0, digits = 0, lowerThenUpper = 0;
        for (var i = 0; i < core.Length; i++)
        {
            var c = core[i];
            if (char.IsUpper(c))
            {
                upper++;
                lowerThenUpper += i > 0 && char.IsLower(core[i - 1]) ? 1 : 0;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }

        return upper >= 2 || lowerThenUpper > 0 || (digits > 0 && digits < core.Length && char.IsLetter(core[0]));
    }

    // A word the restorer left lowercase that everyday English never uses: "hamas", "llm" (to be recurring to count).
    // Words shaped like English ("insurrection", "songwriter") may still be rare English words: they need more mentions.
    internal RareWord ClassifyRare(NameToken token)
    {
        var key = token.Key;
        if (key.Length < 2 || token.Core.Length != key.Length || !IsLowerAfterFirst(token.Core) || gazetteer.Words.IsSeen(key))
        {
            return RareWord.No;
        }

        foreach (var suffix in InflectionSuffixes)
        {
            if (key.Length >= suffix.Length + MinStem && key.EndsWith(suffix, StringComparison.Ordinal)
                && (gazetteer.Words.IsSeen(key[..^suffix.Length]) || gazetteer.Words.IsSeen(key[..^suffix.Length] + "e")))
            {
                return RareWord.No;
            }
        }

        // Two everyday words run together ("toolchain", "songwriter") are an English compound unless said often ("bigdog").
        for (var split = 3; split <= key.Length - 3; split++)
        {
            if (gazetteer.Words.IsCommon(key[..split]) && gazetteer.Words.IsCommon(key[split..]))
            {
                return RareWord.Compound;
            }
        }

        // A rare plural is nearly always a rare noun ("tusks", "pheromones"); "hamas" and "yemenis" end otherwise.
        if (key[^1] == 's' && key[^2] is not ('a' or 'i' or 'u'))
        {
            return RareWord.EnglishShaped;
        }

        foreach (var suffix in EnglishSuffixes)
        {
            if (key.Length > suffix.Length + 2 && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return RareWord.EnglishShaped;
            }
        }

        foreach (var prefix in EnglishPrefixes)
        {
            if (key.Length > prefix.Length + 3 && key.StartsWith(prefix, StringComparison.Ordinal) && gazetteer.Words.IsSeen(key[prefix.Length..]))
            {
                return RareWord.EnglishShaped;
            }
        }

        return RareWord.Foreign;
    }

    private bool IsUncommonLowercase(NameToken token) =>
        token.Key.Length >= 3 && token.Core.Length == token.Key.Length && char.IsLower(token.Core[0]) && IsLowerAfterFirst(token.Core)
        && gazetteer.Words.Count(token.Key) == 0 && !Excluded.Contains(token.Key);

    // "hamas", or "Hamas" where only its place (a sentence start) capitalised it.
    private static bool IsLowerAfterFirst(string core)
    {
        for (var i = 1; i < core.Length; i++)
        {
            if (!char.IsLower(core[i]) && !char.IsAsciiDigit(core[i]))
            {
                return false;
            }
        }

        return char.IsLetter(core[0]);
    }

    private Found Record(Dictionary<string, Found> found, NameToken[] words, int sentence, int start, int length, GazetteerName? known, bool lowercase, bool phrase = false)
    {
        var display = lowercase ? NameCase(words[start].Core) : Display(words, start, length, phrase);
        var key = NameToken.KeyOf(display);
        known ??= gazetteer.Find(key);
        if (known is not null)
        {
            key = known.Letters;
        }

        if (!found.TryGetValue(key, out var entity))
        {
            string[] parts;
            if (known is not null)
            {
                parts = [.. known.Tokens];
            }
            else
            {
                parts = new string[length];
                for (var i = 0; i < length; i++)
                {
                    parts[i] = words[start + i].Key;
                }
            }

            entity = new Found(key, known, parts);
            found[key] = entity;
        }

        entity.Mentions++;
        entity.Lowercase += lowercase ? 1 : 0;
        if (start > 0 && words[start - 1].IsCapitalised && words[start - 1].Key is "the" or "a" or "an" && words[start - 1].Suffix.Length == 0)
        {
            entity.AfterArticle++;
        }

        for (var i = start; i < start + length && !entity.Shaped; i++)
        {
            entity.Shaped = HasNameShape(words[i].Core);
        }

        entity.Forms[display] = entity.Forms.GetValueOrDefault(display) + 1;
        entity.AddSentence(sentence);
        entity.AddVariant(words, start, length);
        Vote(entity, words, start, length);
        return entity;
    }

    // "hamas" is shown "Hamas", a word without vowels is an acronym: "llm" is "LLM".
    private static string NameCase(string word) =>
        word.Length <= 2 || word.AsSpan().IndexOfAny("aeiouy") < 0 ? word.ToUpperInvariant() : char.ToUpperInvariant(word[0]) + word[1..];

    // A phrase said in lowercase is shown in capitals: "first amendment" is "First Amendment".
    private static string Display(NameToken[] words, int start, int length, bool phrase)
    {
        if (length == 1)
        {
            return words[start].Core;
        }

        var parts = new string[length];
        for (var i = 0; i < length; i++)
        {
            parts[i] = phrase ? NameCase(words[start + i].Core) : words[start + i].Core;
        }

        return string.Join(' ', parts);
    }

    private static void Vote(Found entity, NameToken[] words, int start, int length)
    {
        var first = words[start].Key;
        var last = words[start + length - 1].Key;
        var before = start > 0 ? words[start - 1].Key : string.Empty;
        var after = start + length < words.Length ? words[start + length].Key : string.Empty;
        var closed = words[start + length - 1].Suffix.Length > 0;

        // The name's own words say the most; its neighbours say something each time they recur.
        if (OrganizationWords.Contains(last) || (length > 1 && OrganizationWords.Contains(first)))
        {
            entity.Votes[(int)EntityType.Organization] += 3;
        }

        if (PlaceWords.Contains(last) && length > 1)
        {
            entity.Votes[(int)EntityType.Place] += 3;
        }

        if (EventWords.Contains(last) && length > 1)
        {
            entity.Votes[(int)EntityType.Event] += 3;
        }

        if (Titles.Contains(before) || (length > 1 && EnglishFirstNames.All.Contains(first)))
        {
            entity.Votes[(int)EntityType.Person] += 3;
        }

        if (!closed && PersonAfter.Contains(after) && after != "was" && after != "who")
        {
            entity.Votes[(int)EntityType.Person]++;
        }

        if (!closed && after == "who")
        {
            entity.Votes[(int)EntityType.Person] += 2;
        }

        if (OrganizationBefore.Contains(before))
        {
            entity.Votes[(int)EntityType.Organization]++;
        }

        if (PlaceBefore.Contains(before))
        {
            entity.Votes[(int)EntityType.Place]++;
        }

        // Two words before and the word after a possessive are the clearest cues: "CEO of X", "born in X", "X's wife".
        var pair = start > 1 && words[start - 2].Suffix.Length == 0 ? words[start - 2].Key + " " + before : string.Empty;
        var possessive = closed && words[start + length - 1].Suffix is "'s" or "’s";
        if (OrganizationPairs.Contains(pair) || (possessive && OrganizationOwned.Contains(after)))
        {
            entity.Votes[(int)EntityType.Organization] += 2;
        }

        if (PlacePairs.Contains(pair))
        {
            entity.Votes[(int)EntityType.Place] += 2;
        }

        if (possessive && PersonOwned.Contains(after))
        {
            entity.Votes[(int)EntityType.Person] += 2;
        }

        if (WorkBefore.Contains(before) || (!closed && WorkWords.Contains(after)) || HasNameShape(words[start + length - 1].Core) && ContainsDigit(words[start + length - 1].Core))
        {
            entity.Votes[(int)EntityType.Work]++;
        }
    }

    private static bool ContainsDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    // Variants of one name become one entry: plurals and possessives, first names and surnames of a full name.
    private void MergeVariants(Dictionary<string, Found> found)
    {
        foreach (var plural in found.Values.Where(f => f.Key.Length > 3 && f.Key[^1] == 's').OrderBy(f => f.Key, StringComparer.Ordinal).ToList())
        {
            // "Nobel Prizes" is "Nobel Prize", word for word; "Hunter S" is no plural of "Hunter".
            if (found.TryGetValue(plural.Key[..^1], out var singular) && singular.Parts.Length == plural.Parts.Length
                && plural.Parts[^1].Length > 1 && singular.Parts[^1] == plural.Parts[^1][..^1])
            {
                var (into, from) = singular.Mentions >= plural.Mentions || singular.Known is not null ? (singular, plural) : (plural, singular);
                into.Absorb(from, mergeForms: true);
                found.Remove(from.Key);
            }
        }

        MergeIntoGuests(found);

        // "Smith" and "Jane" count toward "Jane Smith" when exactly one full name of the episode fits.
        var people = found.Values
            .Where(f => f.Parts.Length >= 2 && TypeOf(f) == EntityType.Person)
            .ToList();
        foreach (var single in found.Values.Where(f => f.Parts.Length == 1 && f.Known is not { Strength: > NameStrength.Corpus }).OrderBy(f => f.Key, StringComparer.Ordinal).ToList())
        {
            Found? owner = null;
            var owners = 0;
            foreach (var person in people)
            {
                if (person.Parts[0] == single.Key || person.Parts[^1] == single.Key)
                {
                    owner = person;
                    owners++;
                }
            }

            if (owners == 1)
            {
                owner!.Absorb(single, mergeForms: false);
                found.Remove(single.Key);
            }
        }
    }

    // A guest is addressed by one of their names ("George, do you think ..."), even where the full name never comes
    // out right in the captions: a word of exactly one guest's name, said alone, is that guest.
    private void MergeIntoGuests(Dictionary<string, Found> found)
    {
        var guests = new List<GazetteerName>();
        foreach (var name in gazetteer.Names)
        {
            if (name.Strength == NameStrength.Episode && name.IsMultiWordPerson && !gazetteer.HostKeys.Contains(name.Letters))
            {
                guests.Add(name);
            }
        }

        if (guests.Count == 0)
        {
            return;
        }

        foreach (var single in found.Values.Where(f => f.Parts.Length == 1 && f.Known is not { Strength: NameStrength.Episode }).OrderBy(f => f.Key, StringComparer.Ordinal).ToList())
        {
            GazetteerName? owner = null;
            var owners = 0;
            foreach (var guest in guests)
            {
                if (guest.Tokens.Contains(single.Key))
                {
                    owner = guest;
                    owners++;
                }
            }

            if (owners != 1)
            {
                continue;
            }

            if (!found.TryGetValue(owner!.Letters, out var into))
            {
                into = new Found(owner.Letters, owner, [.. owner.Tokens]);
                found[owner.Letters] = into;
            }

            into.Absorb(single, mergeForms: false);
            found.Remove(single.Key);
        }
    }

    private bool Keep(Found entity, Dictionary<string, int> nameWords)
    {
        if (entity.Key.Length < 2 && entity.Known is not { Strength: > NameStrength.Site })
        {
            return false;
        }

        if (entity.Known is { Strength: > NameStrength.Corpus })
        {
            return true;
        }

        // "III" alone is a stutter of "I" run together, or a numeral cut from its name ("World War II").
        if (entity.Parts.Length == 1 && IsRomanNumeral(entity.Key) && IsAllCapitals(BestForm(entity)))
        {
            return false;
        }

        if (entity.Lowercase == entity.Mentions)
        {
            return KeepRare(entity);
        }

        // A corpus name made of everyday words, only ever said in lowercase, is a name when the episode keeps saying it
        // ("give it five stars" is said twice in an advertisement, "the first amendment" in a talk about it again and again).
        if (entity.Phrases == entity.Mentions && entity.Mentions < EverydayMentions)
        {
            return false;
        }

        // "The Edge", "Artificial Intelligence", "Earth": capitalised everyday words are often capitalised by accident.
        var everyday = AllEveryday(entity.Parts) && !entity.Shaped && !UsuallyCapitalised(entity);
        // "Silicon" where the episode says "Silicon Valley" more often: an everyday word alone is then the word, or a
        // fragment of the name ("Earth" said more often than "Planet Earth" is a name of its own).
        if (everyday && entity.Parts.Length == 1 && entity.Mentions <= nameWords.GetValueOrDefault(entity.Parts[0]))
        {
            return false;
        }

        if (everyday)
        {
            // Names the corpus capitalises often ("United States") need less from the episode.
            var needed = entity.Known is not null && entity.Parts.Length > 1 ? 2 : EverydayMentions;
            return entity.Mentions - entity.AfterArticle >= needed && entity.Parts[0] is not ("the" or "a" or "an" or "this");
        }

        return entity.Parts.Length > 1 || entity.Mentions >= 2;
    }

    private static bool IsRomanNumeral(string key)
    {
        if (key.Length < 2)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (c is not ('i' or 'v' or 'x'))
            {
                return false;
            }
        }

        return true;
    }

    // "Twitter", "Elon": everyday-looking words that the corpus capitalises far more often than not.
    private bool UsuallyCapitalised(Found entity) =>
        entity.Known is { } known && entity.Parts.Length == 1 && known.Count >= CapitalisedRatio * gazetteer.Words.Count(entity.Key);

    // A word no English text writes in lowercase, said again: a name when its letters do not look English either.
    private bool KeepRare(Found entity)
    {
        if (entity.Mentions < RareLowercaseMentions)
        {
            return false;
        }

        var letters = gazetteer.Letters;
        var odds = letters.Score(entity.Key);
        if (entity.Compound > 0)
        {
            return entity.Mentions >= CompoundMentions && letters.IsTrained && odds >= EnglishShapedOdds;
        }

        return entity.EnglishShaped > 0 ? letters.IsTrained && odds >= EnglishShapedOdds : odds >= ForeignOdds;
    }

    private bool AllEveryday(string[] parts)
    {
        foreach (var part in parts)
        {
            if (part != "the" && !Connectors.Contains(part) && !gazetteer.Words.IsCommon(part))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsHost(Found entity)
    {
        if (gazetteer.HostKeys.Contains(entity.Key) || hostTokens.Count == 0)
        {
            return gazetteer.HostKeys.Contains(entity.Key);
        }

        // The host's first name alone, or the show named after the host.
        var hostWords = 0;
        foreach (var part in entity.Parts)
        {
            hostWords += hostTokens.Contains(part) ? 1 : 0;
        }

        return hostWords == entity.Parts.Length || hostWords >= Math.Min(2, hostTokens.Count);
    }

    private static double Weight(Found entity)
    {
        var weight = entity.Mentions * (entity.Parts.Length > 1 ? 1.2 : 1.0);
        return entity.Known?.Strength switch
        {
            NameStrength.Episode => weight * 3,
            NameStrength.Glossary => weight * 2,
            NameStrength.Site => weight * 1.5,
            _ => weight,
        };
    }

    private GlossaryItem ToItem(Found entity, NameToken[][] tokens, ImmutableArray<Sentence> sentences)
    {
        var name = InitialismForm.Complete(entity.Known?.Canonical ?? BestForm(entity));
        var context = entity.Known?.Description is null ? Context(entity, tokens, sentences) : null;
        return new GlossaryItem(
            name, TypeOf(entity), entity.Mentions, entity.Sentences[0], entity.Known?.Description, entity.Known?.Link,
            [.. entity.Sentences], context);
    }

    private static string BestForm(Found entity)
    {
        var best = string.Empty;
        var count = -1;
        foreach (var (form, n) in entity.Forms)
        {
            if (n > count || (n == count && string.CompareOrdinal(form, best) < 0))
            {
                best = form;
                count = n;
            }
        }

        return best;
    }

    // The mention that says what the entity is: "X is a ...", "X, the company that ...", "a model called X".
    private static string? Context(Found entity, NameToken[][] tokens, ImmutableArray<Sentence> sentences)
    {
        string? best = null;
        var bestScore = 0;
        var candidates = 0;
        foreach (var s in entity.Sentences)
        {
            if (candidates++ >= MaxContextCandidates)
            {
                break;
            }

            var words = tokens[s];
            var text = sentences[s].Text;
            if (words.Length < MinContextWords || words.Length > MaxContextWords || text.TrimEnd().EndsWith('?'))
            {
                continue;
            }

            var score = DefinitionScore(entity, words);
            if (score > bestScore && score >= MinContextScore)
            {
                best = text;
                bestScore = score;
            }
        }

        return best;
    }

    // "X is a ...", "X, a ..." define; "X is the ...", "X, who ..." describe; "called X" names. A sentence that opens
    // with the name or introduces it ("a conversation with X, ...") reads best; one that starts mid-thought less so.
    private static int DefinitionScore(Found entity, NameToken[] words)
    {
        var best = 0;
        for (var w = 0; w < words.Length; w++)
        {
            var length = MatchLength(entity, words, w);
            if (length == 0)
            {
                continue;
            }

            var end = w + length;
            var next = end < words.Length ? words[end].Key : string.Empty;
            var then = end + 1 < words.Length ? words[end + 1].Key : string.Empty;
            var closed = words[end - 1].Suffix.Length > 0;
            // "X, the company that ..." is an apposition; "X, the Israeli ..." is a list of names.
            var comma = closed && words[end - 1].Suffix.StartsWith(',') && (end + 1 >= words.Length || !words[end + 1].IsCapitalised);
            var score = 0;
            if ((comma && next is "a" or "an") || (!closed && DefiningVerbs.Contains(next) && then is "a" or "an"))
            {
                score = 4;
            }
            else if ((comma && DefiningStarts.Contains(next)) || (!closed && DefiningVerbs.Contains(next) && DefiningStarts.Contains(then)))
            {
                score = 3;
            }
            else if (w > 0 && NamingWords.Contains(words[w - 1].Key) && words[w - 1].Suffix.Length == 0)
            {
                score = 2;
            }

            if (score > 0)
            {
                score += w == 0 || (words[w - 1].Key is "with" && words[w - 1].Suffix.Length == 0) ? 1 : 0;
                score -= MidThought.Contains(words[0].Key) ? 1 : 0;

                // "on Earth was the ..." says nothing about Earth.
                score -= w > 0 && Prepositions.Contains(words[w - 1].Key) && !comma ? 2 : 0;
            }

            best = Math.Max(best, score);
            w = end - 1;
        }

        return best;
    }

    private static int MatchLength(Found entity, NameToken[] words, int start)
    {
        foreach (var variant in entity.Variants)
        {
            if (start + variant.Length > words.Length)
            {
                continue;
            }

            var same = true;
            for (var i = 0; i < variant.Length && same; i++)
            {
                same = words[start + i].Key == variant[i];
            }

            if (same)
            {
                return variant.Length;
            }
        }

        return 0;
    }

    private EntityType TypeOf(Found entity)
    {
        if (entity.Known is { Type: not EntityType.Other } known)
        {
            return known.Type;
        }

        // One neighbouring word proves little ("from Orvella"); a type needs two votes and a clear lead.
        var best = EntityType.Other;
        int votes = 0, second = 0;
        for (var type = 1; type < entity.Votes.Length; type++)
        {
            if (entity.Votes[type] > votes)
            {
                second = votes;
                best = (EntityType)type;
                votes = entity.Votes[type];
            }
            else if (entity.Votes[type] > second)
            {
                second = entity.Votes[type];
            }
        }

        if (votes >= 2 && votes > 2 * second)
        {
            return best;
        }

        return (votes == 0 || best == EntityType.Person) && LooksLikePersonalName(entity) ? EntityType.Person : EntityType.Other;
    }

    // Two or three capitalised words, none of them everyday words: "Mira Castellane", not "Ombra Valley".
    private bool LooksLikePersonalName(Found entity)
    {
        if (entity.Parts.Length is < 2 or > 3 || entity.Shaped || entity.Lowercase > 0)
        {
            return false;
        }

        foreach (var part in entity.Parts)
        {
            if (part.Length < 2 || Connectors.Contains(part) || gazetteer.Words.IsCommon(part))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Found(string key, GazetteerName? known, string[] parts)
    {
        private readonly List<string[]> variants = [parts];
        private readonly HashSet<string> variantKeys = new(StringComparer.Ordinal) { string.Join(' ', parts) };

        public string Key { get; } = key;

        public GazetteerName? Known { get; } = known;

        public string[] Parts { get; } = parts;

        public int Mentions { get; set; }

        public int Lowercase { get; set; }

        public int AfterArticle { get; set; }

        public int EnglishShaped { get; set; }

        public int Compound { get; set; }

        public int Phrases { get; set; }

        public bool Shaped { get; set; }

        public List<int> Sentences { get; private set; } = [];

        public Dictionary<string, int> Forms { get; } = new(StringComparer.Ordinal);

        public int[] Votes { get; } = new int[Enum.GetValues<EntityType>().Length];

        public IReadOnlyList<string[]> Variants => variants;

        public void AddSentence(int sentence)
        {
            if (Sentences.Count == 0 || Sentences[^1] < sentence)
            {
                Sentences.Add(sentence);
                return;
            }

            var at = Sentences.BinarySearch(sentence);
            if (at < 0)
            {
                Sentences.Insert(~at, sentence);
            }
        }

        public void AddVariant(NameToken[] words, int start, int length)
        {
            var keys = new string[length];
            for (var i = 0; i < length; i++)
            {
                keys[i] = words[start + i].Key;
            }

            if (variantKeys.Add(string.Join(' ', keys)))
            {
                variants.Add(keys);
            }
        }

        public void Absorb(Found other, bool mergeForms)
        {
            Mentions += other.Mentions;
            Lowercase += other.Lowercase;
            AfterArticle += other.AfterArticle;
            EnglishShaped += other.EnglishShaped;
            Compound += other.Compound;
            Phrases += other.Phrases;
            Shaped |= other.Shaped;
            foreach (var variant in other.variants)
            {
                if (variantKeys.Add(string.Join(' ', variant)))
                {
                    variants.Add(variant);
                }
            }

            for (var t = 0; t < Votes.Length; t++)
            {
                Votes[t] += other.Votes[t];
            }

            if (mergeForms && Known is null)
            {
                foreach (var (form, count) in other.Forms)
                {
                    Forms[form] = Forms.GetValueOrDefault(form) + count;
                }
            }

            var merged = new SortedSet<int>(Sentences);
            merged.UnionWith(other.Sentences);
            Sentences = [.. merged];
        }
    }
}
