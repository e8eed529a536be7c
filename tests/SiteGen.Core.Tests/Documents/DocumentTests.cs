using SiteGen.Core.Documents;

namespace SiteGen.Core.Tests.Documents;

public sealed class DocumentTests
{
    [Fact]
    public void With_methods_change_one_part_and_keep_the_rest()
    {
        var document = new Document("raw/001.txt", "episodes/1.html", "text", Metadata.Empty.With("n", 1));

        var content = document.WithContent("other");
        var destination = document.WithDestination(null);
        var tagged = document.With("title", "T");

        Assert.Equal(("raw/001.txt", "episodes/1.html", "other", 1), (content.Source, content.Destination, content.Content, content.Get<int>("n")));
        Assert.Null(destination.Destination);
        Assert.Equal("text", destination.Content);
        Assert.Equal("T", tagged.Get<string>("title"));
        Assert.Equal(1, tagged.Get<int>("n"));
        Assert.False(document.TryGet<string>("title", out _));
        Assert.Equal("text", document.Content);
    }

    [Fact]
    public void ToString_prefers_source_then_destination()
    {
        Assert.Equal("a.txt", new Document("a.txt", "a.html", "").ToString());
        Assert.Equal("a.html", new Document(null, "a.html", "").ToString());
        Assert.Equal("(generated)", new Document(null, null, "").ToString());
    }
}
