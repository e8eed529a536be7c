using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;

namespace SiteGen.Rendering;

/// <summary>Where an episode's glossary entities are mentioned: its sentences mapped onto the page's paragraphs.</summary>
internal sealed class EntityMentions
{
    private const int SnippetLength = 240;

    private readonly ImmutableArray<Sentence> sentences;

    // The first sentence of each paragraph: paragraphs keep the sentences in order.
    private readonly int[] paragraphStarts;

    private EntityMentions(ImmutableArray<Sentence> sentences, ImmutableArray<Paragraph> paragraphs)
    {
        this.sentences = sentences;
        paragraphStarts = new int[paragraphs.Length];
        var next = 0;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            paragraphStarts[p] = next;
            next += paragraphs[p].Sentences.Length;
        }
    }

    public static EntityMentions Of(Document episode) => new(
        episode.GetOrDefault(Keys.Sentences, ImmutableArray<Sentence>.Empty),
        episode.GetOrDefault(Keys.Paragraphs, ImmutableArray<Paragraph>.Empty));

    /// <summary>The 0-based paragraph that holds a sentence, or null when the sentence is not on the page.</summary>
    public int? ParagraphOf(int sentence)
    {
        if (sentence < 0 || sentence >= sentences.Length || paragraphStarts.Length == 0)
        {
            return null;
        }

        var at = Array.BinarySearch(paragraphStarts, sentence);
        return at >= 0 ? at : ~at - 1;
    }

    /// <summary>The distinct paragraphs that mention the entity, in page order.</summary>
    public ImmutableArray<int> Paragraphs(GlossaryItem item)
    {
        var mentions = item.MentionSentences.IsDefaultOrEmpty ? [item.FirstSentence] : item.MentionSentences;
        var result = ImmutableArray.CreateBuilder<int>();
        foreach (var sentence in mentions)
        {
            if (ParagraphOf(sentence) is { } p && (result.Count == 0 || result[^1] != p))
            {
                result.Add(p);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The sentence that shows the entity best: its describing mention when there is one, else the first.</summary>
    public int BestSentence(GlossaryItem item)
    {
        if (item.Context is { } context && !item.MentionSentences.IsDefaultOrEmpty)
        {
            foreach (var sentence in item.MentionSentences)
            {
                if (sentence >= 0 && sentence < sentences.Length && string.Equals(sentences[sentence].Text, context, StringComparison.Ordinal))
                {
                    return sentence;
                }
            }
        }

        return item.FirstSentence;
    }

    /// <summary>A quotable line for the entity: its describing sentence, else its first mention, cut at a word.</summary>
    public string? Snippet(GlossaryItem item)
    {
        var text = item.Context;
        if (text is null && item.FirstSentence >= 0 && item.FirstSentence < sentences.Length)
        {
            text = sentences[item.FirstSentence].Text;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SnippetLength);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : SnippetLength), "…");
    }
}
