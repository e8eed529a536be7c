using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Settings;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>The episode's named entities for its glossary (<see cref="Keys.Glossary"/>), and their names for topics and related episodes.</summary>
internal sealed class ExtractGlossary(SiteSettings settings, ImmutableArray<GlossaryEntry> glossary) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        var episodes = inputs.Select(d => d.Get<TranscriptMetadata>(Keys.Episode)).ToList();
        // Built only when some episode misses the cache.
        var gazetteer = new Lazy<Gazetteer>(() => SiteGazetteer.Build(settings, glossary, episodes));
        var extract = new MapModule(nameof(ExtractGlossary), (document, ctx) =>
        {
            if (LoadAnalysis.IsCached(document))
            {
                return document;
            }

            var metadata = document.Get<TranscriptMetadata>(Keys.Episode);
            // A transcript that came punctuated was cased by whoever wrote it; a restored one by the model.
            var extractor = new EntityExtractor(gazetteer.Value.ForEpisode(metadata.Guests), casingIsWritten: !document.GetOrDefault(Keys.Restored, false));
            var found = extractor.Extract(document.Get<ImmutableArray<Sentence>>(Keys.Sentences));
            // The show is in every episode: naming it in each glossary says nothing.
            var items = found.RemoveAll(i => string.Equals(i.Name, settings.PodcastName, StringComparison.Ordinal) || string.Equals(i.Name, settings.Title, StringComparison.Ordinal));
            return document
                .With(Keys.Glossary, items)
                .With(Keys.EntityNames, items.Select(i => i.Name).ToImmutableArray());
        });
        return await extract.ExecuteAsync(inputs, context, ct).ConfigureAwait(false);
    }
}
