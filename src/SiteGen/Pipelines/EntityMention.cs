using SiteGen.Core.Documents;
using SiteGen.Text.Names;

namespace SiteGen.Pipelines;

/// <summary>One episode's glossary entry for an entity.</summary>
internal sealed record EntityMention(Document Episode, GlossaryItem Item);
