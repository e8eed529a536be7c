using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Tests.Pipelines;

public sealed class PerDocumentModuleTests
{
    private static readonly string[] Sources = [.. Enumerable.Range(0, 200).Select(i => $"raw/{i:D3}.txt")];

    [Fact]
    public async Task Outputs_keep_input_order_despite_random_delays()
    {
        var engine = new Engine(new EngineOptions { MaxDegreeOfParallelism = 16 })
            .Add(new Pipeline("Episodes") { Input = [new SourceModule(Sources)], Process = [new RandomDelayModule("a"), new RandomDelayModule("b")] });

        var result = await engine.RunAsync();

        Assert.Equal(Sources.Select(s => $"{s}/a0/b0"), result.Outputs["Episodes"].Select(d => d.Content));
    }

    [Fact]
    public async Task Several_outputs_per_input_stay_grouped_in_input_order()
    {
        var engine = new Engine(new EngineOptions { MaxDegreeOfParallelism = 16 })
            .Add(new Pipeline("Episodes") { Input = [new SourceModule(Sources)], Process = [new RandomDelayModule("part", copies: 3)] });

        var result = await engine.RunAsync();

        Assert.Equal(
            Sources.SelectMany(s => new[] { $"{s}/part0", $"{s}/part1", $"{s}/part2" }),
            result.Outputs["Episodes"].Select(d => d.Content));
    }

    [Fact]
    public async Task Map_module_drops_documents_mapped_to_null()
    {
        var engine = new Engine()
            .Add(new Pipeline("Episodes") { Input = [new SourceModule("a", "skip", "b")], Process = [new MapModule("Filter", (d, _) => d.Content == "skip" ? null : d)] });

        var result = await engine.RunAsync();

        Assert.Equal(["a", "b"], result.Outputs["Episodes"].Select(d => d.Source));
    }
}
