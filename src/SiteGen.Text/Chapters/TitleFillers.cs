namespace SiteGen.Text.Chapters;

/// <summary>
/// Content words that are frequent in talk but say nothing as the first or last word of a heading
/// ("people", "interesting", "question"). Lower-case.
/// </summary>
internal static class TitleFillers
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "people", "person", "time", "times", "question", "questions", "idea", "ideas", "point", "points", "case", "cases",
        "fact", "facts", "sense", "level", "levels", "part", "parts", "number", "numbers", "year", "years", "day", "days",
        "example", "examples", "reason", "reasons", "type", "types", "word", "words", "moment", "moments", "bunch",
        "piece", "pieces", "side", "sides", "end", "beginning", "answer", "answers", "interesting", "amazing",
        "incredible", "incredibly", "beautiful", "fascinating", "important", "different", "hard", "easy", "real",
        "long", "short", "small", "large", "huge", "possible", "aspect", "aspects", "term", "terms", "process",
        "conversation", "conversations", "podcast", "episode", "episodes", "understand", "understanding", "believe",
        "remember", "happen", "happened", "happens", "happening", "interested", "started", "start", "starting", "wrong",
        "guess", "mind", "minds", "matter", "matters", "level", "stuff", "everyday", "basic", "simple", "general",
        "specific", "exact", "whatever", "kinds", "somebody", "human", "humans", "sort", "lots", "tons", "area", "areas",
        "fun", "funny", "cool", "nice", "crazy", "weird", "strange", "bad", "worse", "worst", "high", "low", "deep",
        "cetera", "et", "percent", "work", "works", "worked", "working", "week", "weeks", "month",
        "months", "hour", "hours", "minute", "minutes", "second", "seconds", "today", "tomorrow", "yesterday", "person's",
        "people's", "someone's", "everybody's", "hope", "wonder", "wonderful", "excited", "exciting", "sorry",
        "agree", "disagree", "correct", "difficult", "obvious", "similar", "entire", "various", "whole", "single",
        "lot", "kind", "thing", "topic", "topics", "subject", "sentence", "argue", "argument", "discussion", "sad",
        "happy", "chance", "try", "tried", "call", "called", "calling", "means", "meant", "care",
        "cares", "put", "spent", "spend", "set", "bring", "brought", "lead", "leads", "hear", "heard", "read", "write",
        "wrote", "find", "found", "learn", "learned", "build", "built", "create", "created", "run", "running", "live",
        "lived", "living", "die", "died", "change", "changed", "play", "played", "move", "moved", "turn", "turned",
        "open", "close", "fair", "clear", "huge", "tiny", "certain", "kids", "guy", "guys", "folks", "man", "woman",
        "story", "stories", "interview", "roles", "role", "group", "groups", "problem", "problems", "way", "ways",
        "condition", "conditions", "input", "inputs", "place", "places", "everything", "something", "nothing", "step",
        "steps",

        // Dates place a story in time; they name no subject.
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",

        // Swearing is frequent in some talk and never a heading.
        "fuck", "fucking", "fucked", "shit", "shitty", "bullshit", "damn", "goddamn", "hell", "ass", "crap", "bitch",
        "dick", "piss", "pissed",
    };

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);
}
