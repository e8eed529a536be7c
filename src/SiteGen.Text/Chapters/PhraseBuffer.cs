namespace SiteGen.Text.Chapters;

/// <summary>A reusable character buffer for building phrase keys, read as a span so lookups allocate nothing.</summary>
internal sealed class PhraseBuffer
{
    private char[] chars = new char[64];
    private int length;

    public ReadOnlySpan<char> Span => chars.AsSpan(0, length);

    public void Clear() => length = 0;

    public void Append(string text)
    {
        if (length + text.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, length + text.Length));
        }

        text.CopyTo(chars.AsSpan(length));
        length += text.Length;
    }
}
