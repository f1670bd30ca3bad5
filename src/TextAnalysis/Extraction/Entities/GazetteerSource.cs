namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// Proposes the longest gazetteer phrase starting at each word. The first word is tried as written and without
/// its clitics (وبغداد، بالولايات المتحدة، للأمم المتحدة); the clitics stay outside the span.
/// </summary>
internal sealed class GazetteerSource : IMentionSource
{
    public const int SinglePriority = 1;
    public const int PhrasePriority = 2;

    public void Collect(EntityContext context, List<Mention> candidates)
    {
        var trie = context.Lexicon.Gazetteer;
        int count = context.Count;
        for (int i = 0; i < count; i++)
        {
            int bestLength = Match(context, trie, i, out var bestLabel, out int bestStrip);
            if (bestLength == 0) continue;
            // A one-word hit that is also a frequent common word needs more than the list to be believed.
            if (bestLength == 1 && bestStrip == 0 && context.IsCommon(i) && !context.IsNamePart(i)) continue;
            // A title or head noun alone (القيصر) is not a name, nor a month or a currency, nor a word with tanween.
            if (bestLength == 1 && (context.IsTrigger(i) || context.IsNotName(i))) continue;
            if (context.HasTanween(i + bestLength - 1)) continue;
            candidates.Add(context.Make(i, i + bestLength - 1, bestStrip, bestLabel, bestLength > 1 ? PhrasePriority : SinglePriority));
        }
    }

    /// <summary>The number of tokens of the longest phrase of <paramref name="trie"/> starting at token <paramref name="i"/>
    /// (0 when none), its label, and the clitic letters of its first word left out of the span. The lexicon's own
    /// gazetteer is matched once per token and text (the tagger's features and this source both ask).</summary>
    public static int Match(EntityContext context, PhraseTrie trie, int i, out EntityLabel bestLabel, out int bestStrip) =>
        ReferenceEquals(trie, context.Lexicon.Gazetteer)
            ? context.GazetteerMatch(i, out bestLabel, out bestStrip)
            : MatchAt(context, trie, i, out bestLabel, out bestStrip);

    internal static int MatchAt(EntityContext context, PhraseTrie trie, int i, out EntityLabel bestLabel, out int bestStrip)
    {
        bestLabel = EntityLabel.None;
        bestStrip = 0;
        if (!context.IsArabic(i)) return 0;
        var word = context.Form(i);
        if (word.Length > CliticForms.MaxWord) return 0;
        Span<int> codes = stackalloc int[CliticForms.MaxReadings];
        Span<char> buffer = stackalloc char[CliticForms.MaxWord + 2];
        int readings = CliticForms.Readings(word, codes);
        int bestLength = 0;
        for (int r = 0; r < readings; r++)
        {
            var node = trie.First(CliticForms.Key(word, codes[r], buffer));
            if (node is null) continue;
            int length = node.Label != EntityLabel.None ? 1 : 0;
            var label = node.Label;
            for (int j = i + 1; node.HasChildren && context.Joined(j - 1, j); j++)
            {
                node = node.Next(context.Form(j));
                if (node is null) break;
                if (node.Label != EntityLabel.None)
                {
                    length = j - i + 1;
                    label = node.Label;
                }
            }
            if (length > bestLength)
            {
                bestLength = length;
                bestLabel = label;
                bestStrip = CliticForms.Stripped(codes[r]);
            }
        }
        return bestLength;
    }
}
