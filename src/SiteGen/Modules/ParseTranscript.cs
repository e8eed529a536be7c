using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Caching;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Settings;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>Parses a transcript file and its sidecar into <see cref="Keys.Transcript"/> and <see cref="Keys.Episode"/>; drafts are dropped.</summary>
internal sealed class ParseTranscript(SiteSettings settings) : PerDocumentModule
{
    protected override ValueTask<ImmutableArray<Document>> ExecuteDocumentAsync(Document input, IExecutionContext context, CancellationToken ct)
    {
        var source = input.Source ?? throw new InvalidOperationException("A transcript document needs its source path.");
        if (input.TryGet<TranscriptFormatException>(ReadTranscripts.InputErrorKey, out var inputError))
        {
            throw inputError;
        }

        input.TryGet<string>(ReadTranscripts.SidecarKey, out var sidecar);
        var fingerprint = ContentCache.ComputeKey("source", StageCache.CodeVersion, input.Content, sidecar ?? "", source);
        var metadataKey = ContentCache.ComputeKey(nameof(TranscriptMetadata), StageCache.CodeVersion, fingerprint, settings.PodcastName ?? "", settings.Title, settings.Language);

        // A rebuild needs only the metadata of an unchanged file: the segments are parsed again only if its analysis
        // is not cached either (see CleanTranscript).
        Transcript? transcript = null;
        var metadata = context.Cache is { } cache ? StageCache.TryGet<TranscriptMetadata>(cache, metadataKey) : null;
        if (metadata is null)
        {
            transcript = TranscriptReader.Read(source, input.Content);
            metadata = Complete(transcript.Metadata, source, sidecar, input);
            if (context.Cache is { } store)
            {
                StageCache.Set(store, metadataKey, metadata);
            }
        }

        foreach (var warning in metadata.Warnings)
        {
            context.Log.Warn(warning);
        }

        if (metadata.Draft)
        {
            context.Log.Info($"{source}: draft, not published");
            return ValueTask.FromResult(ImmutableArray<Document>.Empty);
        }

        var document = input
            .With(Keys.Episode, metadata)
            .With(Keys.Fingerprint, fingerprint);
        if (transcript is not null)
        {
            document = document.With(Keys.Transcript, transcript with { Metadata = metadata });
        }

        return ValueTask.FromResult(ImmutableArray.Create(document));
    }

    private TranscriptMetadata Complete(TranscriptMetadata metadata, string source, string? sidecar, Document input)
    {
        if (sidecar is not null)
        {
            var sidecarSource = input.GetOrDefault(ReadTranscripts.SidecarSourceKey, source);
            try
            {
                metadata = MetadataReader.Merge(metadata, MetadataReader.ReadYaml(sidecarSource, sidecar));
            }
            catch (TranscriptFormatException e)
            {
                throw ReadTranscripts.ForSidecar(e);
            }
        }

        return metadata with
        {
            Title = metadata.Title ?? Path.GetFileNameWithoutExtension(source),
            PodcastName = metadata.PodcastName ?? settings.PodcastName ?? settings.Title,
            Language = metadata.Language ?? settings.Language,
        };
    }
}
