using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Pipelines;
using SiteGen.Settings;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>Tells every episode which names have a page of their own (<see cref="Keys.SiteNames"/>), for its links.</summary>
internal sealed class MarkSiteEntities(SiteSettings settings) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        var entities = Entities.Collect(inputs, settings);
        var names = new SiteNames(
            inputs.SelectMany(d => d.Get<TranscriptMetadata>(Keys.Episode).Guests).ToImmutableHashSet(StringComparer.Ordinal),
            entities.Values.SelectMany(Entities.Spellings).ToImmutableHashSet(StringComparer.Ordinal),
            entities.Values.Where(m => m.Count > 1).SelectMany(Entities.Spellings).ToImmutableHashSet(StringComparer.Ordinal));
        return Task.FromResult(inputs.Select(d => d.With(Keys.SiteNames, names)).ToImmutableArray());
    }
}
