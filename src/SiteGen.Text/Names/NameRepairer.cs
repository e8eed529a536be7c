using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Names;

/// <summary>
/// Replaces misheard spoken forms of known names ("jon smiht" for "John Smith") in restored sentences. A match needs both
/// sound (Double Metaphone keys) and spelling (edit distance), and support from the context: the stronger the site vouches
/// for a name, and the rarer the spoken words are as everyday words, the looser the match may be. Everyday words become a
/// name only when the episode also says the name correctly or a neighbour word completes a known longer name.
/// </summary>
public sealed class NameRepairer
{
    private const int MaxSpanWords = 4;
    private const int MaxWordsPerNameToken = 3;
    internal const double PhoneticWeight = 0.6;
    private const double AmbiguityMargin = 0.02;

    // Below this a sound match can never be accepted: a multi-word name is rescored token by token only from here.
    private const double MultiWordRescore = 0.6;

    // Words this frequent ("the", "at", "is") never start or end a misheard name, and never take part in a joined one.
    private const int EdgeWordCount = 1000;
    private const int JoinWordCount = 3000;

    /// <summary>The fewest letters of a name that words are joined into, and of each joined word.</summary>
    internal const int MinimumJoinedLength = 4;

    internal const int MinimumJoinedPart = 2;

    // A corpus name this frequent is joined even from everyday words ("alpha fold").
    private const int JoinedCorpusCount = 20;
    private const int MinimumLooseLength = 5;

    // A misheard surname is matched to a known full name's from this length and score, and only to names said this often.
    private const int MinimumSurnameLength = 5;
    private const double MinimumSurnameScore = 0.75;
    private const double MinimumLoneSurnameScore = 0.85;
    private const int MinimumLoneSurnameLength = 6;
    private const int MinimumFullNameCount = 3;

    // "alex" for "lex": a letter added, the same sound after it.
    private const double MinimumFirstNameScore = 0.75;

    // The host introduces the guest in the opening; spans after "conversation with" sound like the guest's name at 0.76
    // to 0.85 on misheard captions ("elias discover", "leslie kayla is bling") and like nobody's at 0.15 to 0.26.
    private const double MinimumIntroducedScore = 0.7;
    private const int IntroductionSentences = 60;

    private readonly Gazetteer gazetteer;
    private readonly SoundIndex index;
    private readonly Dictionary<string, GazetteerName> episodeTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Variant>> followers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Variant>> leaders = new(StringComparer.Ordinal);
    private readonly List<GazetteerName> episodePeople = [];

    // Everyday words that open or close a name the episode vouches for ("podcast" in the podcast's name).
    private readonly HashSet<string> strongEdgeWords = new(StringComparer.Ordinal);

    // First names and surnames of the episode's own people (guests and hosts), by key, with their spelling.
    private readonly Dictionary<string, (GazetteerName Name, string Spelling)> episodeNameParts = new(StringComparer.Ordinal);

    // Two-word names by the sound keys of their first word, for a first name said right before a misheard surname.
    private readonly Dictionary<string, List<GazetteerName>> byFirstSound = new(StringComparer.Ordinal);

    public NameRepairer(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
        var variants = new List<Variant>();
        foreach (var name in gazetteer.Names)
        {
            // Very short names sound like too many words to be matched by sound.
            if (name.Letters.Length >= 4 && !name.Letters.All(char.IsDigit))
            {
                AddVariant(variants, name, false);
            }

            if (name.IsMultiWordPerson && name.Strength >= NameStrength.Site && name.Tokens[^1].Length >= 4)
            {
                AddVariant(variants, name, true);
            }
        }

        index = new SoundIndex(variants);

        foreach (var name in gazetteer.Names)
        {
            if (name.Tokens.Length > 1 && name.Strength >= NameStrength.Glossary)
            {
                strongEdgeWords.Add(name.Tokens[0]);
                strongEdgeWords.Add(name.Tokens[^1]);
            }

            if (name.IsMultiWordPerson && name.Strength >= NameStrength.Glossary)
            {
                foreach (var token in name.Tokens)
                {
                    episodeTokens.TryAdd(token, name);
                }
            }

            // The host is in every episode, and others share the host's surname ("Friedman" is not always "Fridman").
            if (name.IsMultiWordPerson && name.Strength == NameStrength.Episode && name.Tokens.Length <= MaxSpanWords
                && !gazetteer.HostKeys.Contains(name.Letters))
            {
                episodePeople.Add(name);
            }

            if (name.IsMultiWordPerson && name.Strength == NameStrength.Episode)
            {
                var spellings = NameToken.Words(name.Canonical);
                for (var t = 0; t < name.Tokens.Length && t < spellings.Length; t++)
                {
                    episodeNameParts.TryAdd(name.Tokens[t], (name, spellings[t]));
                }
            }

            if (IsFullName(name))
            {
                foreach (var key in (ReadOnlySpan<string>)[name.TokenSounds[0].Primary, name.TokenSounds[0].Alternate])
                {
                    if (key.Length > 0)
                    {
                        if (!byFirstSound.TryGetValue(key, out var list))
                        {
                            byFirstSound[key] = list = [];
                        }

                        if (!list.Contains(name))
                        {
                            list.Add(name);
                        }
                    }
                }
            }

            if (name.Tokens.Length == 2 && (name.Count >= 2 || name.Strength > NameStrength.Corpus))
            {
                AddContext(followers, name.Tokens[0], name.Tokens[1]);
                AddContext(leaders, name.Tokens[1], name.Tokens[0]);
            }
        }
    }

    public NameRepairResult Repair(ImmutableArray<Sentence> sentences)
    {
        if (sentences.IsDefaultOrEmpty)
        {
            return new NameRepairResult(sentences.IsDefault ? [] : sentences, []);
        }
        var tokens = new NameToken[sentences.Length][];
        for (var s = 0; s < sentences.Length; s++)
        {
            var words = NameToken.Words(sentences[s].Text);
            var parsed = new NameToken[words.Length];
            for (var w = 0; w < words.Length; w++)
            {
                parsed[w] = NameToken.Parse(words[w]);
            }

            tokens[s] = parsed;
        }

        var episode = new EpisodeEvidence(tokens, gazetteer.Words);
        // Only names the site knows or the episode spells right can replace words that are not everyday words (see Accept):
        // the others are never scanned for.
        var supported = new List<int>();
        var eligible = new List<int>();
        for (var v = 0; v < index.Count; v++)
        {
            var name = index[v].Name;
            var attested = episode.Attests(name);
            if (name.Strength >= NameStrength.Glossary || attested)
            {
                supported.Add(v);
            }

            if (name.Strength >= NameStrength.Site || attested)
            {
                eligible.Add(v);
            }
        }

        var scans = new Scans(index.Select(supported), index.Select(eligible));

        var candidates = new List<Candidate>();
        for (var s = 0; s < tokens.Length; s++)
        {
            FindCandidates(s, tokens[s], episode, candidates, scans);
        }
        candidates.Sort(CompareCandidates);
        var taken = new HashSet<(int Sentence, int Word)>();
        var chosen = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            var free = true;
            for (var w = candidate.Word; w < candidate.Word + candidate.Length && free; w++)
            {
                free = !taken.Contains((candidate.Sentence, w));
            }

            if (!free)
            {
                continue;
            }

            for (var w = candidate.Word; w < candidate.Word + candidate.Length; w++)
            {
                taken.Add((candidate.Sentence, w));
            }

            chosen.Add(candidate);
        }

        chosen.RemoveAll(c => c.Reason is null);
        AddIntroducedGuests(tokens, chosen);
        AddNearSurnames(tokens, episode, chosen);
        ExtendToFirstNames(tokens, chosen);
        CaseNameParts(tokens, chosen);
        chosen.Sort((a, b) => a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence) : a.Word.CompareTo(b.Word));
        return Apply(sentences, tokens, chosen);
    }

    // Among sound matches, a full name outranks its surname alone unless the surname matches clearly better.
    // A near spelling of the episode's own person outranks every other reading of its words but a glossary alias.
    /// <summary>
    /// "Alex Friedman" for Lex Fridman: the surname alone matches better than the whole, but the word before it that
    /// sounds like the person's first name is theirs too, not another person's first name.
    /// </summary>
    private void ExtendToFirstNames(NameToken[][] tokens, List<Candidate> chosen)
    {
        var taken = Covered(chosen);

        for (var i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            if (c.Reason != NameRepairReason.Surname || c.Length != 1 || c.Word == 0 || c.Name.Strength < NameStrength.Episode
                || c.Name.Tokens.Length != 2 || taken.Contains((c.Sentence, c.Word - 1)))
            {
                continue;
            }

            var words = tokens[c.Sentence];
            var first = words[c.Word - 1];
            if (first.Key.Length < 2 || first.Suffix.Length > 0 || words[c.Word].Prefix.Length > 0 || gazetteer.Words.IsCommon(first.Key)
                || Score(first.Key, DoubleMetaphone.Encode(first.Key, GazetteerName.KeyLength), c.Name.Tokens[0], c.Name.TokenSounds[0]) < MinimumFirstNameScore)
            {
                continue;
            }

            taken.Add((c.Sentence, c.Word - 1));
            chosen[i] = c with { Word = c.Word - 1, Length = 2, Reason = NameRepairReason.Sound, Text = c.Name.Canonical };
        }
    }

    /// <summary>
    /// "The following is a conversation with elias discover, co-founder of..." for Ilya Sutskever: the words right after
    /// the host's "conversation with" in the opening are the guest's name, so there they may sound further from it than
    /// anywhere else, be everyday words and hold a comma restoration put inside ("leslie kayla, bling"), as long as the
    /// whole span sounds like one of the episode's people; the best-sounding span wins, so a description after the name
    /// ("..., co-founder of") only lowers the score.
    /// </summary>
    private void AddIntroducedGuests(NameToken[][] tokens, List<Candidate> chosen)
    {
        if (episodePeople.Count == 0)
        {
            return;
        }

        var taken = Covered(chosen);
        for (var s = 0; s < tokens.Length && s < IntroductionSentences; s++)
        {
            var words = tokens[s];
            for (var w = 0; w + 2 < words.Length; w++)
            {
                if (words[w].Key is not "conversation" || words[w + 1].Key is not "with" || words[w + 1].Suffix.Length > 0)
                {
                    continue;
                }

                var start = w + 2;
                Candidate? best = null;
                var spelledRight = false;
                var letters = new System.Text.StringBuilder();
                for (var length = 1; length <= MaxSpanWords && start + length <= words.Length && !spelledRight; length++)
                {
                    var word = words[start + length - 1];
                    if (taken.Contains((s, start + length - 1)) || word.Key.Length == 0 || (length > 1 && word.Prefix.Length > 0))
                    {
                        break;
                    }

                    letters.Append(word.Key);
                    var spoken = letters.ToString();
                    foreach (var person in episodePeople)
                    {
                        if (string.Equals(spoken, person.Letters, StringComparison.Ordinal))
                        {
                            spelledRight = true;
                            break;
                        }

                        var score = Score(spoken, DoubleMetaphone.Encode(spoken, GazetteerName.KeyLength), person.Letters, person.Sound);
                        if (score >= MinimumIntroducedScore && (best is null || score > best.Score))
                        {
                            best = new Candidate(s, start, length, person, NameRepairReason.Sound, score, person.Canonical, Guest: true);
                        }
                    }

                }

                if (best is not null && !spelledRight)
                {
                    chosen.Add(best);
                    for (var i = best.Word; i < best.Word + best.Length; i++)
                    {
                        taken.Add((s, i));
                    }
                }
            }
        }
    }

    /// <summary>The words the chosen repairs cover, by sentence and word index.</summary>
    private static HashSet<(int Sentence, int Word)> Covered(List<Candidate> chosen)
    {
        var taken = new HashSet<(int Sentence, int Word)>();
        foreach (var candidate in chosen)
        {
            for (var w = candidate.Word; w < candidate.Word + candidate.Length; w++)
            {
                taken.Add((candidate.Sentence, w));
            }
        }

        return taken;
    }

    private static double Rank(Candidate candidate) =>
        candidate.Score + (candidate.Guest ? 1 : 0) + (candidate.Reason is NameRepairReason.Sound ? 0.03 * (candidate.Length - 1) : 0);

    private static int CompareCandidates(Candidate a, Candidate b)
    {
        var alias = (b.Reason == NameRepairReason.Alias).CompareTo(a.Reason == NameRepairReason.Alias);
        if (alias != 0)
        {
            return alias;
        }

        var score = Rank(b).CompareTo(Rank(a));
        if (score != 0)
        {
            return score;
        }

        var length = b.Length.CompareTo(a.Length);
        if (length != 0)
        {
            return length;
        }

        return a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence) : a.Word.CompareTo(b.Word);
    }

    private void FindCandidates(int sentence, NameToken[] words, EpisodeEvidence episode, List<Candidate> candidates, Scans scans)
    {
        var accepted = new List<Candidate>();
        // Each word's everyday frequency, looked up once rather than once per span that holds it.
        var counts = scans.Counts(words.Length);
        for (var w = 0; w < words.Length; w++)
        {
            counts[w] = gazetteer.Words.Count(words[w].Key);
        }

        for (var start = 0; start < words.Length; start++)
        {
            var spanKey = string.Empty;
            var common = true;
            for (var length = 1; length <= MaxSpanWords && start + length <= words.Length; length++)
            {
                var last = words[start + length - 1];
                if (last.Key.Length == 0 || (length > 1 && (words[start + length - 2].Suffix.Length > 0 || last.Prefix.Length > 0)))
                {
                    break;
                }

                spanKey = length == 1 ? last.Key : string.Concat(spanKey, last.Key);
                common &= counts[start + length - 1] >= WordFrequencies.CommonThreshold;
                accepted.Clear();
                var exact = ExactCandidate(sentence, words, counts, start, length, spanKey, common, episode, accepted);
                if (exact is not { Strength: > NameStrength.Corpus } && FuzzyAllowed(words, counts, start, length))
                {
                    FuzzyCandidates(sentence, words, start, length, spanKey, common, episode, exact, accepted, scans);
                }

                if (accepted.Count == 0 && exact is not null)
                {
                    // A correctly spelled name holds its words against looser matches that overlap it; a name learned
                    // only from the corpus yields to any accepted match.
                    var hold = exact.Strength > NameStrength.Corpus && exact.Letters == spanKey ? 1.0 : 0.7;
                    candidates.Add(new Candidate(sentence, start, length, exact, null, hold, exact.Canonical));
                }

                // A spelling only the corpus knows yields to one the episode vouches for that sounds the same: the
                // podcast's own "Lex Fridman Podcast" over the captions' and the corpus's "Lex Friedman Podcast".
                if (exact is { Strength: NameStrength.Corpus } && accepted.Count > 1
                    && accepted.Exists(c => c.Name.Strength >= NameStrength.Glossary && string.Equals(c.Name.Sound.Primary, exact.Sound.Primary, StringComparison.Ordinal)))
                {
                    accepted.RemoveAll(c => ReferenceEquals(c.Name, exact));
                }

                AddUnambiguous(accepted, candidates);
                if (length > 1)
                {
                    AddNearGuest(sentence, words, start, length, spanKey, episode, candidates);
                    if (length == 2)
                    {
                        AddFullName(sentence, words, start, spanKey, episode, candidates);
                    }
                }
            }
        }
    }

    private void AddNearGuest(int sentence, NameToken[] words, int start, int length, string spanKey, EpisodeEvidence episode, List<Candidate> candidates)
    {
        foreach (var person in episodePeople)
        {
            // Words that spell another name the site knows are that person, not a misheard guest.
            if (GuestSpelling.IsNearFullName(words.AsSpan(start, length), person, episode)
                && gazetteer.FindExact(spanKey) is not { Strength: > NameStrength.Corpus })
            {
                var score = ScoreByToken(words, start, length, person, episode).Score;
                candidates.Add(new Candidate(sentence, start, length, person, NameRepairReason.Sound, score, person.Canonical, Guest: true));
            }
        }
    }

    // A first name and surname the site or the corpus knows as a pair (the corpus often enough), the first a name of its own.
    private bool IsFullName(GazetteerName name) =>
        name.Tokens.Length == 2 && name.Tokens[1].Length >= MinimumSurnameLength && name.Tokens[0].Length >= 3
        && (name.Count >= MinimumFullNameCount || name.Strength > NameStrength.Corpus)
        && !gazetteer.Words.IsCommon(name.Tokens[0]) && NameToken.Words(name.Canonical).All(IsPlainWord)
        && (EnglishFirstNames.All.Contains(name.Tokens[0]) || gazetteer.FindExact(name.Tokens[0]) is not null);

    // Letters only: "Gell-Mann" or "O'Brien" is spelt so on purpose, and a name written with its possessive is no name.
    private static bool IsPlainWord(string core)
    {
        foreach (var c in core)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return core.Length > 0;
    }

    // One letter off and sounding the same ("frenkel", "Frankel") is another spelling, not a mishearing: either may be right.
    private static bool IsRespelling(string spoken, (string Primary, string Alternate) spokenSound, string surname, (string Primary, string Alternate) sound) =>
        EditDistance.Distance(spoken, surname, 1) <= 1
        && (spokenSound.Primary == sound.Primary || spokenSound.Primary == sound.Alternate
            || (spokenSound.Alternate.Length > 0 && (spokenSound.Alternate == sound.Primary || spokenSound.Alternate == sound.Alternate)));

    // "andre kapathi": the first name said right (or one letter off, sounding the same), the surname a word that is neither
    // English nor a known name and sounds like the surname of a known full name. Where several spellings of that surname
    // are known (the corpus misspells names too), the most frequent is the name.
    private void AddFullName(int sentence, NameToken[] words, int start, string spanKey, EpisodeEvidence episode, List<Candidate> candidates)
    {
        var (first, last) = (words[start], words[start + 1]);
        if (byFirstSound.Count == 0 || last.Key.Length < MinimumSurnameLength || !IsPlainWord(last.Core) || gazetteer.Words.IsSeen(last.Key)
            || gazetteer.Words.IsCommon(first.Key) || gazetteer.FindExact(last.Key) is not null || gazetteer.FindExact(spanKey) is not null)
        {
            return;
        }

        var firstSound = episode.Sound(first.Key);
        var lastSound = episode.Sound(last.Key);
        var matches = new List<(GazetteerName Name, double Score)>();
        foreach (var key in (ReadOnlySpan<string>)[firstSound.Primary, firstSound.Alternate])
        {
            if (key.Length == 0 || !byFirstSound.TryGetValue(key, out var names))
            {
                continue;
            }

            foreach (var name in names)
            {
                if (!matches.Exists(m => ReferenceEquals(m.Name, name)) && SameFirstName(first.Key, name.Tokens[0]))
                {
                    matches.Add((name, Score(last.Key, lastSound, name.Tokens[1], name.TokenSounds[1])));
                }
            }
        }

        matches.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Name.Canonical, b.Name.Canonical));
        if (matches.Count == 0 || matches[0].Score < MinimumSurnameScore)
        {
            return;
        }

        var best = matches[0].Name;
        GazetteerName? chosen = null;
        var chosenCount = (Surname: -1, Name: -1);
        foreach (var (name, score) in matches)
        {
            if (!SameSurname(name, best))
            {
                // Two different surnames fit about as well: no telling which one was said.
                if (matches[0].Score - score < AmbiguityMargin)
                {
                    return;
                }

                continue;
            }

            // Spellings of the best surname that score lower are still that surname: the most frequent one is the name.
            var count = (Surname: gazetteer.FindExact(name.Tokens[1])?.Count ?? 0, Name: name.Count);
            if (count.Surname > chosenCount.Surname || (count.Surname == chosenCount.Surname && count.Name > chosenCount.Name))
            {
                (chosen, chosenCount) = (name, count);
            }
        }

        if (IsRespelling(last.Key, lastSound, chosen!.Tokens[1], chosen.TokenSounds[1]))
        {
            return;
        }

        var total = ScoreByToken(words, start, 2, chosen, episode).Score;
        candidates.Add(new Candidate(sentence, start, 2, chosen, NameRepairReason.FullName, total, chosen.Canonical, FullName: true));
    }

    // "andre" for Andrej: one letter off at most, with a sound key in common.
    private static bool SameFirstName(string spoken, string first)
    {
        if (string.Equals(spoken, first, StringComparison.Ordinal))
        {
            return true;
        }

        return spoken.Length >= 4 && EditDistance.Distance(spoken, first, 1) <= 1;
    }

    // Two spellings of one surname ("Karpathy", "Kapathy"): close in letters and in sound.
    private static bool SameSurname(GazetteerName a, GazetteerName b) =>
        string.Equals(a.Tokens[1], b.Tokens[1], StringComparison.Ordinal)
        || (EditDistance.Distance(a.Tokens[1], b.Tokens[1], 2) <= 2 && KeySimilarity(a.TokenSounds[1].Primary, b.TokenSounds[1].Primary) >= MinimumSurnameScore);

    // Once a guest's full name was repaired, a lone capitalised near spelling of the surname ("Norman") is that guest too.
    private void AddNearSurnames(NameToken[][] tokens, EpisodeEvidence episode, List<Candidate> chosen)
    {
        var repaired = chosen.Where(c => c.Guest).Select(c => c.Name).Distinct().ToList();
        var fullNames = chosen.Where(c => c.FullName).Select(c => c.Name).Distinct().ToList();
        if (repaired.Count == 0 && fullNames.Count == 0)
        {
            return;
        }

        var taken = Covered(chosen);

        for (var s = 0; s < tokens.Length; s++)
        {
            var words = tokens[s];
            for (var w = 0; w < words.Length; w++)
            {
                // A capitalised neighbour makes the word part of some other name ("Norman Mailer"); a sentence's first word is
                // capitalised anyway.
                if (taken.Contains((s, w))
                    || gazetteer.Words.Count(words[w].Key) >= EdgeWordCount
                    || gazetteer.FindExact(words[w].Key) is { Strength: > NameStrength.Corpus }
                    || (w > 1 && words[w - 1].IsCapitalised && words[w - 1].Suffix.Length == 0)
                    || (w + 1 < words.Length && words[w + 1].IsCapitalised && words[w].Suffix.Length == 0))
                {
                    continue;
                }

                var sound = episode.Sound(words[w].Key);
                if (!words[w].IsCapitalised || !AddNearGuestSurname(s, w, words[w].Key, sound, repaired, chosen))
                {
                    AddLoneSurname(s, w, words[w].Key, sound, fullNames, chosen);
                }
            }
        }
    }

    // The surname alone of a full name repaired in the episode: a word neither English nor a name, sounding like it.
    private void AddLoneSurname(int s, int w, string key, (string Primary, string Alternate) sound, List<GazetteerName> fullNames, List<Candidate> chosen)
    {
        if (fullNames.Count == 0 || key.Length < MinimumLoneSurnameLength || gazetteer.Words.IsSeen(key) || gazetteer.FindExact(key) is not null)
        {
            return;
        }

        GazetteerName? best = null;
        var bestScore = 0.0;
        foreach (var person in fullNames)
        {
            var score = Score(key, sound, person.Tokens[^1], person.TokenSounds[^1]);
            if (score >= MinimumLoneSurnameScore && score > bestScore && !IsRespelling(key, sound, person.Tokens[^1], person.TokenSounds[^1]))
            {
                (best, bestScore) = (person, score);
            }
        }

        if (best is not null)
        {
            chosen.Add(new Candidate(s, w, 1, best, NameRepairReason.FullName, bestScore, NameToken.Words(best.Canonical)[^1]));
        }
    }

    private static bool AddNearGuestSurname(int s, int w, string key, (string Primary, string Alternate) sound, List<GazetteerName> repaired, List<Candidate> chosen)
    {
        foreach (var person in repaired)
        {
            if (GuestSpelling.IsNearSurname(key, sound, person))
            {
                var surname = NameToken.Words(person.Canonical)[^1];
                var score = Score(key, sound, person.Tokens[^1], person.TokenSounds[^1]);
                chosen.Add(new Candidate(s, w, 1, person, NameRepairReason.Surname, score, surname, Guest: true));
                return true;
            }
        }

        return false;
    }

    // Captions lowercase a guest called by first name alone ("tobias, welcome"): the episode's own people are spelt as
    // their names are, unless the word is an everyday one ("will", "mark", "grant").
    private void CaseNameParts(NameToken[][] tokens, List<Candidate> chosen)
    {
        if (episodeNameParts.Count == 0)
        {
            return;
        }

        var taken = Covered(chosen);

        for (var s = 0; s < tokens.Length; s++)
        {
            var words = tokens[s];
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                if (word.IsCapitalised || !string.Equals(word.Core, word.Key, StringComparison.Ordinal) || taken.Contains((s, w))
                    || !episodeNameParts.TryGetValue(word.Key, out var part)
                    || string.Equals(part.Spelling, word.Core, StringComparison.Ordinal)
                    || gazetteer.Words.IsCommon(word.Key))
                {
                    continue;
                }

                chosen.Add(new Candidate(s, w, 1, part.Name, NameRepairReason.Casing, 1.0, part.Spelling));
            }
        }
    }

    private static void AddUnambiguous(List<Candidate> accepted, List<Candidate> candidates)
    {
        if (accepted.Count == 0)
        {
            return;
        }

        accepted.Sort((a, b) => b.Score.CompareTo(a.Score));
        var best = accepted[0];
        foreach (var other in accepted)
        {
            if (!ReferenceEquals(other.Name, best.Name) && best.Score - other.Score < AmbiguityMargin)
            {
                return;
            }
        }

        candidates.Add(best);
    }

    private bool FuzzyAllowed(NameToken[] words, int[] counts, int start, int length)
    {
        for (var w = start; w < start + length; w++)
        {
            if (words[w].Key.Length < 2)
            {
                return false;
            }
        }

        return length == 1
            || ((counts[start] < EdgeWordCount || strongEdgeWords.Contains(words[start].Key))
                && (counts[start + length - 1] < EdgeWordCount || strongEdgeWords.Contains(words[start + length - 1].Key)));
    }

    private bool HasNameOnlyWord(NameToken[] words, int start, int length)
    {
        for (var w = start; w < start + length; w++)
        {
            if (gazetteer.Words.Count(words[w].Key) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // The known name the words already spell, if any; it must not be matched to a different one of equal standing.
    private GazetteerName? ExactCandidate(
        int sentence, NameToken[] words, int[] counts, int start, int length, string spanKey, bool common, EpisodeEvidence episode, List<Candidate> accepted)
    {
        if (gazetteer.FindAlias(spanKey) is { } aliased)
        {
            if (!SameText(words, start, length, aliased))
            {
                accepted.Add(new Candidate(sentence, start, length, aliased, NameRepairReason.Alias, 1.0, aliased.Canonical));
            }

            return aliased;
        }

        if (gazetteer.FindExact(spanKey) is not { } name)
        {
            // The first name or surname of one of the episode's people is right as it is.
            return length == 1 && episodeTokens.TryGetValue(spanKey, out var person) ? person : null;
        }

        if (SameText(words, start, length, name))
        {
            return name;
        }

        if (length == name.Tokens.Length)
        {
            // Recase only words that cannot be everyday words ("apple" stays a fruit). A name only the corpus vouches
            // for must also hold a word that English never writes in lowercase: "the art" and "marine" stay as written.
            if ((!common || length > 1) && (name.Strength > NameStrength.Corpus || HasNameOnlyWord(words, start, length)))
            {
                accepted.Add(new Candidate(sentence, start, length, name, NameRepairReason.Casing, 1.0, name.Canonical));
            }
        }
        else if (name.Letters.Length >= MinimumJoinedLength && JoinAllowed(words, counts, start, length)
                 && (!common || name.Strength >= NameStrength.Site || episode.Attests(name) || name.Count >= JoinedCorpusCount))
        {
            accepted.Add(new Candidate(sentence, start, length, name, NameRepairReason.Joined, 1.0, name.Canonical));
        }

        return name;
    }

    /// <summary>
    /// Whether two spoken words are joined into the name wherever they are said, with no other support: words that are
    /// not too frequent, and either not both everyday words or the name vouched for by the site or often written.
    /// </summary>
    internal static bool MayJoin(GazetteerName name, WordFrequencies frequencies, string first, string second)
    {
        int a = frequencies.Count(first), b = frequencies.Count(second);
        return first.Length >= MinimumJoinedPart && second.Length >= MinimumJoinedPart && a < JoinWordCount && b < JoinWordCount
            && (a < WordFrequencies.CommonThreshold || b < WordFrequencies.CommonThreshold
                || name.Strength >= NameStrength.Site || name.Count >= JoinedCorpusCount);
    }

    private static bool JoinAllowed(NameToken[] words, int[] counts, int start, int length)
    {
        for (var w = start; w < start + length; w++)
        {
            if (words[w].Key.Length < MinimumJoinedPart || counts[w] >= JoinWordCount)
            {
                return false;
            }
        }

        return true;
    }

    private void FuzzyCandidates(
        int sentence,
        NameToken[] words,
        int start,
        int length,
        string spanKey,
        bool common,
        EpisodeEvidence episode,
        GazetteerName? exact,
        List<Candidate> accepted,
        Scans scans)
    {
        if (spanKey.Length < 3 || HasDigit(spanKey))
        {
            return;
        }

        // Scans are kept by form, and a form without sound keys never gets one: the keys are only needed for a new scan.
        if (!common)
        {
            if (!scans.ByBucket.TryGetValue(spanKey, out var matches))
            {
                var found = scans.Found;
                found.Clear();
                if (Prepare(spanKey, episode, scans.Spoken))
                {
                    index.ScanBuckets(scans.Spoken, MultiWordRescore, scans.Eligible, found);
                }

                matches = [.. found];
                scans.ByBucket[spanKey] = matches;
            }

            Consider(matches);
        }
        else if (length == 1)
        {
            Consider(CollectionsMarshal.AsSpan(ContextMatches(words, start, spanKey, episode, scans)));
        }
        else
        {
            if (!scans.BySupport.TryGetValue(spanKey, out var supported))
            {
                var found = scans.Found;
                found.Clear();
                if (Prepare(spanKey, episode, scans.Spoken))
                {
                    index.ScanAll(scans.Spoken, MultiWordRescore, scans.Supported, found);
                }

                supported = [.. found];
                scans.BySupport[spanKey] = supported;
            }

            Consider(supported);
        }

        void Consider(ReadOnlySpan<ScoredVariant> matches)
        {
            foreach (var (variant, soundScore) in matches)
            {
                var name = variant.Name;
                var multi = !variant.IsSurname && name.Tokens.Length > 1;
                if ((exact is not null && name.Strength <= exact.Strength) || (multi && length < name.Tokens.Length))
                {
                    continue;
                }

                var score = soundScore;
                var minimum = 1.0;
                if (multi && score >= MultiWordRescore)
                {
                    (score, minimum) = ScoreByToken(words, start, length, name, episode);
                }

                if (score >= 0.75 && Accept(variant, length, score, minimum, common, episode.Attests(name), words, start) is { } why)
                {
                    var text = variant.IsSurname ? NameToken.Words(name.Canonical)[^1] : name.Canonical;
                    accepted.Add(new Candidate(sentence, start, length, name, why, score, text));
                }
            }
        }
    }

    // Single names that, with the word before or after, make a known two-word name, and sound like the word.
    private List<ScoredVariant> ContextMatches(NameToken[] words, int start, string spanKey, EpisodeEvidence episode, Scans scans)
    {
        var after = start > 0 && words[start - 1].Suffix.Length == 0 && followers.TryGetValue(words[start - 1].Key, out var next) ? next : null;
        var before = start + 1 < words.Length && words[start].Suffix.Length == 0 && leaders.TryGetValue(words[start + 1].Key, out var previous)
            ? previous
            : null;
        var matches = scans.Context;
        matches.Clear();
        if ((after is null && before is null) || !Prepare(spanKey, episode, scans.Spoken))
        {
            return matches;
        }

        foreach (var variants in (ReadOnlySpan<List<Variant>?>)[after, before])
        {
            foreach (var variant in variants ?? [])
            {
                if (scans.Spoken.MayMatch(variant.Shape, MultiWordRescore)
                    && scans.Spoken.ScoreAtLeast(variant.Letters, variant.Sound, variant.Bags, MultiWordRescore) is { } score)
                {
                    matches.Add(new ScoredVariant(variant, score));
                }
            }
        }

        return matches;
    }

    // False when the form has no sound keys to match by.
    private static bool Prepare(string spanKey, EpisodeEvidence episode, SpokenForm spoken)
    {
        var sound = episode.Sound(spanKey);
        if (sound.Primary.Length == 0)
        {
            return false;
        }

        spoken.Reset(spanKey, sound);
        return true;
    }

    private static bool HasDigit(string key)
    {
        foreach (var c in key)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private NameRepairReason? Accept(
        Variant variant, int length, double score, double minimum, bool common, bool attested, NameToken[] words, int start)
    {
        var name = variant.Name;
        var strength = name.Strength;
        if (variant.IsSurname && strength < NameStrength.Episode && !attested)
        {
            return null;
        }

        var reason = variant.IsSurname ? NameRepairReason.Surname : NameRepairReason.Sound;
        if (IsDerived(name, variant.Letters, words, start, length))
        {
            return null;
        }

        if (common)
        {
            if (length == 1)
            {
                // A single everyday word is a name only next to words that complete a known longer name.
                return gazetteer.Words.Count(words[start].Key) < EdgeWordCount && CompletesKnownName(name, words, start, length) && score >= 0.8
                    ? NameRepairReason.Context
                    : null;
            }

            return (strength >= NameStrength.Glossary || attested) && score >= 0.88 && minimum >= 0.6 ? reason : null;
        }

        if (minimum < 0.6)
        {
            return null;
        }

        // Names the episode does not vouch for may only replace words that are neither English nor already written as names.
        var threshold = strength switch
        {
            NameStrength.Episode or NameStrength.Glossary => 0.78,
            NameStrength.Site when LooksMisheard(name, words, start, length, allowEnglish: true) => 0.82,
            NameStrength.Corpus when attested && LooksMisheard(name, words, start, length, allowEnglish: false) => 0.88,
            _ => double.MaxValue,
        };
        return score >= threshold ? reason : null;
    }

    private bool LooksMisheard(GazetteerName name, NameToken[] words, int start, int length, bool allowEnglish)
    {
        // Short words sound like too many names.
        if (Spoken(words, start, length).Length < MinimumLooseLength)
        {
            return false;
        }

        for (var w = start; w < start + length; w++)
        {
            if (name.Tokens.Contains(words[w].Key))
            {
                continue;
            }

            if (words[w].IsCapitalised || (!allowEnglish && gazetteer.Words.Count(words[w].Key) > 0))
            {
                return false;
            }
        }

        return true;
    }

    // "ultramarathons" or "americana" is a word derived from the name, not a mishearing of it.
    private static bool IsDerived(GazetteerName name, string letters, NameToken[] words, int start, int length)
    {
        if (name.Strength == NameStrength.Glossary)
        {
            return false;
        }

        var spoken = Spoken(words, start, length);
        return spoken.Length != letters.Length
            && (spoken.StartsWith(letters, StringComparison.Ordinal) || letters.StartsWith(spoken, StringComparison.Ordinal));
    }

    private static string Spoken(NameToken[] words, int start, int length) => length switch
    {
        1 => words[start].Key,
        2 => string.Concat(words[start].Key, words[start + 1].Key),
        3 => string.Concat(words[start].Key, words[start + 1].Key, words[start + 2].Key),
        _ => string.Concat(words.AsSpan(start, length).ToArray().Select(w => w.Key)),
    };

    // "alan touring" is Alan Turing when "Alan Turing" is a known name: the neighbour vouches for the everyday word.
    private bool CompletesKnownName(GazetteerName name, NameToken[] words, int start, int length)
    {
        var before = start > 0 && words[start - 1].Suffix.Length == 0 ? gazetteer.FindExact(words[start - 1].Key + name.Letters) : null;
        var after = start + length < words.Length && words[start + length - 1].Suffix.Length == 0
            ? gazetteer.FindExact(name.Letters + words[start + length].Key)
            : null;
        return IsContextName(before) || IsContextName(after);

        static bool IsContextName(GazetteerName? known) =>
            known is not null && known.Tokens.Length > 1 && (known.Count >= 2 || known.Strength > NameStrength.Corpus);
    }

    private static (double Score, double Minimum) ScoreByToken(NameToken[] words, int start, int length, GazetteerName name, EpisodeEvidence episode)
    {
        var best = (Score: 0.0, Minimum: 0.0);
        var groups = new int[name.Tokens.Length];
        Partition(0, length);
        return best;

        // Every way to give each name token 1 to 3 consecutive spoken words.
        void Partition(int token, int remaining)
        {
            if (token == groups.Length)
            {
                if (remaining == 0)
                {
                    Evaluate();
                }

                return;
            }

            for (var size = 1; size <= MaxWordsPerNameToken && size <= remaining - (groups.Length - token - 1); size++)
            {
                groups[token] = size;
                Partition(token + 1, remaining - size);
            }
        }

        void Evaluate()
        {
            double total = 0, weight = 0, minimum = 1;
            var at = start;
            for (var t = 0; t < groups.Length; t++)
            {
                var spoken = Spoken(words, at, groups[t]);
                at += groups[t];
                var score = Score(spoken, episode.Sound(spoken), name.Tokens[t], name.TokenSounds[t]);
                total += score * name.Tokens[t].Length;
                weight += name.Tokens[t].Length;
                minimum = Math.Min(minimum, score);
            }

            var mean = weight == 0 ? 0 : Math.Round(total / weight, 9);
            if (mean > best.Score)
            {
                best = (mean, minimum);
            }
        }
    }

    internal static double Score(string spoken, (string Primary, string Alternate) spokenSound, string letters, (string Primary, string Alternate) sound)
    {
        // A key equal to the other key of its word adds nothing to the best match; an empty one scores 0.
        var phonetic = KeySimilarity(spokenSound.Primary, sound.Primary);
        var nameAlternate = sound.Alternate.Length > 0 && !string.Equals(sound.Alternate, sound.Primary, StringComparison.Ordinal);
        if (nameAlternate)
        {
            phonetic = Math.Max(phonetic, KeySimilarity(spokenSound.Primary, sound.Alternate));
        }

        if (spokenSound.Alternate.Length > 0 && !string.Equals(spokenSound.Alternate, spokenSound.Primary, StringComparison.Ordinal))
        {
            phonetic = Math.Max(phonetic, KeySimilarity(spokenSound.Alternate, sound.Primary));
            if (nameAlternate)
            {
                phonetic = Math.Max(phonetic, KeySimilarity(spokenSound.Alternate, sound.Alternate));
            }
        }

        if (phonetic < 0.5)
        {
            // Spelling alone cannot lift this to an acceptable score; skip the costlier comparison.
            return PhoneticWeight * phonetic;
        }

        return Combine(phonetic, EditDistance.Similarity(spoken, letters));
    }

    // Rounded, so that a score meant to equal a threshold ("0.6 + 0.4 * 0.7") is not a hair below it.
    internal static double Combine(double phonetic, double spelling) =>
        Math.Round((PhoneticWeight * phonetic) + ((1 - PhoneticWeight) * spelling), 9);

    private static double KeySimilarity(string a, string b) => a.Length == 0 || b.Length == 0 ? 0 : EditDistance.Similarity(a, b);

    private static bool SameText(NameToken[] words, int start, int length, GazetteerName name)
    {
        if (name.Cores.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (!string.Equals(words[start + i].Core, name.Cores[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static NameRepairResult Apply(ImmutableArray<Sentence> sentences, NameToken[][] tokens, List<Candidate> chosen)
    {
        var output = sentences.ToBuilder();
        var replacements = ImmutableArray.CreateBuilder<NameReplacement>(chosen.Count);
        var index = 0;
        for (var s = 0; s < sentences.Length && index < chosen.Count; s++)
        {
            if (chosen[index].Sentence != s)
            {
                continue;
            }

            var original = NameToken.Words(sentences[s].Text);
            var text = new StringBuilder();
            var w = 0;
            while (w < original.Length)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                if (index < chosen.Count && chosen[index].Sentence == s && chosen[index].Word == w)
                {
                    var candidate = chosen[index++];
                    var first = tokens[s][w];
                    var last = tokens[s][w + candidate.Length - 1];
                    var replacement = first.Prefix + candidate.Text + last.Suffix;
                    text.Append(replacement);
                    replacements.Add(new NameReplacement(
                        s,
                        w,
                        candidate.Length,
                        string.Join(' ', original, w, candidate.Length),
                        replacement,
                        candidate.Reason!.Value,
                        Math.Round(candidate.Score, 3)));
                    w += candidate.Length;
                }
                else
                {
                    text.Append(original[w++]);
                }
            }

            output[s] = sentences[s] with { Text = text.ToString() };
        }

        return new NameRepairResult(output.MoveToImmutable(), replacements.ToImmutable());
    }

    private void AddContext(Dictionary<string, List<Variant>> map, string neighbour, string token)
    {
        if (gazetteer.FindExact(token) is not { Tokens.Length: 1 } single || single.Letters.Length < 4 || single.Sound.Primary.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(neighbour, out var list))
        {
            list = [];
            map[neighbour] = list;
        }

        list.Add(new Variant(single, false));
    }

    private static void AddVariant(List<Variant> variants, GazetteerName name, bool isSurname)
    {
        var variant = new Variant(name, isSurname) { Ordinal = variants.Count };
        if (variant.Sound.Primary.Length > 0)
        {
            variants.Add(variant);
        }
    }

    /// <summary>A name as the sound index files it: whole, or (for a person) by surname alone.</summary>
    internal sealed record Variant(GazetteerName Name, bool IsSurname)
    {
        /// <summary>The place in the repairer's sound index, which keeps the gazetteer's order; -1 for a context-only variant.</summary>
        public int Ordinal { get; init; } = -1;

        public string Letters { get; } = IsSurname ? Name.Tokens[^1] : Name.Letters;

        public (string Primary, string Alternate) Sound { get; } = IsSurname ? Name.TokenSounds[^1] : Name.Sound;

        public SoundShape Shape { get; } = IsSurname ? new(Name.Tokens[^1], Name.TokenSounds[^1]) : new(Name.Letters, Name.Sound);

        public KeyBags Bags { get; } = new(IsSurname ? Name.TokenSounds[^1] : Name.Sound);

        public char First => Sound.Primary.Length > 0 ? Sound.Primary[0] : '\0';

        public char Second => Sound.Alternate.Length > 0 ? Sound.Alternate[0] : '\0';
    }

    internal readonly record struct ScoredVariant(Variant Variant, double Score);

    // Sound matches of the spoken forms of one episode, by form, and what the scans reuse.
    private sealed class Scans(SoundIndex.Selection supported, SoundIndex.Selection eligible)
    {
        public Dictionary<string, ScoredVariant[]> ByBucket { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ScoredVariant[]> BySupport { get; } = new(StringComparer.Ordinal);

        // Where a new scan collects its matches before they are kept (most forms match nothing: kept as one empty array).
        public List<ScoredVariant> Found { get; } = [];

        private int[] counts = new int[64];

        /// <summary>A buffer for the everyday frequencies of one sentence's words.</summary>
        public int[] Counts(int words)
        {
            if (counts.Length < words)
            {
                counts = new int[Math.Max(words, counts.Length * 2)];
            }

            return counts;
        }

        /// <summary>The variants the episode vouches for: its own, curated, or said correctly somewhere.</summary>
        public SoundIndex.Selection Supported { get; } = supported;

        /// <summary>The variants that may replace words that are not everyday words: known to the site, or spelled right in the episode.</summary>
        public SoundIndex.Selection Eligible { get; } = eligible;

        public List<ScoredVariant> Context { get; } = [];

        public SpokenForm Spoken { get; } = new();
    }

    private sealed record Candidate(
        int Sentence, int Word, int Length, GazetteerName Name, NameRepairReason? Reason, double Score, string Text, bool Guest = false,
        bool FullName = false);
}
