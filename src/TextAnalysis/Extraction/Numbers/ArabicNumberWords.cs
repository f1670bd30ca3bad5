using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Numbers;

/// <summary>A number read from tokens: its value, how many tokens it spans, and where it starts in the normalized text
/// (after any proclitic such as و، ب، ل).</summary>
/// <param name="Value">The value.</param>
/// <param name="TokenCount">Tokens consumed from the starting index.</param>
/// <param name="NormStart">Normalized start of the expression, clitics excluded.</param>
/// <param name="IsOrdinal">True for ordinals (الثالث، الحادي عشر، العشرون).</param>
/// <param name="Definite">True when the first word carries the article.</param>
public readonly record struct NumberWordMatch(double Value, int TokenCount, int NormStart, bool IsOrdinal, bool Definite);

/// <summary>
/// The grammar of Arabic number words, shared by the number and date extractors: units, teens, tens, hundreds and the
/// scale words (ألف، مليون، مليار) with their duals and plurals, joined by و in the Arabic order (خمسة وعشرون، ألفين
/// وخمسمائة، ثلاثة ملايين ونصف المليون), digits followed by scale words (35 ألفاً، 2.3 مليار), ordinals (الحادي عشر،
/// الخامس والعشرون) and a few Egyptian colloquial forms (اتنين، تلاتة، متين، خمسمية). Stateless and thread-safe.
/// </summary>
public static class ArabicNumberWords
{
    private const char Waw = 'و';

    private enum Last : byte
    {
        None,
        Unit,
        Teen,
        Ten,
        Hundred,
        Scale,
        Digits,
        Half,
    }

    /// <summary>Reads a cardinal (words, or digits followed by scale words) starting at token <paramref name="index"/>.
    /// Definite tens and teens standing alone (العشرون، الأحد عشر) and a definite unit joined to a definite ten
    /// (الواحد والعشرون) come back as ordinals.</summary>
    public static bool TryParse(AnalyzedText text, int index, out NumberWordMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        match = default;
        var tokens = text.Tokens;
        if ((uint)index >= (uint)tokens.Count) return false;
        var first = tokens[index];
        double total = 0, group = 0, lastScale = double.MaxValue;
        Last last;
        int j;
        int normStart = first.NormStart;
        bool definite = false, hasScale = false, tenDefinite = false;
        Last firstClass;

        if (first.Kind == TokenKind.Number)
        {
            if (!DigitNumber.TryParse(text.Surface(first), out group)) return false;
            last = Last.Digits;
            j = index + 1;
        }
        else if (first.Kind == TokenKind.Arabic &&
                 Lookup(text.Form(first), clitics: true, article: true, out var w, out int prefix, out definite))
        {
            normStart = first.NormStart + prefix;
            var bare = text.Form(first)[prefix..];
            if (definite) bare = bare[2..];
            // Colloquial spellings (مية، متين) normalize like the standard ones (مئة، مئتين): the original's ئ tells them apart.
            bool colloquial = NumberLexicon.ColloquialLookup.Contains(bare) && text.Surface(first).IndexOf('\u0626') < 0;
            if ((prefix > 0 || definite) && colloquial) return false;
            // وأحد / وإحدى normalize to واحد: the hamza in the original says it is و + أحد (partitive).
            if (w.Class == WordClass.Unit && w.Value == 1 && prefix == 0 && !definite && HamzaAfterWaw(text.Surface(first)))
            {
                // وأحد عشر: و + the teen, not "and one of".
                if (index + 1 >= tokens.Count || !IsTen(text, tokens[index + 1])) return false;
                w = new NumberWord(WordClass.TeenHead, 1);
                normStart = first.NormStart + 1;
            }
            if (colloquial && NumberLexicon.AmbiguousColloquialLookup.Contains(bare) && !NumberWordFollows(text, index + 1)) return false;
            if (w.Class == WordClass.Zero)
            {
                if (definite || prefix > 0 || Neighbour(text, index - 1) == TokenKind.Number || Neighbour(text, index + 1) == TokenKind.Number)
                    return false;
                match = new NumberWordMatch(0, 1, normStart, false, false);
                return true;
            }
            if (w.Class == WordClass.Scale)
            {
                if (w.Number == GramNumber.Plural) return false; // آلاف، الملايين alone: vague
                // ألفا دولار، مليونا شخص: a scale word opening the number, its final alif unmarked by tanween, is the dual
                // in construct (ألفاً with tanween is the accusative singular).
                bool dualConstruct = w.Number == GramNumber.Singular && bare.Length >= 4 && bare[^1] == 'ا' &&
                                     text.Surface(first).IndexOf('\u064B') < 0 && Neighbour(text, index - 1) != TokenKind.Number &&
                                     Neighbour(text, index + 1) == TokenKind.Arabic;
                total = (w.Number == GramNumber.Dual || dualConstruct ? 2 : 1) * w.Value;
                lastScale = w.Value;
                hasScale = true;
                last = Last.Scale;
                j = index + 1;
            }
            else
            {
                if (!ReadGroupAtom(text, index, w, out double v, out last, out int used)) return false;
                group = v;
                j = index + used;
            }
        }
        else
        {
            return false;
        }
        firstClass = last;

        while (j < tokens.Count)
        {
            var t = tokens[j];
            // A scale word right after a group multiplies it: خمسة آلاف، 35 ألفاً، مائة ألف.
            if (last is Last.Unit or Last.Teen or Last.Ten or Last.Hundred or Last.Digits && t.Kind == TokenKind.Arabic &&
                Lookup(text.Form(t), clitics: false, article: false, out var sw, out _, out _) && sw.Class == WordClass.Scale &&
                sw.Number != GramNumber.Dual)
            {
                ApplyScale(ref total, ref group, ref lastScale, sw.Value);
                hasScale = true;
                last = Last.Scale;
                j++;
                continue;
            }
            // A scale word right after a scale word multiplies the whole: ألف ألف (a million, the classical way), ألف
            // مليون، ثلاثة آلاف مليون. Repeated without end it overflows; the extractor flags that.
            if (last == Last.Scale && t.Kind == TokenKind.Arabic &&
                Lookup(text.Form(t), clitics: false, article: false, out var sw2, out _, out _) && sw2.Class == WordClass.Scale &&
                sw2.Number != GramNumber.Dual)
            {
                total = (total + group) * sw2.Value;
                group = 0;
                lastScale *= sw2.Value;
                j++;
                continue;
            }
            // Egyptian order without و after the hundreds: متين تلاتة وستين، خمسمية خمسة و عشرين.
            if (last == Last.Hundred && t.Kind == TokenKind.Arabic &&
                Lookup(text.Form(t), clitics: false, article: false, out var ew, out _, out _) &&
                ew.Class is WordClass.Unit or WordClass.Teen or WordClass.Ten or WordClass.TeenHead &&
                ReadGroupAtom(text, j, ew, out double ev, out var ec, out int eused) && ec != Last.Hundred)
            {
                group += ev;
                last = ec;
                j += eused;
                continue;
            }
            if (!ReadConjoined(text, j, out int wordIndex, out int wordPrefix, out bool wordDefinite)) break;
            var wt = tokens[wordIndex];
            if (last == Last.Scale && wt.Kind == TokenKind.Number && wordPrefix == 0)
            {
                // ثلاثة ملايين و500 ألف
                if (!DigitNumber.TryParse(text.Surface(wt), out double dv)) break;
                group = dv;
                last = Last.Digits;
                j = wordIndex + 1;
                continue;
            }
            if (wt.Kind != TokenKind.Arabic) break;
            var form = text.Form(wt)[wordPrefix..];
            if (wordDefinite) form = form[2..];
            if (last == Last.Scale && NumberLexicon.FractionLookup.TryGetValue(form, out double half) && half == 0.5 && !wordDefinite)
            {
                // مليون ونصف [المليون]
                total += lastScale * 0.5;
                last = Last.Half;
                j = wordIndex + 1;
                if (j < tokens.Count && tokens[j].Kind == TokenKind.Arabic &&
                    Lookup(text.Form(tokens[j]), clitics: false, article: true, out var hw, out _, out bool hd) &&
                    hd && hw.Class == WordClass.Scale && hw.Value == lastScale && hw.Number == GramNumber.Singular)
                    j++;
                break;
            }
            if (!NumberLexicon.CardinalLookup.TryGetValue(form, out var cw)) break;
            bool accepted = false;
            switch (last)
            {
                case Last.Unit when cw.Class == WordClass.Ten && group % 100 < 10:
                    group += cw.Value;
                    last = Last.Ten;
                    tenDefinite = wordDefinite;
                    j = wordIndex + 1;
                    accepted = true;
                    break;
                case Last.Hundred or Last.Scale when cw.Class is WordClass.Unit or WordClass.TeenHead or WordClass.Teen or WordClass.Ten ||
                                                     (last == Last.Scale && cw.Class == WordClass.Hundred):
                    if (ReadGroupAtom(text, wordIndex, cw, out double gv, out var gc, out int gused))
                    {
                        group += gv;
                                last = gc;
                        tenDefinite = wordDefinite;
                        j = wordIndex + gused;
                        accepted = true;
                    }
                    break;
            }
            if (!accepted) break;
        }

        double value = total + group;
        int count = j - index;
        bool ordinal = false;
        if (definite && !hasScale && first.Kind == TokenKind.Arabic)
        {
            if (firstClass == Last.Ten && count == 1) ordinal = true;                              // العشرون
            else if (firstClass == Last.Teen) ordinal = true;                                     // الأحد عشر
            else if (firstClass == Last.Unit && last == Last.Ten && tenDefinite) ordinal = true;  // الواحد والعشرون
            else if (firstClass == Last.Unit && count == 1 && value <= 2) return false;           // الاثنين (Monday), الواحد
        }
        match = new NumberWordMatch(value, count, normStart, ordinal, definite);
        return true;
    }

    /// <summary>Reads an ordinal starting at token <paramref name="index"/>: الأول، أولى، الثالثة، الحادي عشر، الثاني
    /// عشر، الخامس والعشرون. Does not know about month names (ربيع الأول): the caller checks the preceding word.</summary>
    public static bool TryParseOrdinal(AnalyzedText text, int index, out NumberWordMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        match = default;
        var tokens = text.Tokens;
        if ((uint)index >= (uint)tokens.Count || tokens[index].Kind != TokenKind.Arabic) return false;
        var t = tokens[index];
        if (!LookupOrdinal(text.Form(t), out double v, out int prefix, out bool definite, out bool needsMore)) return false;
        int j = index + 1;
        if (j < tokens.Count && v < 10 && IsTen(text, tokens[j]))
        {
            v += 10; // الحادي عشر، الثالثة عشرة
            j++;
        }
        else if (ReadConjoined(text, j, out int wi, out int wp, out bool wd) && tokens[wi].Kind == TokenKind.Arabic)
        {
            var form = text.Form(tokens[wi])[(wp + (wd ? 2 : 0))..];
            if (NumberLexicon.CardinalLookup.TryGetValue(form, out var cw) && cw.Class == WordClass.Ten)
            {
                v += cw.Value; // الخامس والعشرون
                j = wi + 1;
            }
            else if (needsMore) return false;
        }
        else if (needsMore)
        {
            return false;
        }
        match = new NumberWordMatch(v, j - index, t.NormStart + prefix, true, definite);
        return true;
    }

    /// <summary>True when the normalized word (clitics and article allowed) is an ordinal word.</summary>
    internal static bool IsOrdinalWord(ReadOnlySpan<char> form) => LookupOrdinal(form, out _, out _, out _, out _);

    private static bool LookupOrdinal(ReadOnlySpan<char> form, out double value, out int prefix, out bool definite, out bool needsMore)
    {
        needsMore = false;
        prefix = 0;
        definite = false;
        value = 0;
        ReadOnlySpan<int> prefixes = [0, 1, 2];
        foreach (int p in prefixes)
        {
            if (p > 0 && !IsCliticPrefix(form, p)) continue;
            var rest = form[p..];
            bool def = false;
            if (rest.Length >= 4 && rest[0] == 'ا' && rest[1] == 'ل')
            {
                def = true;
                rest = rest[2..];
            }
            else if (p > 0 && form[p - 1] == 'ل' && rest.Length >= 3 && rest[0] == 'ل')
            {
                def = true;
                rest = rest[1..];
            }
            if (p > 0 && rest.Length < 3) continue;
            if (NumberLexicon.OrdinalLookup.TryGetValue(rest, out value))
            {
                prefix = p;
                definite = def;
                needsMore = rest.Length >= 4 && rest[0] == 'ح'; // حادي / حادية only before عشر or و + tens
                return true;
            }
        }
        return false;
    }

    // A unit, teen or ten beginning at token index (its form already looked up as w): handles the two-word teens
    // (خمسة عشر، أحد عشر) and split hundreds (ثلاث مائة).
    private static bool ReadGroupAtom(AnalyzedText text, int index, NumberWord w, out double value, out Last cls, out int used)
    {
        var tokens = text.Tokens;
        used = 1;
        value = w.Value;
        cls = Last.Unit;
        bool hasNext = index + 1 < tokens.Count;
        switch (w.Class)
        {
            case WordClass.TeenHead:
                if (!hasNext || !IsTen(text, tokens[index + 1])) return false;
                value = 10 + w.Value;
                cls = Last.Teen;
                used = 2;
                return true;
            case WordClass.Unit:
                if (hasNext && w.Value >= 3 && w.Value <= 9 && IsTen(text, tokens[index + 1]))
                {
                    value = 10 + w.Value;
                    cls = Last.Teen;
                    used = 2;
                    return true;
                }
                if (hasNext && w.Value >= 3 && w.Value <= 9 && tokens[index + 1].Kind == TokenKind.Arabic &&
                    NumberLexicon.CardinalLookup.TryGetValue(text.Form(tokens[index + 1]), out var h) &&
                    h.Class == WordClass.Hundred && h.Value == 100)
                {
                    value = w.Value * 100; // ثلاث مائة
                    cls = Last.Hundred;
                    used = 2;
                    return true;
                }
                return true;
            case WordClass.Teen:
                cls = Last.Teen;
                return true;
            case WordClass.Ten:
                cls = Last.Ten;
                return true;
            case WordClass.Hundred:
                cls = Last.Hundred;
                return true;
            default:
                return false;
        }
    }

    private static bool IsTen(AnalyzedText text, in Token t)
    {
        if (t.Kind != TokenKind.Arabic) return false;
        var f = text.Form(t);
        return f is "عشر" or "عشره";
    }

    private static void ApplyScale(ref double total, ref double group, ref double lastScale, double scale)
    {
        double g = group == 0 ? 1 : group;
        if (total > 0 && scale > lastScale) total = (total + g) * scale;
        else total += g * scale;
        lastScale = scale;
        group = 0;
    }

    // The next word joined by و: either a separate و token (خمسة و عشرون، و٤٨٠) or a و proclitic (وعشرون، والعشرين).
    private static bool ReadConjoined(AnalyzedText text, int j, out int wordIndex, out int prefix, out bool definite)
    {
        var tokens = text.Tokens;
        wordIndex = j;
        prefix = 0;
        definite = false;
        if (j >= tokens.Count) return false;
        var t = tokens[j];
        if (t.Kind != TokenKind.Arabic) return false;
        var f = text.Form(t);
        if (f.Length == 1 && f[0] == Waw)
        {
            if (j + 1 >= tokens.Count) return false;
            wordIndex = j + 1;
            var n = tokens[wordIndex];
            if (n.Kind == TokenKind.Number) return true;
            if (n.Kind != TokenKind.Arabic) return false;
            var nf = text.Form(n);
            definite = nf.Length >= 4 && nf[0] == 'ا' && nf[1] == 'ل' && !NumberLexicon.CardinalLookup.ContainsKey(nf);
            return true;
        }
        if (f.Length >= 3 && f[0] == Waw)
        {
            prefix = 1;
            var rest = f[1..];
            definite = rest.Length >= 4 && rest[0] == 'ا' && rest[1] == 'ل' && !NumberLexicon.CardinalLookup.ContainsKey(rest);
            return true;
        }
        return false;
    }

    private static bool IsCliticPrefix(ReadOnlySpan<char> form, int p)
    {
        if (form.Length < p + 2) return false;
        if (p == 1) return form[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك';
        return form[0] is 'و' or 'ف' && form[1] is 'ب' or 'ل' or 'ك';
    }

    /// <summary>Looks a normalized word up in the cardinal lexicon, optionally after proclitics and the article.</summary>
    internal static bool Lookup(ReadOnlySpan<char> form, bool clitics, bool article, out NumberWord word, out int prefix, out bool definite)
    {
        definite = false;
        ReadOnlySpan<int> prefixes = [0, 1, 2];
        foreach (int p in prefixes)
        {
            if (p > 0 && (!clitics || !IsCliticPrefix(form, p))) continue;
            prefix = p;
            var rest = form[p..];
            if (p > 0 && rest.Length < 3) continue; // لست، وست: not numbers
            if (NumberLexicon.CardinalLookup.TryGetValue(rest, out word)) return true;
            if (!article) continue;
            if (rest.Length >= 4 && rest[0] == 'ا' && rest[1] == 'ل' && NumberLexicon.CardinalLookup.TryGetValue(rest[2..], out word))
            {
                definite = true;
                return true;
            }
            if (p > 0 && form[p - 1] == 'ل' && rest.Length >= 3 && rest[0] == 'ل' && NumberLexicon.CardinalLookup.TryGetValue(rest[1..], out word))
            {
                definite = true; // للخمسة: ل + (ا)ل
                return true;
            }
        }
        word = default;
        prefix = 0;
        return false;
    }

    private static bool HamzaAfterWaw(ReadOnlySpan<char> surface)
    {
        if (surface.Length < 2 || surface[0] != Waw) return false;
        foreach (char c in surface[1..])
        {
            if (Normalization.ArabicChars.IsDiacritic(c) || c == Normalization.ArabicChars.Tatweel) continue;
            return c is '\u0623' or '\u0625';
        }
        return false;
    }

    // True when token i is a number word, possibly joined by و (متين وعشرة، متين تلاتة).
    private static bool NumberWordFollows(AnalyzedText text, int i)
    {
        var tokens = text.Tokens;
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Arabic) return false;
        if (Lookup(text.Form(tokens[i]), clitics: false, article: false, out _, out _, out _)) return true;
        return ReadConjoined(text, i, out int wi, out int wp, out _) && tokens[wi].Kind == TokenKind.Arabic &&
               NumberLexicon.CardinalLookup.ContainsKey(text.Form(tokens[wi])[wp..]);
    }

    private static TokenKind Neighbour(AnalyzedText text, int i) =>
        (uint)i < (uint)text.Tokens.Count ? text.Tokens[i].Kind : default;
}
