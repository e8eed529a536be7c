using SiteGen.Text.Chapters;

namespace SiteGen.Text.Tests.Chapters;

public sealed class BoundaryTreeTests
{
    // Root tests feature 0 <= 1; its left child feature 1 <= 0, its right child never splits (+inf goes left).
    private static readonly BoundaryTree Tree = new([0, 1, 1], [1, 0, double.PositiveInfinity], [10, 20, 30, 40]);

    [Theory]
    [InlineData(0.5, -1, 10)]
    [InlineData(1, 0, 10)]
    [InlineData(1, 0.1, 20)]
    [InlineData(2, -5, 30)]
    [InlineData(2, 5, 30)]
    public void A_row_lands_in_the_leaf_its_tests_lead_to(double first, double second, double leaf)
    {
        Assert.Equal(leaf, Tree.Evaluate([first, second]));
    }

    [Fact]
    public void The_model_adds_its_trees_to_the_linear_part()
    {
        var model = new BoundaryModel(-1, [2, 0], 8, 1) { Trees = [Tree, Tree] };

        Assert.Equal(-1 + (2 * 3) + 30 + 30, model.LogOdds([3, 7]));
    }
}
