namespace TextAnalysis.Tokenization;

/// <summary>How a word splits into proclitics and the rest, in normalized (search-profile) letters.</summary>
/// <param name="Conjunction">Length of a leading و or ف (0 or 1).</param>
/// <param name="Preposition">Length of a following ب، ك or ل (0 or 1).</param>
/// <param name="Article">Length of the definite article ال (2), or 1 for the ل of لل (ل + ل), or 0.</param>
public readonly record struct ProcliticSplit(int Conjunction, int Preposition, int Article)
{
    /// <summary>Letters before the article: the clitics that a name's span leaves out.</summary>
    public int Detachable => Conjunction + Preposition;

    /// <summary>All proclitic letters, article included.</summary>
    public int Total => Conjunction + Preposition + Article;
}

/// <summary>
/// Conservative proclitic segmentation. A one-letter clitic is split off only where the rest is clearly a word of
/// its own: before the definite article (وال، بال، فال، كال، لل، وبال، وللـ) or, with a lexicon, before a known word.
/// Names that begin with the same letters (لينين، بلد، كتاب، فرنسا) are left whole.
/// </summary>
public static class Clitics
{
    private const char Waw = 'و', Feh = 'ف', Beh = 'ب', Kaf = 'ك', Lam = 'ل', Alef = 'ا';

    /// <summary>Splits the proclitics off a normalized word. <paramref name="isKnown"/>, when given, says whether a
    /// remainder without the article is a word (for و/ب/ل before a name: وموسكو، بتروجراد).</summary>
    public static ProcliticSplit Split(ReadOnlySpan<char> word, Func<string, bool>? isKnown = null)
    {
        // Try the longest analysis first: conjunction, preposition, then article.
        for (int conj = 1; conj >= 0; conj--)
        {
            if (conj == 1 && (word.Length < 4 || (word[0] != Waw && word[0] != Feh))) continue;
            for (int prep = 1; prep >= 0; prep--)
            {
                int at = conj;
                if (prep == 1 && (word.Length - at < 4 || (word[at] != Beh && word[at] != Kaf && word[at] != Lam))) continue;
                at += prep;
                var rest = word[at..];
                // لل: preposition ل with the article's alef elided.
                if (prep == 1 && word[at - 1] == Lam && rest.Length >= 3 && rest[0] == Lam)
                    return new ProcliticSplit(conj, prep, 1);
                if (rest.Length >= 4 && rest[0] == Alef && rest[1] == Lam)
                    return new ProcliticSplit(conj, prep, 2);
                if ((conj + prep) > 0 && rest.Length >= 2 && isKnown is not null && isKnown(rest.ToString()))
                    return new ProcliticSplit(conj, prep, 0);
            }
        }
        return default;
    }
}
