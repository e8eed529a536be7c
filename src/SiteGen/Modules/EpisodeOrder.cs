using SiteGen.Core.Documents;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>Newest first: by episode number, then date, then source path, so the order never depends on the file system.</summary>
internal sealed class EpisodeOrder : IComparer<Document>
{
    public static readonly EpisodeOrder NewestFirst = new();

    public int Compare(Document? x, Document? y)
    {
        var a = x!.Get<TranscriptMetadata>(Keys.Episode);
        var b = y!.Get<TranscriptMetadata>(Keys.Episode);
        var c = Nullable.Compare(b.EpisodeNumber, a.EpisodeNumber);
        if (c == 0)
        {
            c = Nullable.Compare(b.Date, a.Date);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Source, y.Source);
    }
}
