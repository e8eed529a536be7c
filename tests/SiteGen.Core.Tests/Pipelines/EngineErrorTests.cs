using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Tests.Pipelines;

public sealed class EngineErrorTests
{
    private static readonly string[] Sources = [.. Enumerable.Range(0, 6).Select(i => $"raw/{i}.txt")];

    private static MapModule FailOn(params string[] sources) =>
        new("Parse", (d, _) => sources.Contains(d.Source) ? throw new LineException(17) : d.With("parsed", true));

    [Fact]
    public async Task A_document_failure_names_pipeline_phase_module_and_source_and_keeps_the_cause()
    {
        var engine = new Engine()
            .Add(new Pipeline("Episodes") { Input = [new SourceModule(Sources)], Process = [FailOn("raw/2.txt")] });

        var error = await Assert.ThrowsAsync<ModuleException>(() => engine.RunAsync());

        Assert.Equal(("Episodes", Phase.Process, "Parse", "raw/2.txt"), (error.Pipeline, error.Phase, error.Module, error.DocumentSource));
        Assert.Equal("raw/2.txt: Episodes pipeline, Process phase, module Parse: bad token on line 17", error.Message);
        Assert.Equal(17, Assert.IsType<LineException>(error.InnerException).Line);
    }

    [Fact]
    public async Task A_whole_module_failure_names_the_module_without_a_source()
    {
        var engine = new Engine()
            .Add(new Pipeline("Site") { PostProcess = [new DelegateModule("Sitemap", (_, _) => throw new InvalidOperationException("no pages"))] });

        var error = await Assert.ThrowsAsync<ModuleException>(() => engine.RunAsync());

        Assert.Equal(("Site", Phase.PostProcess, "Sitemap", null), (error.Pipeline, error.Phase, error.Module, error.DocumentSource));
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public async Task ContinueOnError_skips_failed_documents_and_reports_them_in_input_order()
    {
        var log = new RecordingLog();
        var engine = new Engine(new EngineOptions { ContinueOnError = true, Log = log })
            .Add(new Pipeline("Episodes") { Input = [new SourceModule(Sources)], Process = [new RandomDelayModule("slow"), FailOn("raw/4.txt", "raw/1.txt")] });

        var result = await engine.RunAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(["raw/0.txt", "raw/2.txt", "raw/3.txt", "raw/5.txt"], result.Outputs["Episodes"].Select(d => d.Source));
        Assert.Equal(["raw/1.txt", "raw/4.txt"], result.Failures.Select(f => f.DocumentSource));
        Assert.All(result.Failures, f => Assert.IsType<LineException>(f.InnerException));
        Assert.Equal(
            ["warn: Skipped raw/1.txt: Episodes pipeline, Process phase, module Parse: bad token on line 17", "warn: Skipped raw/4.txt: Episodes pipeline, Process phase, module Parse: bad token on line 17"],
            log.Messages.Where(m => m.StartsWith("warn: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ContinueOnError_still_aborts_on_a_whole_module_failure()
    {
        var engine = new Engine(new EngineOptions { ContinueOnError = true })
            .Add(new Pipeline("Site") { Process = [new DelegateModule("Index", (_, _) => throw new InvalidOperationException("boom"))] });

        var error = await Assert.ThrowsAsync<ModuleException>(() => engine.RunAsync());

        Assert.Equal("Index", error.Module);
    }

    [Fact]
    public async Task A_failed_dependency_is_reported_itself_and_later_phases_do_not_run()
    {
        var postProcessRan = false;
        var engine = new Engine()
            .Add(new Pipeline("Site")
            {
                Dependencies = ["Episodes"],
                Process = [new DelegateModule("Index", (_, _) => { })],
                PostProcess = [new DelegateModule("Flag", (_, _) => postProcessRan = true)],
            })
            .Add(new Pipeline("Episodes") { Input = [new SourceModule(Sources)], Process = [FailOn("raw/3.txt")] })
            .Add(new Pipeline("Other") { Input = [new SourceModule(Sources)], Process = [new RandomDelayModule("slow")] });

        var error = await Assert.ThrowsAsync<ModuleException>(() => engine.RunAsync());

        Assert.Equal(("Episodes", "raw/3.txt"), (error.Pipeline, error.DocumentSource));
        Assert.False(postProcessRan);
    }

    [Fact]
    public async Task Cancellation_surfaces_as_cancellation_not_as_a_module_failure()
    {
        using var cts = new CancellationTokenSource();
        var engine = new Engine()
            .Add(new Pipeline("Episodes")
            {
                Input = [new SourceModule(Sources)],
                Process = [new MapModule("Cancel", (d, _) => { cts.Cancel(); return d; }), new RandomDelayModule("slow")],
            });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RunAsync(cts.Token));
    }
}
