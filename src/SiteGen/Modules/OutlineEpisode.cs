using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Building;
using SiteGen.Core.Caching;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Settings;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;
using SiteGen.Text.Summary;

namespace SiteGen.Modules;

/// <summary>
/// Topical chapters with titles and one-line summaries (<see cref="Keys.Chapters"/>), and the episode's summary and
/// one-line description (<see cref="Keys.Summary"/>), from one analysis of the paragraphs. The result is cached under
/// the paragraphs themselves: an episode analysed again to the same text (the site's names changed, not its own)
/// is not outlined again.
/// </summary>
internal sealed class OutlineEpisode(SiteSettings settings) : MapModuleBase(nameof(OutlineEpisode))
{
    protected override Document Map(Document input, IExecutionContext context)
    {
        var paragraphs = input.Get<ImmutableArray<Paragraph>>(Keys.Paragraphs);
        var episode = EpisodeContexts.Of(input, settings);
        if (context.Cache is null)
        {
            var outline = Summarizer.Outline(paragraphs, episode);
            return input.With(Keys.Chapters, outline.Chapters).With(Keys.Summary, outline.Summary);
        }

        var key = ContentCache.ComputeKey(nameof(OutlineEpisode), StageCache.CodeVersion, Digest(paragraphs), EpisodeContexts.Describe(episode));
        var (result, _) = StageCache.GetOrCompute(context, key, () => Summarizer.Outline(paragraphs, episode));
        return input.With(Keys.Chapters, result.Chapters).With(Keys.Summary, result.Summary).With(Keys.OutlineKey, key);
    }

    private static string Digest(ImmutableArray<Paragraph> paragraphs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        foreach (var paragraph in paragraphs)
        {
            hash.AppendData("\u001d"u8);
            foreach (var sentence in paragraph.Sentences)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(sentence.Text));
                BinaryPrimitives.WriteInt64LittleEndian(number, sentence.Start?.Ticks ?? -1);
                hash.AppendData(number);
                hash.AppendData(Encoding.UTF8.GetBytes("\u001f" + sentence.Speaker + "\u001e"));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
