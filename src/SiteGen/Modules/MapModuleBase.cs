using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>A one-document-in, one-document-out module: the shape of most text stages.</summary>
internal abstract class MapModuleBase(string name) : PerDocumentModule
{
    public override string Name => name;

    /// <summary>Whether an episode whose analysis came from the cache passes through untouched (true for text stages).</summary>
    protected virtual bool SkipsCachedAnalysis => true;

    protected abstract Document Map(Document input, IExecutionContext context);

    protected override ValueTask<ImmutableArray<Document>> ExecuteDocumentAsync(Document input, IExecutionContext context, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ImmutableArray.Create(SkipsCachedAnalysis && LoadAnalysis.IsCached(input) ? input : Map(input, context)));
    }
}
