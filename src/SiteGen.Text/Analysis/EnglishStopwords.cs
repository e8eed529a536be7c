namespace SiteGen.Text.Analysis;

/// <summary>
/// Function words plus the fillers and discourse words of spoken English, which carry no topic.
/// Lookups take lower-case text.
/// </summary>
internal static class EnglishStopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "actually", "after", "again", "against", "ago", "ah", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "anybody", "anyone", "anything", "anyway",
        "anywhere", "are", "aren't", "around", "as", "at", "away", "back", "basically", "be", "became", "because", "become",
        "becomes", "been", "before", "being", "below", "besides", "best", "better", "between", "beyond", "big", "bit", "both",
        "but", "by", "can", "can't", "cannot", "certain", "certainly", "clearly", "come", "comes", "coming", "could",
        "couldn't", "definitely", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "done", "down", "during",
        "each", "either", "else", "enough", "especially", "etc", "even", "ever", "every", "everybody", "everyone",
        "everything", "exactly", "far", "few", "fine", "first", "for", "from", "further", "get", "gets", "getting", "give",
        "gives", "go", "goes", "going", "gone", "gonna", "good", "got", "gotta", "gotten", "great", "had", "hadn't", "has",
        "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's", "hello", "her", "here", "here's", "hers",
        "herself", "hey", "hi", "him", "himself", "his", "hmm", "how", "how's", "however", "huh", "i", "i'd", "i'll", "i'm",
        "i've", "if", "in", "indeed", "instead", "into", "is", "isn't", "it", "it'd", "it'll", "it's", "its", "itself",
        "just", "keep", "kind", "kinda", "know", "knows", "largely", "last", "later", "least", "less", "let", "let's", "like",
        "likely", "little", "look", "looking", "lot", "lots", "made", "make", "makes", "making", "many", "may", "maybe", "me",
        "mean", "means", "might", "mine", "more", "most", "mostly", "much", "must", "mustn't", "my", "myself", "need",
        "needs", "never", "new", "next", "no", "nobody", "none", "nor", "not", "nothing", "now", "obviously", "of", "off",
        "oh", "ok", "okay", "old", "on", "once", "one", "ones", "only", "onto", "or", "other", "others", "otherwise",
        "ought", "our", "ours", "ourselves", "out", "over", "own", "particular", "particularly", "perhaps", "pretty",
        "probably", "put", "quite", "rather", "really", "right", "said", "same", "say", "saying", "says", "see", "seem",
        "seemed", "seems", "seen", "several", "shall", "she", "she'd", "she'll", "she's", "should", "shouldn't", "simply",
        "since", "so", "some", "somebody", "somehow", "someone", "something", "sometimes", "somewhat", "somewhere", "sort",
        "still", "stuff", "such", "sure", "take", "takes", "taking", "tell", "than", "that", "that'll", "that's", "the",
        "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll", "they're",
        "they've", "thing", "things", "think", "thinking", "this", "those", "though", "through", "thus", "to", "today",
        "together", "too", "totally", "toward", "towards", "truly", "try", "trying", "um", "uh", "under", "unless", "until",
        "up", "upon", "us", "use", "used", "using", "very", "via", "want", "wanted", "wants", "was", "wasn't", "way", "ways",
        "we", "we'd", "we'll", "we're", "we've", "well", "went", "were", "weren't", "what", "what's", "whatever", "when",
        "whenever", "where", "where's", "whereas", "whether", "which", "while", "who", "who's", "whoever", "whole", "whom",
        "whose", "why", "will", "with", "within", "without", "won't", "would", "wouldn't", "yeah", "yep", "yes", "yet",
        "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves", "able", "ain't", "thank",
        "thanks", "true", "wow", "y'all", "'cause", "cause", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "hundred", "thousand", "million", "billion", "lots", "gosh", "man", "guy", "guys", "mm", "mhm", "uh-huh",
        "literally", "honestly", "seriously", "essentially", "generally", "usually", "often", "again", "though", "says",
        "felt", "feel", "feels", "feeling", "thought", "thoughts", "talk", "talked", "talking", "talks", "told", "asked",
        "ask", "asking", "yup", "nope", "whoa", "alright", "all right", "gotcha", "sorta", "dunno", "wanna", "whats",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);

    public static bool Contains(ReadOnlySpan<char> lowerWord) => SpanLookup.Contains(lowerWord);
}
