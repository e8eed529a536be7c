namespace SiteGen.Core.Pipelines;

/// <summary>Engine phases, run in this order with a barrier between them.</summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
