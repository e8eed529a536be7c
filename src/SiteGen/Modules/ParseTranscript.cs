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

        var transcript = TranscriptReader.Read(source, input.Content);
        var metadata = transcript.Metadata;
        if (input.TryGet<string>(ReadTranscripts.SidecarKey, out var sidecar))
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

        metadata = metadata with
        {
            Title = metadata.Title ?? Path.GetFileNameWithoutExtension(source),
            PodcastName = metadata.PodcastName ?? settings.PodcastName ?? settings.Title,
            Language = metadata.Language ?? settings.Language,
        };

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
            .With(Keys.Transcript, transcript with { Metadata = metadata })
            .With(Keys.Episode, metadata)
            .With(Keys.Fingerprint, ContentCache.ComputeKey("source", StageCache.CodeVersion, input.Content, sidecar ?? "", source));
        return ValueTask.FromResult(ImmutableArray.Create(document));
    }
}
