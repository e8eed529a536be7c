using SiteGen.Text.Chapters;

namespace SiteGen.Text.Tests.Chapters;

public sealed class WordVectorsTests
{
    [Fact]
    public void Written_vectors_read_back_as_unit_rows_within_quantisation()
    {
        using var stream = new MemoryStream();
        WordVectors.Write(stream, ["gene", "protein", "guitar"], [[3f, 4f, 0f], [0.6f, 0.7f, 0.1f], [0f, -2f, 5f]]);
        stream.Position = 0;

        var vectors = WordVectors.Read(stream);

        Assert.Equal(3, vectors.Count);
        Assert.Equal(3, vectors.Dimensions);
        var gene = vectors.Vector(vectors.IndexOf("gene"));
        Assert.Equal(0.6, gene[0], 2);
        Assert.Equal(0.8, gene[1], 2);
        Assert.Equal(WordVectors.NoVector, vectors.IndexOf("violin"));
        Assert.Equal(0, vectors.Similarity("gene", "violin"));
        Assert.True(vectors.Similarity("gene", "protein") > vectors.Similarity("gene", "guitar"));
        Assert.Equal(vectors.Similarity("guitar", "gene"), vectors.Similarity("gene", "guitar"), 12);
    }

    [Fact]
    public void A_stream_of_another_kind_is_rejected()
    {
        using var stream = new MemoryStream(new byte[64]);

        Assert.Throws<InvalidDataException>(() => WordVectors.Read(stream));
    }

    [Theory]
    [InlineData("gene", "protein", "guitar")]
    [InlineData("guitar", "song", "virus")]
    [InlineData("chess", "grandmast", "dna")]
    public void Embedded_vectors_put_words_of_one_topic_closer_than_words_of_another(string word, string sameTopic, string otherTopic)
    {
        var vectors = WordVectors.Default;

        Assert.NotEqual(WordVectors.NoVector, vectors.IndexOf(word));
        Assert.True(
            vectors.Similarity(word, sameTopic) > vectors.Similarity(word, otherTopic) + 0.2,
            $"{word}~{sameTopic} {vectors.Similarity(word, sameTopic):F2}, {word}~{otherTopic} {vectors.Similarity(word, otherTopic):F2}");
    }
}
