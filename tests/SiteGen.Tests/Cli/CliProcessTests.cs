using System.Diagnostics;

namespace SiteGen.Tests.Cli;

/// <summary>Runs the real command line in a child process, with another culture and time zone.</summary>
public sealed class CliProcessTests
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "SiteGen.dll");

    [Fact]
    public async Task Output_is_byte_identical_under_another_culture_and_time_zone()
    {
        using var temp = new TempFolder();
        var reference = await Run(["build", "--input", Repository.Fixture("site"), "--output", temp.Combine("a"), "--theme", Repository.Theme, "--no-search", "--no-cache"], new());
        var turkish = await Run(
            ["build", "--input", Repository.Fixture("site"), "--output", temp.Combine("b"), "--theme", Repository.Theme, "--no-search", "--no-cache"],
            new() { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["TZ"] = "Pacific/Kiritimati", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" });

        Assert.Equal(0, reference.ExitCode);
        Assert.Equal(0, turkish.ExitCode);
        var files = Directory.EnumerateFiles(temp.Combine("a"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("a"), f)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(temp.Combine("a"), file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Combine("b"), file))), file);
        }
    }

    [Fact]
    public async Task A_bad_input_exits_non_zero_naming_file_and_line()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "bad.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:xx,000 --> 00:00:04,000\nWorld\n");

        var run = await Run(["build", "--input", input, "--output", temp.Combine("out"), "--theme", Repository.Theme, "--no-search", "--no-cache"], new());

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("bad.srt:6", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public async Task A_build_killed_midway_leaves_the_previous_site_and_the_next_build_cleans_up()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        TestSite.CopyDirectory(Repository.Fixture("site"), input);
        var output = temp.Combine("out");
        await TestSite.BuildAsync(input, output);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        // Enough work that the build is still running when its staging folder appears.
        var seals = File.ReadAllText(Path.Combine(input, "harbor-seals.txt"));
        for (var i = 0; i < 40; i++)
        {
            File.WriteAllText(Path.Combine(input, $"copy-{i:00}.txt"), seals.Replace("Xy3_abc-12Q", $"Xy3_abc-{i:000}", StringComparison.Ordinal).Replace("#7", $"#{100 + i}", StringComparison.Ordinal));
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Program, "build", "--input", input, "--output", output, "--theme", Repository.Theme, "--no-search", "--no-cache" })
        {
            start.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(start)!)
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!Directory.EnumerateDirectories(temp.Path, ".out.staging-*").Any() && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "the build ended before it could be killed");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var after = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));

        foreach (var copy in Directory.EnumerateFiles(input, "copy-*.txt"))
        {
            File.Delete(copy);
        }

        await TestSite.BuildAsync(input, output);
        Assert.Empty(Directory.EnumerateDirectories(temp.Path, ".out.staging-*"));
    }

    [Fact]
    public async Task Unknown_commands_are_usage_errors()
    {
        var run = await Run(["publish"], new());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown command", run.Error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> Run(string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
