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

/// <summary>A word cut into its clitics and its base, as lengths in normalized letters from the start and end.</summary>
/// <param name="Proclitics">The proclitic split (conjunction, preposition, article).</param>
/// <param name="Future">Length of the future marker س (0 or 1), after the conjunction.</param>
/// <param name="Enclitic">Length of an attached pronoun at the end (ه ها هم هما كم كن نا ني ي), or 0.</param>
/// <param name="Length">Length of the whole word.</param>
public readonly record struct CliticSegmentation(ProcliticSplit Proclitics, int Future, int Enclitic, int Length)
{
    /// <summary>Where the base starts in the word.</summary>
    public int BaseStart => Proclitics.Total + Future;

    /// <summary>Length of the base (the word without proclitics, future marker and enclitic).</summary>
    public int BaseLength => Length - BaseStart - Enclitic;

    /// <summary>The base of <paramref name="word"/> (the same word this segmentation was made from).</summary>
    public ReadOnlySpan<char> Base(ReadOnlySpan<char> word) => word.Slice(BaseStart, BaseLength);
}

/// <summary>Full clitic segmentation: <see cref="Clitics.Split"/> at the front, the future marker, and an enclitic pronoun.</summary>
public static class CliticSegmenter
{
    private const char Waw = 'و', Feh = 'ف', Seen = 'س', Yeh = 'ي', Teh = 'ت', Noon = 'ن', Alef = 'ا', Heh = 'ه', Meem = 'م', Kaf = 'ك';

    /// <summary>
    /// Segments a search-normalized word. Without a lexicon only clear cases are cut: proclitics as in
    /// <see cref="Clitics.Split"/>, the future marker after a conjunction (وسيعود، فسنرى), and two- and three-letter
    /// pronouns on words long enough to keep a three-letter base (كتابهم، قواتها، بلادنا). With <paramref name="isKnown"/>
    /// (a lexicon of bases), the one-letter pronouns ه and ي and the pronoun ني are cut too when what remains is known.
    /// Words in <see cref="Stemming.StemmerLexicon"/> keep their first letters (وسيلة، سياسة are not clitic + base).
    /// </summary>
    public static CliticSegmentation Segment(ReadOnlySpan<char> word, Func<string, bool>? isKnown = null)
    {
        bool isProtected = Stemming.StemmerLexicon.Contains(word);
        var pro = isProtected ? default : Clitics.Split(word, isKnown);
        int future = 0;
        // و/ف + س + imperfect prefix (ي ت ن ا): وسيعود، فستكون، وسنرى. A bare سي- word (سياسة، سيارة) is left whole.
        if (!isProtected && pro.Total == 0 && word.Length >= 6 && word[0] is Waw or Feh && word[1] == Seen &&
            word[2] is Yeh or Teh or Noon or Alef && !Stemming.StemmerLexicon.Contains(word[1..]))
        {
            pro = new ProcliticSplit(1, 0, 0);
            future = 1;
        }
        int start = pro.Total + future;
        int enclitic = EncliticLength(word[start..], isKnown);
        return new CliticSegmentation(pro, future, enclitic, word.Length);
    }

    /// <summary>Length of the pronoun attached at the end of a search-normalized word (0 when none is clear).</summary>
    public static int EncliticLength(ReadOnlySpan<char> w, Func<string, bool>? isKnown = null)
    {
        int n = w.Length;
        if (n >= 6 && w[n - 3] == Heh && w[n - 2] == Meem && w[n - 1] == Alef) return 3;   // هما
        if (n >= 5)
        {
            char a = w[n - 2], b = w[n - 1];
            if (a == Heh && (b == Alef || b == Meem)) return 2;                              // ها هم
            if (a == Kaf && b == Meem) return 2;                                              // كم
            if (n >= 6 && ((a == Kaf && b == Noon) || (a == Noon && b == Alef))) return 2;   // كن نا
        }
        if (isKnown is null || n < 4) return 0;
        if (w[n - 2] == Noon && w[n - 1] == Yeh && isKnown(w[..(n - 2)].ToString())) return 2; // ني
        if ((w[n - 1] == Heh || w[n - 1] == Yeh) && isKnown(w[..(n - 1)].ToString())) return 1; // ه ي
        return 0;
    }
}
