namespace TextAnalysis.Tokenization;

/// <summary>
/// Splits a token stream into sentences at Arabic and Latin sentence punctuation and at line breaks, without
/// breaking after list enumerators ("1.") or one-letter abbreviations ("د.").
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Splits <paramref name="tokens"/> of <paramref name="original"/> into sentences.</summary>
    public static List<Sentence> Split(string original, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            bool end = false;
            if (t.Kind == TokenKind.Punctuation && t.Length == 1)
            {
                char c = original[t.Start];
                if (c is '؟' or '?' or '!' or '…') end = true;
                else if (c == '.') end = !IsEnumerator(original, tokens, i) && !IsAbbreviation(original, tokens, i);
            }
            // More marks (?!، ...), closing quotes and brackets right after the mark stay with the sentence.
            if (end)
            {
                while (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Punctuation &&
                       original[tokens[i + 1].Start] is '»' or '"' or ')' or '”' or '’' or '\'' or '.' or '!' or '?' or '؟' or '…' &&
                       !LineBreakBetween(original, tokens[i], tokens[i + 1]))
                    i++;
            }
            else if (i + 1 < tokens.Count && LineBreakBetween(original, t, tokens[i + 1]))
            {
                end = true;
            }
            if (end || i == tokens.Count - 1)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[i].End, first, i - first + 1));
                first = i + 1;
            }
        }
        return sentences;
    }

    // Tokens from one expanded character (ﷺ → four words) share its original span, so b may start before a ends.
    private static bool LineBreakBetween(string text, Token a, Token b) =>
        b.Start > a.End && text.AsSpan(a.End, b.Start - a.End).IndexOfAny('\n', '\r', '\u2029') >= 0;

    // "1." at the start of a line is a list number, not the end of a sentence.
    private static bool IsEnumerator(string text, IReadOnlyList<Token> tokens, int dot)
    {
        if (dot == 0 || tokens[dot - 1].Kind != TokenKind.Number) return false;
        return dot - 1 == 0 || LineBreakBetween(text, tokens[dot - 2], tokens[dot - 1]);
    }

    // A single Arabic or Latin letter before the dot (د. ص. J.) abbreviates a word — except an era marker after a
    // year (عام 2015م. / 1445هـ.), which ends the sentence it closes.
    private static bool IsAbbreviation(string text, IReadOnlyList<Token> tokens, int dot)
    {
        if (dot == 0) return false;
        var prev = tokens[dot - 1];
        if (prev.End != tokens[dot].Start || prev.Kind is not (TokenKind.Arabic or TokenKind.Latin) || prev.NormLength != 1) return false;
        bool eraMarker = prev.Kind == TokenKind.Arabic && text[prev.Start] is 'م' or 'ه' && dot >= 2 && tokens[dot - 2].Kind == TokenKind.Number;
        if (eraMarker) return false;
        // "Dr. Smith" or "د. أحمد": the next token follows on the same line.
        return dot + 1 < tokens.Count && !LineBreakBetween(text, tokens[dot], tokens[dot + 1]);
    }
}
