using SiteGen.Text.Punctuation;

namespace SiteGen.Text.Tests.Punctuation;

public sealed class HashedNetworkTests
{
    [Fact]
    public void VectorisedScoresMatchAPlainComputation()
    {
        const int bits = 8;
        const int hidden = 64;
        var random = new Random(3);
        var table = new sbyte[(1 << bits) * hidden];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (sbyte)random.Next(-127, 128);
        }

        var hiddenBias = Floats(random, hidden);
        var output = Floats(random, hidden * HashedNetwork.Labels);
        var outputBias = Floats(random, HashedNetwork.Labels);
        var network = new HashedNetwork(bits, hidden, table, 0.01f, hiddenBias, output, outputBias);
        var features = new ulong[40];
        for (var i = 0; i < features.Length; i++)
        {
            features[i] = (ulong)random.NextInt64();
        }

        var scores = new float[HashedNetwork.Labels];
        network.Score(features, scores);

        var activation = new double[hidden];
        for (var h = 0; h < hidden; h++)
        {
            var sum = 0;
            foreach (var f in features)
            {
                sum += table[(WordHash.Row(f, bits) * hidden) + h];
            }

            activation[h] = Math.Max(0, (sum * 0.01) + hiddenBias[h]);
        }

        for (var c = 0; c < HashedNetwork.Labels; c++)
        {
            var expected = (double)outputBias[c];
            for (var h = 0; h < hidden; h++)
            {
                expected += output[(c * hidden) + h] * activation[h];
            }

            Assert.Equal(expected, scores[c], 3);
        }
    }

    [Fact]
    public void LayersOfWrongSizeAreRejected() =>
        Assert.Throws<ArgumentException>(() => new HashedNetwork(8, 48, new sbyte[256 * 48], 1, new float[48], new float[48 * 4], new float[4]));

    private static float[] Floats(Random random, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)(random.NextDouble() - 0.5);
        }

        return values;
    }
}
