namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// A candidate entity found by one source: tokens [<paramref name="First"/>, <paramref name="Last"/>] (inclusive) and
/// its span in the original text, which may start inside the first token (after a clitic).
/// </summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token (inclusive).</param>
/// <param name="Start">Start in the original text.</param>
/// <param name="End">End in the original text, exclusive.</param>
/// <param name="Label">What it names.</param>
/// <param name="Priority">How much the source trusts it; breaks ties between candidates of the same length.</param>
/// <param name="Strip">Letters of the first token's normalized form left out of the span (its clitics).</param>
internal readonly record struct Mention(int First, int Last, int Start, int End, EntityLabel Label, int Priority, int Strip = 0)
{
    /// <summary>Priority of a mention marked by a Latin transliteration.</summary>
    public const int AliasPriority = 5;

    /// <summary>Priority of a mention repeated from elsewhere in the same text.</summary>
    public const int RepeatedPriority = 6;

    public int TokenCount => Last - First + 1;
}
