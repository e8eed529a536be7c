using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Publishing;

/// <summary>The Podcasting 2.0 podcast:guid: a UUIDv5 of the feed URL without its scheme, so any app derives the same one.</summary>
internal static class PodcastGuid
{
    private static readonly byte[] Namespace = Convert.FromHexString("ead4c236bf5858c6a2c6a6b28d128cb6");

    public static string ForFeedUrl(string feedUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feedUrl);
        string name = feedUrl.Trim();
        int scheme = name.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            name = name[(scheme + 3)..];
        }

        name = name.TrimEnd('/');
        byte[] input = [.. Namespace, .. Encoding.UTF8.GetBytes(name)];
        byte[] hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        string hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
