using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Tests.Pipelines;

/// <summary>A whole-set module from an async function.</summary>
internal sealed class DelegateModule(
    string name, Func<ImmutableArray<Document>, IExecutionContext, Task<ImmutableArray<Document>>> execute) : IModule
{
    public DelegateModule(string name, Action<ImmutableArray<Document>, IExecutionContext> observe)
        : this(name, (inputs, context) =>
        {
            observe(inputs, context);
            return Task.FromResult(inputs);
        })
    {
    }

    public string Name => name;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct) =>
        execute(inputs, context);
}
