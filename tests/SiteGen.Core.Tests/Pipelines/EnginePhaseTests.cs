using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Tests.Pipelines;

public sealed class EnginePhaseTests
{
    private static readonly string[] Names = ["Episodes", "Guests", "Topics"];

    [Fact]
    public async Task Every_pipeline_finishes_a_phase_before_any_starts_the_next()
    {
        var inputsDone = 0;
        var processStartsSeeing = new ConcurrentBag<int>();
        var postProcessViews = new ConcurrentBag<(string Pipeline, ImmutableArray<Document> Seen)>();
        var engine = new Engine();
        foreach (var name in Names)
        {
            engine.Add(new Pipeline(name)
            {
                Input =
                [
                    new SourceModule(Enumerable.Range(0, 20).Select(i => $"{name}/{i}.txt").ToArray()),
                    new RandomDelayModule("read"),
                    new DelegateModule("Count", (_, _) => Interlocked.Increment(ref inputsDone)),
                ],
                Process =
                [
                    new DelegateModule("Observe", (_, _) => processStartsSeeing.Add(Volatile.Read(ref inputsDone))),
                    new RandomDelayModule("processed"),
                ],
                PostProcess = [new DelegateModule("Link", (_, c) => postProcessViews.Add((c.PipelineName, c.Outputs.All)))],
            });
        }

        await engine.RunAsync();

        Assert.All(processStartsSeeing, seen => Assert.Equal(Names.Length, seen));
        Assert.Equal(Names.Length, postProcessViews.Count);
        Assert.All(postProcessViews, view =>
        {
            Assert.Equal(Names.Length * 20, view.Seen.Length);
            Assert.All(view.Seen, d => Assert.True(d.Get<bool>("processed")));
        });
    }

    [Fact]
    public async Task Each_phase_continues_from_the_previous_phase_documents_and_output_sees_post_processed_documents()
    {
        ImmutableArray<Document> outputView = [];
        var engine = new Engine()
            .Add(new Pipeline("Episodes")
            {
                Input = [new SourceModule("a", "b")],
                Process = [new MapModule("Upper", (d, _) => d.WithContent(d.Content.ToUpperInvariant()))],
                PostProcess = [new MapModule("Link", (d, c) => d.With("count", c.Outputs["Episodes"].Length))],
                Output = [new DelegateModule("Write", (_, c) => outputView = c.Outputs.All)],
            });

        var result = await engine.RunAsync();

        Assert.Equal(["A", "B"], result.Outputs["Episodes"].Select(d => d.Content));
        Assert.All(result.Outputs["Episodes"], d => Assert.Equal(2, d.Get<int>("count")));
        Assert.All(outputView, d => Assert.Equal(2, d.Get<int>("count")));
    }

    [Fact]
    public async Task Input_phase_sees_no_outputs_and_invisible_pipelines_are_named_in_the_error()
    {
        var engine = new Engine()
            .Add(new Pipeline("Data") { Input = [new SourceModule("d")] })
            .Add(new Pipeline("Episodes") { Input = [new DelegateModule("Peek", (_, c) => _ = c.Outputs["Data"])] });

        var error = await Assert.ThrowsAsync<ModuleException>(() => engine.RunAsync());

        var inner = Assert.IsType<KeyNotFoundException>(error.InnerException);
        Assert.Contains("'Data'", inner.Message, StringComparison.Ordinal);
        Assert.Contains("visible: none", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timings_progress_and_phase_messages_are_reported_in_order()
    {
        var log = new RecordingLog();
        var engine = new Engine(new EngineOptions { Log = log })
            .Add(new Pipeline("Episodes") { Input = [new SourceModule("a", "b", "c")], Process = [new RandomDelayModule("x")] });

        var result = await engine.RunAsync();

        Assert.Equal(
            [("Input", null), ("Input", "SourceModule"), ("Process", null), ("Process", "Delayx"), ("PostProcess", null), ("Output", null)],
            result.Timings.Select(t => (t.Phase.ToString(), t.Module)));
        Assert.All(result.Timings, t => Assert.Equal("Episodes", t.Pipeline));
        Assert.Equal([1, 2, 3], log.Progressions.Select(p => p.Completed).Order());
        Assert.All(log.Progressions, p => Assert.Equal(("Episodes", Phase.Process, "Delayx", 3), (p.Pipeline, p.Phase, p.Module, p.Total)));
        Assert.Equal(4, log.Messages.Count(m => m.StartsWith("info: ", StringComparison.Ordinal)));
        Assert.True(result.Elapsed >= result.Timings.Max(t => t.Elapsed));
    }

    [Fact]
    public async Task Settings_reach_modules()
    {
        string? seen = null;
        var options = new EngineOptions { Settings = Metadata.Empty.With("baseUrl", "/site/") };
        var engine = new Engine(options).Add(new Pipeline("P") { Input = [new DelegateModule("Read", (_, c) => seen = c.Settings.Get<string>("baseUrl"))] });

        await engine.RunAsync();

        Assert.Equal("/site/", seen);
    }
}
