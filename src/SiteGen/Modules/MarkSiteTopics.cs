using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Pipelines;
using SiteGen.Settings;

namespace SiteGen.Modules;

/// <summary>Tells every episode which entities have a topic page (shared by two or more episodes), for its links.</summary>
internal sealed class MarkSiteTopics(SiteSettings settings) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        var topics = Topics.Collect(inputs, settings).Keys.ToImmutableHashSet(StringComparer.Ordinal);
        return Task.FromResult(inputs.Select(d => d.With(Keys.SiteTopics, topics)).ToImmutableArray());
    }
}
