namespace SiteGen.Text.Punctuation.Evaluation;

/// <summary>Restores one raw caption, aligns it with its punctuated transcript and adds the result to the scores.</summary>
internal static class RestorationEvaluation
{
    /// <summary>Average spoken sentence length: the trivial baseline puts a period every this many words.</summary>
    public const int BaselineSentenceWords = 15;

    /// <returns>The number of raw words restored.</returns>
    public static int Add(PunctuationRestorer restorer, string rawText, string vtt, RestorationScore model, RestorationScore? baseline)
    {
        var raw = PunctuatedText.CaptionWords(rawText);
        var gold = PunctuatedText.ParseVtt(vtt);
        var marks = new PunctuationMark[raw.Length];
        var cased = new string[raw.Length];
        restorer.Predict(raw, marks, cased);

        var rawNormal = new List<string>(raw.Length);
        foreach (var w in raw)
        {
            rawNormal.Add(w.ToLowerInvariant());
        }

        var goldNormal = new List<string>(gold.Count);
        foreach (var w in gold)
        {
            goldNormal.Add(w.Form.ToLowerInvariant());
        }

        var alignment = WordAligner.Align(rawNormal, goldNormal);
        model.Add(alignment, marks, cased, gold);
        if (baseline is not null)
        {
            var baseMarks = new PunctuationMark[raw.Length];
            for (var i = BaselineSentenceWords - 1; i < raw.Length; i += BaselineSentenceWords)
            {
                baseMarks[i] = PunctuationMark.Period;
            }

            baseline.Add(alignment, baseMarks, raw, gold);
        }

        return raw.Length;
    }
}
