using System.Collections.Frozen;

namespace SiteGen.Text.Similarity;

/// <summary>
/// Function words plus the filler vocabulary of unscripted speech: IDF alone leaves these in a profile because
/// talkers repeat them so often that their term frequency outweighs a small IDF.
/// </summary>
internal static class Stopwords
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "about", "above", "across", "actually", "after", "again", "against", "ago", "ah", "all", "almost", "alone",
        "along", "already", "alright", "also", "although", "always", "am", "among", "an", "and", "another", "any",
        "anybody", "anyone", "anything", "anyway", "anywhere", "are", "aren't", "around", "as", "ask", "asked", "at",
        "away", "back", "basically", "be", "became", "because", "become", "becomes", "been", "before", "behind",
        "being", "believe", "below", "best", "better", "between", "big", "bit", "both", "but", "by", "call", "called",
        "came", "can", "can't", "cannot", "certain", "certainly", "clearly", "come", "comes", "coming", "could",
        "couldn't", "day", "definitely", "did", "didn't", "different", "do", "does", "doesn't", "doing", "don't", "done",
        "down", "during", "each", "easy", "either", "else", "end", "enough", "especially", "even", "ever", "every",
        "everybody", "everyone", "everything", "exactly", "example", "far", "feel", "felt", "few", "find", "first",
        "for", "four", "from", "fun", "further", "gave", "get", "gets", "getting", "give", "given", "gives", "go",
        "goes", "going", "gonna", "good", "got", "gotta", "gotten", "great", "guess", "guy", "guys", "had", "hadn't",
        "happen", "happened", "happens", "hard", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll",
        "hello", "help", "her", "here", "hers", "herself", "hey", "hi", "him", "himself", "his", "hmm", "how",
        "however", "huge", "i", "i'd", "i'll", "i'm", "i've", "idea", "if", "important", "in", "incredible",
        "incredibly", "indeed", "inside", "instead", "interesting", "into", "is", "isn't", "it", "it'd", "it'll",
        "its", "itself", "just", "keep", "kind", "kinda", "knew", "know", "known", "knows", "last", "later", "least",
        "less", "let", "let's", "like", "likely", "literally", "little", "long", "look", "looked", "looking",
        "looks", "lot", "lots", "made", "make", "makes", "making", "many", "may", "maybe", "me", "mean",
        "means", "meant", "might", "mine", "more", "most", "mostly", "much", "must", "my", "myself", "need",
        "needs", "never", "new", "next", "nice", "no", "nobody", "none", "nor", "not", "nothing", "now", "obviously",
        "of", "off", "oh", "ok", "okay", "old", "on", "once", "one", "ones", "only", "onto", "or", "other", "others",
        "otherwise", "our", "ours", "ourselves", "out", "over", "own", "part", "people", "perhaps", "person",
        "place", "point", "possible", "pretty", "probably", "put", "quite", "rather", "real", "really", "right", "said",
        "same", "saw", "say", "saying", "says", "second", "see", "seem", "seemed", "seems", "seen", "several", "shall",
        "she", "she'd", "she'll", "should", "shouldn't", "side", "simply", "since", "so", "some", "somebody",
        "somehow", "someone", "something", "sometimes", "somewhat", "somewhere", "sort", "start", "started", "still",
        "stuff", "such", "super", "sure", "take", "taken", "takes", "taking", "talk", "talked", "talking", "tell",
        "than", "thank", "thanks", "that", "that'll", "the", "their", "theirs", "them", "themselves", "then", "there",
        "there'd", "there'll", "therefore", "these", "they", "they'd", "they'll", "they're", "they've", "thing",
        "things", "think", "thinking", "thinks", "third", "this", "those", "though", "thought", "three", "through",
        "thus", "time", "times", "to", "today", "together", "too", "took", "totally", "toward", "towards", "true",
        "truly", "try", "trying", "two", "uh", "um", "under", "understand", "unless", "until", "up", "upon", "us",
        "use", "used", "uses", "using", "usually", "very", "via", "want", "wanted", "wants", "was", "wasn't", "way",
        "ways", "we", "we'd", "we'll", "we're", "we've", "well", "went", "were", "weren't", "what", "what're",
        "whatever", "when", "whenever", "where", "whereas", "wherever", "whether", "which", "while", "who", "who'd",
        "who'll", "whoever", "whole", "whom", "whose", "why", "will", "with", "within", "without", "won't", "wonder",
        "wonderful", "work", "works", "would", "wouldn't", "wow", "yeah", "year", "years", "yep", "yes",
        "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a lowercase word (or its stem) that carries no topic.</summary>
    public static bool Contains(ReadOnlySpan<char> lowercaseWord) => Lookup.Contains(lowercaseWord);
}
