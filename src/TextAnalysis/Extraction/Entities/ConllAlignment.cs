using System.Text;

namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// Sentences given as tokens (CoNLL) against the library's own tokenization: the tokens are joined with spaces and
/// re-tokenized, and each library token is traced back to the given token it lies in. Training and tagging use the
/// same mapping.
/// </summary>
internal static class ConllAlignment
{
    /// <summary>The tokens joined with spaces and, for each library token of the result, the index of the given token
    /// it starts in.</summary>
    public static (AnalyzedText Text, int[] Owner) Align(IReadOnlyList<string> tokens)
    {
        var sb = new StringBuilder();
        var ends = new int[tokens.Count];
        for (int k = 0; k < tokens.Count; k++)
        {
            if (k > 0) sb.Append(' ');
            sb.Append(tokens[k]);
            ends[k] = sb.Length;
        }
        var text = new AnalyzedText(sb.ToString());
        var owner = new int[text.Tokens.Count];
        int g = 0;
        for (int j = 0; j < owner.Length; j++)
        {
            int start = text.Tokens[j].Start;
            while (g < ends.Length - 1 && start >= ends[g]) g++;
            owner[j] = g;
        }
        return (text, owner);
    }
}
