using SiteGen.Text.Chapters;

namespace SiteGen.Text.Tests.Chapters;

public sealed class IntroDetectorTests
{
    [Theory]
    [InlineData("The following is a conversation with Ada Stone, a beekeeper.")]
    [InlineData("Today I got the chance to sit down with Ada Stone at her farm.")]
    [InlineData("If you would like to see more of these videos, please subscribe and click the bell.")]
    [InlineData("If you enjoy this podcast, rate it with five stars.")]
    [InlineData("I sat down with Ada Stone in her workshop last week.")]
    public void Openings_are_announcements(string text) => Assert.True(IntroDetector.IsAnnouncement(text, null));

    [Theory]
    [InlineData("If you sat down with him, you would like him within a minute.")]
    [InlineData("I'd love to subscribe to that view of history, but the records say otherwise.")]
    [InlineData("The hive was quiet that morning, and the queen had not laid for a week.")]
    public void Talk_that_mentions_such_words_is_not(string text) => Assert.False(IntroDetector.IsAnnouncement(text, null));
}
