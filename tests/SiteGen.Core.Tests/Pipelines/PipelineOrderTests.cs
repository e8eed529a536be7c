using System.Collections.Concurrent;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Tests.Pipelines;

public sealed class PipelineOrderTests
{
    [Fact]
    public async Task Pipelines_run_after_their_dependencies_with_ties_in_registration_order()
    {
        var engine = new Engine()
            .Add(new Pipeline("Site") { Dependencies = ["Episodes", "Data"] })
            .Add(new Pipeline("Assets"))
            .Add(new Pipeline("Episodes") { Dependencies = ["Data"] })
            .Add(new Pipeline("Data"))
            .Add(new Pipeline("Feed"));

        var result = await engine.RunAsync();

        Assert.Equal(["Assets", "Data", "Episodes", "Site", "Feed"], result.Outputs.Names.ToArray());
    }

    [Fact]
    public async Task A_dependent_starts_its_phase_only_after_its_dependency_finished_it()
    {
        var seen = new ConcurrentDictionary<string, int>();
        var engine = new Engine()
            .Add(new Pipeline("Site")
            {
                Dependencies = ["Episodes"],
                Process = [new DelegateModule("Look", (_, c) => seen["Site sees Data"] = c.Outputs["Data"].Length)],
            })
            .Add(new Pipeline("Episodes")
            {
                Dependencies = ["Data"],
                Input = [new SourceModule("e1", "e2", "e3")],
                Process = [new DelegateModule("Look", (_, c) => seen["Episodes sees Other"] = c.Outputs.TryGet("Other", out _) ? 1 : 0), new RandomDelayModule("slow")],
            })
            .Add(new Pipeline("Data") { Input = [new SourceModule("d1", "d2")], Process = [new RandomDelayModule("slow")] })
            .Add(new Pipeline("Other") { Input = [new SourceModule("o1")] });

        await engine.RunAsync();

        Assert.Equal(2, seen["Site sees Data"]);
        Assert.Equal(0, seen["Episodes sees Other"]);
    }

    [Fact]
    public async Task A_cycle_is_reported_by_its_members_before_anything_runs()
    {
        var ran = false;
        var engine = new Engine()
            .Add(new Pipeline("A") { Dependencies = ["B"], Input = [new DelegateModule("Flag", (_, _) => ran = true)] })
            .Add(new Pipeline("B") { Dependencies = ["C"] })
            .Add(new Pipeline("C") { Dependencies = ["D"] })
            .Add(new Pipeline("D") { Dependencies = ["B"] })
            .Add(new Pipeline("E"));

        var error = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync());

        Assert.Equal("Pipeline dependency cycle: B -> C -> D -> B.", error.Message);
        Assert.False(ran);
    }

    [Fact]
    public async Task A_pipeline_depending_on_itself_is_a_cycle()
    {
        var error = await Assert.ThrowsAsync<PipelineException>(
            () => new Engine().Add(new Pipeline("A") { Dependencies = ["A"] }).RunAsync());

        Assert.Equal("Pipeline dependency cycle: A -> A.", error.Message);
    }

    [Fact]
    public async Task Unknown_dependencies_and_duplicate_names_are_rejected()
    {
        var unknown = await Assert.ThrowsAsync<PipelineException>(
            () => new Engine().Add(new Pipeline("Episodes") { Dependencies = ["Dta"] }).RunAsync());
        var duplicate = await Assert.ThrowsAsync<PipelineException>(
            () => new Engine().Add(new Pipeline("Episodes")).Add(new Pipeline("Episodes")).RunAsync());

        Assert.Equal("Pipeline 'Episodes' depends on unknown pipeline 'Dta'.", unknown.Message);
        Assert.Equal("Pipeline 'Episodes' is registered twice.", duplicate.Message);
    }
}
