using System.Collections.Immutable;

namespace SiteGen.Rendering;

internal sealed record AppearanceView(string Text, ImmutableArray<LinkView> Episodes);
