using SiteGen.Text.Similarity;

namespace SiteGen.Text.Tests.Similarity;

public sealed class ContentWordsTests
{
    public static IEnumerable<object[]> Specs => SpecFile.Cases("content-words.txt");

    [Theory]
    [MemberData(nameof(Specs))]
    public void Spec(string where, string input, string expected)
    {
        Assert.True(expected == "(none)" ? Terms(input).Count == 0 : Terms(input).SequenceEqual(expected.Split(' ')), $"{where}: got '{string.Join(' ', Terms(input))}'");
    }

    [Fact]
    public void Word_range_points_at_the_original_spelling()
    {
        const string text = "  Quantum-Computers!";
        Span<char> buffer = stackalloc char[ContentWords.MaxLength];
        int position = 0;
        int length = ContentWords.Next(text, ref position, buffer, out Range word);

        Assert.Equal("quantum-computer", buffer[..length].ToString());
        Assert.Equal("Quantum-Computers", text[word]);
    }

    [Fact]
    public void Overlong_runs_are_not_terms()
    {
        Assert.Empty(Terms(new string('x', ContentWords.MaxLength + 1)));
        Assert.Single(Terms(new string('x', ContentWords.MaxLength)));
    }

    private static List<string> Terms(string text)
    {
        var terms = new List<string>();
        Span<char> buffer = stackalloc char[ContentWords.MaxLength];
        int position = 0;
        int length;
        while ((length = ContentWords.Next(text, ref position, buffer, out _)) > 0)
        {
            terms.Add(buffer[..length].ToString());
        }

        return terms;
    }
}
