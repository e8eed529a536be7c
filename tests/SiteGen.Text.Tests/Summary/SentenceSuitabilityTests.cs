using SiteGen.Text.Summary;
using SiteGen.Text.Tests.Chapters;

namespace SiteGen.Text.Tests.Summary;

public sealed class SentenceSuitabilityTests
{
    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var line in SpecFiles.Lines("Summary", "standalone-sentences.txt"))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            data.Add(line[(colon + 2)..], line[..colon] switch
            {
                "keep" => true,
                "skip" => false,
                _ => throw new FormatException(line),
            });
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_statements_that_stand_alone_are_kept(string sentence, bool standalone)
    {
        Assert.Equal(standalone, SentenceSuitability.IsStandalone(sentence));
    }
}
