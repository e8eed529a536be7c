using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SiteGen.Text.Transcripts;

namespace SiteGen.Benchmarks.Site;

/// <summary>
/// Grows a site to a target size with copies of real episodes: new numbers, ids and titles, and the same words in
/// a shuffled order of pseudo-sentences, so the text stages see real vocabulary but no two episodes are identical.
/// </summary>
internal static class SyntheticEpisodes
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static ImmutableArray<CorpusEpisode> Extend(ImmutableArray<CorpusEpisode> real, int target)
    {
        if (target <= real.Length)
        {
            return real;
        }

        var episodes = ImmutableArray.CreateBuilder<CorpusEpisode>(target);
        episodes.AddRange(real);
        var number = real.Max(e => e.Number);
        for (var i = real.Length; i < target; i++)
        {
            var source = real[i % real.Length];
            var copy = i / real.Length;
            number++;
            var parsed = TitleParser.Parse(source.Title);
            var who = source.Guests.IsDefaultOrEmpty ? "Guest" : string.Join(", ", source.Guests);
            var title = $"{who}: {parsed.Topic ?? source.Title} (take {copy + 1}) | {parsed.PodcastName ?? "Podcast"} #{number}";
            episodes.Add(source with
            {
                Name = number.ToString("D5", CultureInfo.InvariantCulture),
                Number = number,
                Title = title,
                VideoId = VideoId(number),
                Date = source.Date.AddDays(7 * copy),
                Shuffle = number,
            });
        }

        return episodes.ToImmutable();
    }

    /// <summary>The text of a copy: the source's words cut into 6 to 24 word runs, in a seeded random order.</summary>
    public static string Shuffle(string text, int seed)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(seed);
        var runs = new List<(int Start, int Length)>();
        for (var start = 0; start < words.Length;)
        {
            var length = Math.Min(random.Next(6, 25), words.Length - start);
            runs.Add((start, length));
            start += length;
        }

        for (var i = runs.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (runs[i], runs[j]) = (runs[j], runs[i]);
        }

        var shuffled = new StringBuilder(text.Length);
        foreach (var (start, length) in runs)
        {
            foreach (var word in words.AsSpan(start, length))
            {
                shuffled.Append(word).Append(' ');
            }
        }

        return shuffled.ToString().TrimEnd();
    }

    /// <summary>An 11-character YouTube-shaped id from a stable hash (FNV-1a) of the episode number.</summary>
    private static string VideoId(int number)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.ASCII.GetBytes("synthetic-" + number.ToString(CultureInfo.InvariantCulture)))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        var id = new char[11];
        for (var i = 0; i < id.Length; i++)
        {
            id[i] = IdAlphabet[(int)(hash & 63)];
            hash = (hash >> 6) | (hash << 58);
        }

        return new string(id);
    }
}
