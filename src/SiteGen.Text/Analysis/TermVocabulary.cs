namespace SiteGen.Text.Analysis;

/// <summary>Dense integer ids for terms, assigned in first-seen order so results never depend on hashing.</summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];

    public int Count => terms.Count;

    public string this[int id] => terms[id];

    public int GetOrAdd(string term)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            id = terms.Count;
            ids.Add(term, id);
            terms.Add(term);
        }

        return id;
    }
}
