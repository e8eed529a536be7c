namespace SiteGen.Benchmarks.Site;

/// <summary>
/// Samples the working set and the managed heap while a build runs: the process-wide peak working set only ever
/// rises, so it cannot tell which scenario reached it.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread thread;
    private volatile bool stopping;
    private long peakWorkingSet;
    private long peakManagedHeap;

    public MemorySampler()
    {
        Sample();
        thread = new Thread(Loop) { IsBackground = true, Name = "memory sampler" };
        thread.Start();
    }

    public long PeakWorkingSet => Interlocked.Read(ref peakWorkingSet);

    public long PeakManagedHeap => Interlocked.Read(ref peakManagedHeap);

    public void Dispose()
    {
        stopping = true;
        thread.Join();
        Sample();
    }

    private void Loop()
    {
        while (!stopping)
        {
            Sample();
            Thread.Sleep(20);
        }
    }

    private void Sample()
    {
        Raise(ref peakWorkingSet, Environment.WorkingSet);
        Raise(ref peakManagedHeap, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static void Raise(ref long peak, long value)
    {
        var current = Interlocked.Read(ref peak);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref peak, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
