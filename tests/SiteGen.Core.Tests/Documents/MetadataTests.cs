using SiteGen.Core.Documents;

namespace SiteGen.Core.Tests.Documents;

public sealed class MetadataTests
{
    [Fact]
    public void With_returns_a_new_bag_and_leaves_the_original_unchanged()
    {
        var original = Metadata.Empty.With("title", "One");
        var changed = original.With("title", "Two").With("number", 2);

        Assert.Equal("One", original.Get<string>("title"));
        Assert.Single(original);
        Assert.Equal("Two", changed.Get<string>("title"));
        Assert.Equal(2, changed.Get<int>("number"));
    }

    [Fact]
    public void Keys_are_ordinal_case_sensitive_and_enumerated_in_ordinal_order()
    {
        var metadata = Metadata.Empty.With("b", 1).With("a", 2).With("B", 3);

        Assert.Equal(["B", "a", "b"], metadata.Keys);
        Assert.False(metadata.ContainsKey("A"));
    }

    [Fact]
    public void Get_names_the_key_when_it_is_missing_or_of_another_type()
    {
        var metadata = Metadata.Empty.With("number", 7);

        var missing = Assert.Throws<KeyNotFoundException>(() => metadata.Get<int>("title"));
        Assert.Contains("'title'", missing.Message, StringComparison.Ordinal);
        var wrongType = Assert.Throws<InvalidCastException>(() => metadata.Get<string>("number"));
        Assert.Contains("'number'", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains("Int32", wrongType.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_values_are_returned_for_nullable_types_but_fail_TryGet()
    {
        var metadata = Metadata.Empty.With("guest", null);

        Assert.Null(metadata.Get<string?>("guest"));
        Assert.Null(metadata.Get<int?>("guest"));
        Assert.Throws<InvalidCastException>(() => metadata.Get<int>("guest"));
        Assert.False(metadata.TryGet<string>("guest", out _));
        Assert.Equal("none", metadata.GetOrDefault("guest", "none"));
    }

    [Fact]
    public void TryGet_checks_the_type()
    {
        var metadata = Metadata.Empty.With("number", 7);

        Assert.True(metadata.TryGet<int>("number", out var number));
        Assert.Equal(7, number);
        Assert.False(metadata.TryGet<long>("number", out _));
        Assert.Equal(3L, metadata.GetOrDefault("number", 3L));
    }

    [Fact]
    public void Without_removes_a_key()
    {
        var metadata = Metadata.From([KeyValuePair.Create<string, object?>("a", 1), KeyValuePair.Create<string, object?>("b", 2)]);

        Assert.Equal(["b"], metadata.Without("a").Keys);
        Assert.Equal(2, metadata.Count);
    }
}
