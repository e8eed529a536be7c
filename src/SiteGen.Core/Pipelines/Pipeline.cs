using System.Collections.Immutable;

namespace SiteGen.Core.Pipelines;

/// <summary>A named sequence of modules per phase. Phase inputs are the previous phase's outputs; Input starts empty.</summary>
public sealed class Pipeline
{
    private readonly ImmutableArray<string> _dependencies = [];
    private readonly ImmutableArray<IModule> _input = [];
    private readonly ImmutableArray<IModule> _process = [];
    private readonly ImmutableArray<IModule> _postProcess = [];
    private readonly ImmutableArray<IModule> _output = [];

    public Pipeline(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public ImmutableArray<string> Dependencies { get => _dependencies; init => _dependencies = Normalize(value); }

    public ImmutableArray<IModule> Input { get => _input; init => _input = Normalize(value); }

    public ImmutableArray<IModule> Process { get => _process; init => _process = Normalize(value); }

    public ImmutableArray<IModule> PostProcess { get => _postProcess; init => _postProcess = Normalize(value); }

    public ImmutableArray<IModule> Output { get => _output; init => _output = Normalize(value); }

    public ImmutableArray<IModule> Modules(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public override string ToString() => Name;

    private static ImmutableArray<T> Normalize<T>(ImmutableArray<T> value) => value.IsDefault ? [] : value;
}
