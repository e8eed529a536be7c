using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Settings;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Punctuation;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>
/// Repairs misheard names against the site's gazetteer (hosts, podcast, every episode's guests, the glossary file,
/// names learnt with the restoration model). Runs over all episodes at once: the gazetteer is site-wide.
/// </summary>
internal sealed class RepairNames(SiteSettings settings, ImmutableArray<GlossaryEntry> glossary) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        // Built only when some episode misses the cache: a rebuild of unchanged episodes never pays for it.
        var gazetteer = new Lazy<Gazetteer>(() => SiteGazetteer.Build(settings, glossary, inputs.Select(d => d.Get<TranscriptMetadata>(Keys.Episode))));
        var repair = new MapModule(nameof(RepairNames), (document, ctx) =>
        {
            if (LoadAnalysis.IsCached(document))
            {
                return document;
            }

            var metadata = document.Get<TranscriptMetadata>(Keys.Episode);
            var result = new NameRepairer(gazetteer.Value.ForEpisode(metadata.Guests)).Repair(document.Get<ImmutableArray<Sentence>>(Keys.Sentences));
            return document
                .With(Keys.Sentences, result.Sentences)
                .With(Keys.NameRepairs, result.Replacements);
        });
        return await repair.ExecuteAsync(inputs, context, ct).ConfigureAwait(false);
    }
}
