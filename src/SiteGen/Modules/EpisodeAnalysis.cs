using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Text.Chapters;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Summary;

namespace SiteGen.Modules;

/// <summary>
/// Everything the site-wide steps and the pages need from one episode's text analysis, cached as one entry so an
/// unchanged episode costs one read. Paragraphs are stored as sizes over the sentences, so the text is stored once.
/// </summary>
/// <param name="OutlineKey">The cache entry the chapters and summary came from (empty without a cache): kept alive while the analysis is.</param>
internal sealed record EpisodeAnalysis(
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<int> ParagraphSizes,
    bool Restored,
    ImmutableArray<NameReplacement> NameRepairs,
    ImmutableArray<Chapter> Chapters,
    EpisodeSummary Summary,
    ImmutableArray<GlossaryItem> Glossary,
    string OutlineKey = "")
{
    /// <summary>The analysis the text stages left on the document; null when its paragraphs are not its sentences in order.</summary>
    public static EpisodeAnalysis? Of(Document document)
    {
        var sentences = document.Get<ImmutableArray<Sentence>>(Keys.Sentences);
        var paragraphs = document.Get<ImmutableArray<Paragraph>>(Keys.Paragraphs);
        var sizes = ImmutableArray.CreateBuilder<int>(paragraphs.Length);
        var at = 0;
        foreach (var paragraph in paragraphs)
        {
            foreach (var sentence in paragraph.Sentences)
            {
                if (at >= sentences.Length || !Equals(sentences[at++], sentence))
                {
                    return null;
                }
            }

            sizes.Add(paragraph.Sentences.Length);
        }

        if (at != sentences.Length)
        {
            return null;
        }

        return new EpisodeAnalysis(
            sentences,
            sizes.MoveToImmutable(),
            document.GetOrDefault(Keys.Restored, false),
            document.GetOrDefault(Keys.NameRepairs, ImmutableArray<NameReplacement>.Empty),
            document.GetOrDefault(Keys.Chapters, ImmutableArray<Chapter>.Empty),
            document.Get<EpisodeSummary>(Keys.Summary),
            document.GetOrDefault(Keys.Glossary, ImmutableArray<GlossaryItem>.Empty),
            document.GetOrDefault(Keys.OutlineKey, ""));
    }

    /// <summary>The document with the analysis in the keys the text stages would have set.</summary>
    public Document ApplyTo(Document document)
    {
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(ParagraphSizes.Length);
        var at = 0;
        foreach (var size in ParagraphSizes)
        {
            paragraphs.Add(new Paragraph(Sentences.Slice(at, size)));
            at += size;
        }

        return document.WithMetadata(document.Metadata.With(
        [
            KeyValuePair.Create<string, object?>(Keys.Sentences, Sentences),
            KeyValuePair.Create<string, object?>(Keys.Paragraphs, paragraphs.MoveToImmutable()),
            KeyValuePair.Create<string, object?>(Keys.Restored, Restored),
            KeyValuePair.Create<string, object?>(Keys.NameRepairs, NameRepairs),
            KeyValuePair.Create<string, object?>(Keys.Chapters, Chapters),
            KeyValuePair.Create<string, object?>(Keys.Summary, Summary),
            KeyValuePair.Create<string, object?>(Keys.Glossary, Glossary),
            KeyValuePair.Create<string, object?>(Keys.EntityNames, Glossary.Select(i => i.Name).ToImmutableArray()),
            KeyValuePair.Create<string, object?>(Keys.OutlineKey, OutlineKey),
        ]));
    }
}
