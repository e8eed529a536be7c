using System.Collections.Immutable;

namespace SiteGen.Core.Pipelines;

internal static class PipelineOrder
{
    /// <summary>Topological order; among ready pipelines the earliest registered goes first.</summary>
    public static ImmutableArray<Pipeline> Sort(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new PipelineException($"Pipeline '{pipeline.Name}' is registered twice.");
            }
        }

        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.Dependencies)
            {
                if (!byName.ContainsKey(dependency))
                {
                    throw new PipelineException($"Pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'.");
                }
            }
        }

        var placed = new HashSet<string>(StringComparer.Ordinal);
        var remaining = pipelines.ToList();
        var order = ImmutableArray.CreateBuilder<Pipeline>(pipelines.Count);
        while (remaining.Count > 0)
        {
            var next = remaining.FindIndex(p => p.Dependencies.All(placed.Contains));
            if (next < 0)
            {
                throw new PipelineException($"Pipeline dependency cycle: {string.Join(" -> ", FindCycle(remaining, byName))}.");
            }

            order.Add(remaining[next]);
            placed.Add(remaining[next].Name);
            remaining.RemoveAt(next);
        }

        return order.MoveToImmutable();
    }

    // Every unplaced pipeline has an unplaced dependency, so following the first one always closes a loop.
    private static IEnumerable<string> FindCycle(List<Pipeline> remaining, Dictionary<string, Pipeline> byName)
    {
        var unplaced = remaining.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var path = new List<string>();
        var current = remaining[0];
        while (!path.Contains(current.Name))
        {
            path.Add(current.Name);
            current = byName[current.Dependencies.First(unplaced.Contains)];
        }

        return path.Skip(path.IndexOf(current.Name)).Append(current.Name);
    }
}
