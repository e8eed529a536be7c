using System.Collections.Immutable;
using System.Text;
using SiteGen.Text.Chapters;
using SiteGen.Text.Cleaning;
using SiteGen.Text.Prose;
using SiteGen.Text.Transcripts;

namespace SiteGen.Benchmarks.Text;

/// <summary>
/// One real episode taken through the text chain up to each stage's input, so every stage is measured on what the
/// site feeds it: the raw caption dump for reading and cleaning, and the same episode's Whisper transcript for the
/// sentence stages (real punctuation, independent of the restoration model). Read from ../shared at run time;
/// nothing of it is stored in the repository.
/// </summary>
internal sealed class EpisodeText
{
    /// <summary>A long all-lowercase episode (about 16,000 words), the common style of the corpus.</summary>
    public const string DefaultEpisode = "080";

    private EpisodeText(string dump, string punctuated, EpisodeContext context)
    {
        Dump = dump;
        Context = context;
        Transcript = TranscriptReader.Read(FileName, dump);
        Stream = WordStream.FromSegments(Transcript.Segments);
        Words = TranscriptCleaner.Clean(Stream);
        var whisper = TranscriptReader.Read("episode.vtt", punctuated);
        Sentences = SentenceSplitter.Split(TranscriptCleaner.Clean(WordStream.FromSegments(whisper.Segments)));
        Paragraphs = Paragrapher.Group(Sentences);
    }

    public static string FileName => "episode.txt";

    /// <summary>The caption dump as the downloader writes it: page noise, header, then the text wrapped over many lines.</summary>
    public string Dump { get; }

    public EpisodeContext Context { get; }

    public Transcript Transcript { get; }

    public ImmutableArray<TimedWord> Stream { get; }

    /// <summary>The cleaned words of the raw dump.</summary>
    public ImmutableArray<TimedWord> Words { get; }

    /// <summary>Sentences of the punctuated transcript, with cue times.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    public ImmutableArray<Paragraph> Paragraphs { get; }

    /// <param name="repeat">How many times the episode's text is repeated, for a longer input.</param>
    public static EpisodeText Load(string episode = DefaultEpisode, int repeat = 1)
    {
        var shared = SharedCorpus.Find();
        var text = File.ReadAllText(Path.Combine(shared, "corpus", "raw", episode + ".txt")).Trim();
        var (videoId, title) = PairInfo(shared, episode);
        var dump = new StringBuilder()
            .Append("Untitled page - Video Transcripts\nSkip to content\n\nSearch\nTranscript\n")
            .Append(videoId).Append(" \u2022 ").Append(title).Append('\n')
            .Append("/captions/").Append(videoId).Append(".en.vtt\n")
            .Append("Kind: captions Language: en");
        for (var r = 0; r < repeat; r++)
        {
            Wrap(dump, text, 80);
        }

        var metadata = TitleParser.Parse(title);
        var context = new EpisodeContext
        {
            Title = metadata.Topic ?? title,
            PodcastName = metadata.PodcastName,
            Guests = metadata.Guests,
        };
        var punctuated = File.ReadAllText(Path.Combine(shared, "corpus", "punctuated", episode + ".vtt"));
        return new EpisodeText(dump.Append('\n').ToString(), punctuated, context);
    }

    private static void Wrap(StringBuilder dump, string text, int width)
    {
        var column = width;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (column + 1 + word.Length > width)
            {
                dump.Append('\n');
                column = 0;
            }
            else
            {
                dump.Append(' ');
                column++;
            }

            dump.Append(word);
            column += word.Length;
        }
    }

    private static (string VideoId, string Title) PairInfo(string shared, string episode)
    {
        foreach (var line in File.ReadLines(Path.Combine(shared, "corpus", "pairs.tsv")))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 3 && fields[0] == episode)
            {
                return (fields[1], fields[2]);
            }
        }

        throw new InvalidOperationException($"Episode {episode} is not listed in corpus/pairs.tsv.");
    }
}
