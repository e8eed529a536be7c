using System.Collections.Immutable;
using SiteGen.Modules;
using SiteGen.Text.Chapters;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Summary;

namespace SiteGen.Tests.Building;

public sealed class EpisodeAnalysisFormatTests
{
    private static readonly EpisodeAnalysis Analysis = new(
        [new Sentence("Welcome, café «ünïcode».", TimeSpan.FromSeconds(1.5), "Dana Cole"), new Sentence("No time, no speaker.", null, null)],
        [1, 1],
        true,
        [new NameReplacement(1, 2, 2, "dana coal", "Dana Cole", NameRepairReason.Sound, 0.875)],
        [new Chapter("Introduction", 0, 1, TimeSpan.Zero, "Dana welcomes the guest."), new Chapter("Rivers", 1, 1, null, "")],
        new EpisodeSummary(["Dana Cole talks about rivers."], "Rivers and more."),
        [new GlossaryItem("Dana Cole", EntityType.Person, 3, 0, null, "https://example.org/dana", [0, 1], "Welcome, café."), new GlossaryItem("Rivers", EntityType.Other, 2, 1, "Water.", null, [], null)],
        "0f1e2d");

    // ImmutableArray's own equality compares array references: the elements are compared.
    [Fact]
    public void An_analysis_reads_back_equal_field_by_field()
    {
        var read = EpisodeAnalysisFormat.Read(EpisodeAnalysisFormat.Write(Analysis));

        Assert.NotNull(read);
        Assert.Equal(Analysis.Sentences.ToArray(), read.Sentences.ToArray());
        Assert.Equal(Analysis.ParagraphSizes.ToArray(), read.ParagraphSizes.ToArray());
        Assert.Equal(Analysis.Restored, read.Restored);
        Assert.Equal(Analysis.NameRepairs.ToArray(), read.NameRepairs.ToArray());
        Assert.Equal(Analysis.Chapters.ToArray(), read.Chapters.ToArray());
        Assert.Equal(Analysis.Summary.Sentences.ToArray(), read.Summary.Sentences.ToArray());
        Assert.Equal(Analysis.Summary.Description, read.Summary.Description);
        Assert.Equal(Analysis.OutlineKey, read.OutlineKey);
        Assert.Equal(Analysis.Glossary.Length, read.Glossary.Length);
        for (var i = 0; i < Analysis.Glossary.Length; i++)
        {
            Assert.Equal(Analysis.Glossary[i] with { MentionSentences = [] }, read.Glossary[i] with { MentionSentences = [] });
            Assert.Equal(Analysis.Glossary[i].MentionSentences.ToArray(), read.Glossary[i].MentionSentences.ToArray());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40)]
    public void A_truncated_or_padded_entry_reads_as_a_miss(int cut)
    {
        var bytes = EpisodeAnalysisFormat.Write(Analysis);

        Assert.Null(EpisodeAnalysisFormat.Read(bytes[..(bytes.Length - cut - 1)]));
        Assert.Null(EpisodeAnalysisFormat.Read([.. bytes, 0]));
    }
}
