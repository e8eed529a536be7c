using SiteGen.Text.Punctuation;

namespace SiteGen.Text.Tests.Punctuation;

public sealed class QuestionClassifierTests
{
    [Fact]
    public void ALongSentenceKeepsItsOpeningAndItsCloseWithinTheFeatureBudget()
    {
        var words = Enumerable.Range(0, 300).Select(i => WordInfo.From($"w{i}")).ToArray();
        var features = new ulong[QuestionClassifier.MaxFeatures];

        var count = QuestionClassifier.Features(words, 10, 250, features);

        Assert.InRange(count, QuestionClassifier.MaxBagWords, QuestionClassifier.MaxFeatures);
        var bag = features.Take(count).ToHashSet();
        Assert.Contains(WordHash.Of(212, words[10].Word), bag);
        Assert.Contains(WordHash.Of(212, words[250].Word), bag);
        Assert.DoesNotContain(WordHash.Of(212, words[130].Word), bag);
        Assert.DoesNotContain(WordHash.Of(212, words[251].Word), bag);
    }

    [Fact]
    public void TheDecisionWeighsTheNetworksMarginAgainstTheSentence()
    {
        const int bits = 8;
        var words = new[] { WordInfo.From("what"), WordInfo.From("now") };
        var weights = new float[1 << bits];
        var features = new ulong[QuestionClassifier.MaxFeatures];
        foreach (var f in features.AsSpan(0, QuestionClassifier.Features(words, 0, 1, features)))
        {
            weights[WordHash.Row(f, bits)] += 0.5f;
        }

        var classifier = new QuestionClassifier(bits, weights, 1, 1, -1);
        var odds = classifier.LogOdds(words, 0, 1);

        Assert.True(odds > 1);
        Assert.True(classifier.IsQuestion(words, 0, 1, margin: 0));
        Assert.False(classifier.IsQuestion(words, 0, 1, margin: -odds));
    }

    [Fact]
    public void WeightsOfWrongSizeAreRejected() =>
        Assert.Throws<ArgumentException>(() => new QuestionClassifier(8, new float[100], 1, 1, 0));
}
