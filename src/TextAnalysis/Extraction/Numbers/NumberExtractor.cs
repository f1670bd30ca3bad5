using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using TextAnalysis.Normalization;
using TextAnalysis.Records;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Numbers;

/// <summary>
/// Finds numbers written in digits (any script, with separators and signs, ناقص/سالب as a minus) and in words, and
/// classifies them as cardinal, ordinal, fraction, percent, money or quantity. Spans hold the numeric expression only (the
/// percent marker included; approximators, clitics, currency and unit words left out). A whole amount and its sub-unit
/// (20 دولار و43 سنت) make one money record. The two ends of a range (من 10 إلى 20، 10-20، بين 5 و7) are two records marked
/// <see cref="NumberRecord.Range"/> <c>"start"</c> and <c>"end"</c>, sharing kind, currency and unit. A value beyond
/// <see cref="MaxValue"/> is clamped and flagged <see cref="NumberRecord.Overflow"/>: no record holds an infinity or NaN.
/// <see cref="NumberRecord.Unit"/> holds a quantity's unit or a count's counted noun as a singular lemma (عامل، نقطة أساس،
/// قتيل وجريح). Stateless and thread-safe.
/// </summary>
public sealed class NumberExtractor
{
    /// <summary>A shared instance.</summary>
    public static NumberExtractor Default { get; } = new();

    private const string Cardinal = "cardinal", Ordinal = "ordinal", Fraction = "fraction", Percent = "percent",
        Money = "money", Quantity = "quantity";

    /// <summary>The largest magnitude a record holds: 7.9 × 10^28, within <see cref="decimal"/>'s range. Larger values are
    /// clamped to it and flagged with <see cref="NumberRecord.Overflow"/>.</summary>
    public const double MaxValue = 7.9e28;

    /// <summary>The number mentions of <paramref name="text"/>, in document order.</summary>
    public IReadOnlyList<NumberRecord> Extract(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var records = new List<NumberRecord>();
        var scan = new Scan(text);
        int i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            int next = t.Kind switch
            {
                TokenKind.Number => scan.AtDigits(i, records),
                TokenKind.Arabic => scan.AtWord(i, records),
                _ => -1,
            };
            i = next > i ? next : i + 1;
        }
        if (records.Count > 1) scan.MarkRanges(records);
        return records;
    }

    // Per-document state: the text and a lazily built map of the currencies the document names with a country.
    private sealed class Scan(AnalyzedText text)
    {
        private readonly IReadOnlyList<Token> _tokens = text.Tokens;
        private Dictionary<string, string>? _documentCurrencies;
        private int _lastEnd = -1; // original end of the last record, so that a sign is not taken twice

        public int AtDigits(int i, List<NumberRecord> records)
        {
            var t = _tokens[i];
            var surface = text.Surface(t);
            if (IsEnumerator(i)) return i + 2;
            if (InQuotedTitle(i)) return i + 1;

            // Clock times (7:15، 10:30:00) are times, not numbers.
            if (IsTight(i, i + 1) && IsPunct(i + 1, ':') && IsTight(i + 1, i + 2) && IsKind(i + 2, TokenKind.Number)) return SkipChain(i);

            // Chains of slashes or dashes between numbers (dates, phone numbers, ranges like 1905-1907 are handled
            // elsewhere): a single a/b written tight is a fraction (١١/١٠).
            if (IsTight(i, i + 1) && IsPunct(i + 1, '/') && IsTight(i + 1, i + 2) && IsKind(i + 2, TokenKind.Number))
            {
                bool chain = (IsTight(i - 1, i) && IsPunct(i - 1, '/')) || (IsTight(i + 2, i + 3) && IsPunct(i + 3, '/'));
                if (chain) return SkipChain(i);
                if (DigitNumber.TryParse(surface, out double num) && DigitNumber.TryParse(text.Surface(_tokens[i + 2]), out double den) && den != 0)
                {
                    var (s0, sign) = SignStart(i);
                    Add(records, s0, _tokens[i + 2].End, sign * num / den, Fraction);
                    return i + 3;
                }
            }

            if (IsTight(i, i + 1) && _tokens[i + 1].Kind == TokenKind.Arabic && _tokens[i + 1].NormLength == 1 &&
                text.Normalized.Text[_tokens[i + 1].NormStart] == 'ر' && IsTight(i + 1, i + 2) && IsKind(i + 2, TokenKind.Number))
                return ReDecimal(i, records);
            if (!ArabicNumberWords.TryParse(text, i, out var m)) return i + 1;
            if (m.TokenCount == 1 && !DigitNumber.HasSeparator(surface) && m.Value >= 1 && DigitOrdinal(i) is var (ordStart, ordEnd) && ordEnd > 0)
            {
                Add(records, ordStart, ordEnd, m.Value, Ordinal); // الدورة الـ15، عيد ميلاده الـ 80، 1st
                return TokenAt(ordEnd - 1) + 1;
            }
            double value = m.Value;
            int end = i + m.TokenCount;
            var (start, sgn) = SignStart(i);
            if (sgn == 1 && m.TokenCount == 1 && !DigitNumber.HasSeparator(surface) && IsTight(i - 1, i) && IsPunct(i - 1, '.') &&
                !IsTight(i - 2, i - 1) && DigitNumber.TryParse(surface, out double frac))
            {
                // .77 / ٫٧٧ written without the leading zero
                start = _tokens[i - 1].Start;
                value = frac / Math.Pow(10, surface.Length);
            }
            value *= sgn;
            if (m.TokenCount == 1) end = DecimalWord(end, ref value);
            return Classify(records, start, i, end, value, Cardinal);
        }

        public int AtWord(int i, List<NumberRecord> records)
        {
            var t = _tokens[i];
            var form = text.Form(t);
            if (!NumberLexicon.MayBeNumberWord(form) || SecondOfTime(i, form)) return i + 1;
            if (i > 0 && _tokens[i - 1].Kind == TokenKind.Arabic && NumberLexicon.MonthHeadLookup.Contains(text.Form(_tokens[i - 1])) &&
                ArabicNumberWords.IsOrdinalWord(form))
                return i + 1; // ربيع الأول، كانون الثاني: month names

            // A percent marker with no number before it (في المائة after a dash or a bracket) is no number itself.
            if (NumberLexicon.PercentWordLookup.Contains(form) ||
                (NumberLexicon.PercentNounLookup.Contains(form) && i > 0 && text.Form(_tokens[i - 1]) is "في"))
                return i + 1;

            if (ArabicNumberWords.TryParseOrdinal(text, i, out var o))
            {
                // أول من أمس، أول أمس: the day before yesterday, a date.
                if (o.Value == 1 && o.TokenCount == 1 && !o.Definite && IsDayBeforeYesterday(i + 1)) return i + 1;
                // أمس الأول: the day before yesterday too.
                if (o.Value == 1 && o.TokenCount == 1 && o.Definite && i > 0 && _tokens[i - 1].Kind == TokenKind.Arabic &&
                    text.Form(_tokens[i - 1]) is "امس")
                    return i + 1;
                Add(records, text.OriginalStartOf(o.NormStart), _tokens[i + o.TokenCount - 1].End, o.Value, Ordinal);
                return i + o.TokenCount;
            }

            if (ArabicNumberWords.TryParse(text, i, out var m))
            {
                if (InQuotedTitle(i)) return i + m.TokenCount;
                int start = text.OriginalStartOf(m.NormStart);
                int end = i + m.TokenCount;
                // الثلاثين عاماً، الثلاثين بالمئة: a definite ten before a unit or a percent marker counts, it does not rank.
                // الفصول الأحد عشر، السنوات العشرين: after a definite plural the definite number counts the plural's members.
                if (m.IsOrdinal && !CountFollows(end) && !DefinitePluralBefore(i))
                {
                    Add(records, start, _tokens[end - 1].End, m.Value, Ordinal);
                    return end;
                }
                // خمس، سبع، تسع، عشر: a fraction before a definite noun or when written خُمس.
                if (m.TokenCount == 1 && !m.Definite && LooksLikeFraction(i, m.NormStart, out double part))
                {
                    Add(records, start, t.End, part, Fraction);
                    return i + 1;
                }
                // ثلاثة أرباع
                if (m.TokenCount == 1 && m.Value is >= 1 and <= 10 && end < _tokens.Count && _tokens[end].Kind == TokenKind.Arabic &&
                    NumberLexicon.FractionPluralLookup.TryGetValue(text.Form(_tokens[end]), out double denominator))
                {
                    Add(records, start, _tokens[end].End, m.Value / denominator, Fraction);
                    return end + 1;
                }
                double value = m.Value;
                if (m.TokenCount == 1) end = DecimalWord(end, ref value);
                if (start == t.Start && MinusWordBefore(i) is >= 0 and var minusStart)
                {
                    start = minusStart; // ناقص خمسة
                    value = -value;
                }
                return Classify(records, start, i, end, value, Cardinal);
            }

            if (TryFraction(form, out int prefix, out double f))
            {
                // الربع الأول، النصف الثاني، الثلث الأخير: a part of a period, named by its rank, is no fraction.
                if (i + 1 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Arabic &&
                    (ArabicNumberWords.IsOrdinalWord(text.Form(_tokens[i + 1])) || text.Form(_tokens[i + 1]) is "الاخير" or "الاخيره"))
                    return i + 1;
                // نصف مليون، ربع مليار: a fraction of a scale word is an amount.
                if (i + 1 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Arabic &&
                    ArabicNumberWords.Lookup(text.Form(_tokens[i + 1]), false, false, out var sw, out _, out _) &&
                    sw.Class == WordClass.Scale && sw.Number == GramNumber.Singular && form.Length - prefix <= 4)
                    return Classify(records, text.OriginalStartOf(t.NormStart + prefix), i, i + 2, f * sw.Value, Cardinal);
                Add(records, text.OriginalStartOf(t.NormStart + prefix), t.End, f, Fraction);
                return i + 1;
            }
            return i + 1;
        }

        // The number ends before token `end`: look at what follows for a percent marker, a currency or a unit.
        private int Classify(List<NumberRecord> records, int start, int first, int end, double value, string kind)
        {
            int endOffset = _tokens[end - 1].End;

            // (4000) ريال، (13) مليار دولار: a bracketed number is still followed by its scale word, currency or unit; the
            // span stays the digits.
            if (end + 1 < _tokens.Count && first > 0 && end - first == 1 && IsPunct(end, ')') && IsPunct(first - 1, '(') &&
                _tokens[end + 1].Kind == TokenKind.Arabic)
            {
                int look = end + 1;
                ReadOnlySpan<char> lf = text.Normalized.Text.AsSpan(_tokens[look].NormStart, _tokens[look].NormLength);
                if (ArabicNumberWords.Lookup(lf, false, false, out var sw, out _, out _) && sw.Class == WordClass.Scale && sw.Number != GramNumber.Dual)
                {
                    value *= sw.Value;
                    look++;
                    if (look >= _tokens.Count || _tokens[look].Kind != TokenKind.Arabic)
                    {
                        Add(records, start, endOffset, value, kind);
                        return look;
                    }
                    lf = text.Normalized.Text.AsSpan(_tokens[look].NormStart, _tokens[look].NormLength);
                }
                if (look > end + 1 || TryAccusative(NumberLexicon.CurrencyLookup, lf, out _) || TryAccusative(NumberLexicon.UnitLookup, lf, out _))
                {
                    end = look;
                    first = look - 1; // no symbol before, no single-token rules: what follows decides
                }
            }

            // Percent: 15% · ١٥٪ · 38 في المائة · 31 بالمئة · %15 (the sign typed first, as right-to-left keyboards often do)
            if (first == end - 1 && start == _tokens[first].Start && first > 0 && IsTight(first - 1, first) &&
                (IsPunct(first - 1, '%') || IsPunct(first - 1, '٪')) && _tokens[first - 1].Start >= _lastEnd &&
                !(IsTight(first - 2, first - 1) && IsKind(first - 2, TokenKind.Number)) &&
                !(end < _tokens.Count && (IsPunct(end, '%') || IsPunct(end, '٪'))))
            {
                Add(records, _tokens[first - 1].Start, endOffset, value, Percent);
                return end;
            }
            if (end < _tokens.Count && IsPunct(end, '%'))
            {
                Add(records, start, _tokens[end].End, value, Percent);
                return end + 1;
            }
            if (end < _tokens.Count && _tokens[end].Kind == TokenKind.Arabic && NumberLexicon.PercentWordLookup.Contains(text.Form(_tokens[end])))
            {
                Add(records, start, _tokens[end].End, value, Percent);
                return end + 1;
            }
            if (end + 1 < _tokens.Count && _tokens[end].Kind == TokenKind.Arabic && text.Form(_tokens[end]) is "في" &&
                NumberLexicon.PercentNounLookup.Contains(text.Form(_tokens[end + 1])))
            {
                Add(records, start, _tokens[end + 1].End, value, Percent);
                return end + 2;
            }

            // Money: a symbol before ($500) or after (500$, 500 €), a currency word after, or an ISO code.
            if (first > 0 && _tokens[first - 1].Kind == TokenKind.Punctuation && _tokens[first - 1].Length == 1 &&
                NumberLexicon.CurrencySymbol(text.Original[_tokens[first - 1].Start]) is { } before)
            {
                Add(records, start, endOffset, value, Money, currency: before);
                return Subunits(records, end, symbolBefore: true);
            }
            if (end < _tokens.Count)
            {
                var nt = _tokens[end];
                if (nt.Kind == TokenKind.Punctuation && nt.Length == 1 && NumberLexicon.CurrencySymbol(text.Original[nt.Start]) is { } after)
                {
                    AddMoney(records, start, endOffset, value, after);
                    return Subunits(records, end + 1, symbolBefore: false);
                }
                if (nt.Kind is TokenKind.Arabic or TokenKind.Latin && TryAccusative(NumberLexicon.CurrencyLookup, text.Form(nt), out var cur))
                {
                    int consumed = end + 1;
                    string? code = cur.DefaultCode;
                    if (consumed < _tokens.Count && CurrencyAdjective(consumed) is { } adj)
                    {
                        code = adj.Length == 0 ? null : adj;
                        consumed++;
                    }
                    else if (code is null)
                    {
                        code = DocumentCurrency(cur.Lemma);
                    }
                    AddMoney(records, start, endOffset, value, code);
                    return Subunits(records, consumed, symbolBefore: false);
                }
                if (nt.Kind == TokenKind.Arabic && nt.NormLength == 1 && IsTight(end, end + 1) && IsPunct(end + 1, '.') &&
                    IsTight(end + 1, end + 2) && _tokens[end + 2].Kind == TokenKind.Arabic && _tokens[end + 2].NormLength == 1)
                {
                    // ج.م، ر.س: currency abbreviations written with dots
                    Span<char> key = [text.Normalized.Text[nt.NormStart], text.Normalized.Text[_tokens[end + 2].NormStart]];
                    if (NumberLexicon.CurrencyLookup.TryGetValue(key, out var abbr))
                    {
                        int consumed = end + 3;
                        if (IsTight(end + 2, end + 3) && IsPunct(end + 3, '.')) consumed++;
                        AddMoney(records, start, endOffset, value, abbr.DefaultCode);
                        return consumed;
                    }
                }
                if (nt.Kind == TokenKind.Arabic && TryAccusative(NumberLexicon.UnitLookup, text.Form(nt), out var unit))
                {
                    int consumed = end + 1;
                    if (consumed < _tokens.Count && _tokens[consumed].Kind == TokenKind.Arabic &&
                        NumberLexicon.UnitQualifierLookup.TryGetValue(text.Form(_tokens[consumed]), out var q) &&
                        NumberLexicon.AcceptsQualifier(unit, q))
                    {
                        unit = unit + " " + q;
                        consumed++;
                    }
                    Add(records, start, endOffset, value, Quantity, unit: unit);
                    return consumed;
                }
            }

            // يوم واحد: the unit before the numeral "one".
            if (value == 1 && end - first == 1 && first > 0 && _tokens[first - 1].Kind == TokenKind.Arabic &&
                _tokens[first].Kind == TokenKind.Arabic && NumberLexicon.UnitLookup.TryGetValue(text.Form(_tokens[first - 1]), out var unitBefore))
            {
                Add(records, start, endOffset, value, Quantity, unit: unitBefore);
                return end;
            }

            Add(records, start, endOffset, value, kind, unit: CountedNoun(first, end, value, end - first == 1 ? _tokens[first] : null));
            return end;
        }

        // هكتاراً، ريالاً: a word in the accusative with tanween, found without its alif when the list lacks that form.
        private static bool TryAccusative<T>(FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> form,
            [MaybeNullWhen(false)] out T value) =>
            lookup.TryGetValue(form, out value) ||
            (form.Length > 3 && form[^1] == 'ا' && form[^2] != 'ا' && lookup.TryGetValue(form[..^1], out value));

        // 15ر0، 06ر17893، 5ر47 مليون: the decimal style of some Saudi and Gulf papers, the decimals written first and joined
        // to the whole part by ر (15ر0 = 0.15).
        private int ReDecimal(int i, List<NumberRecord> records)
        {
            var fs = text.Surface(_tokens[i]);
            var ws = text.Surface(_tokens[i + 2]);
            if (DigitNumber.HasSeparator(fs) || DigitNumber.HasSeparator(ws) || fs.Length > 6 ||
                !DigitNumber.TryParse(fs, out double frac) || !ArabicNumberWords.TryParse(text, i + 2, out var whole) ||
                !DigitNumber.TryParse(ws, out double intPart))
                return i + 3;
            double value = intPart + frac / Math.Pow(10, fs.Length);
            if (whole.TokenCount > 1)
            {
                if (intPart == 0) return i + 3;
                value = whole.Value / intPart * value; // 5ر47 مليون = 47.5 × 10^6
            }
            var (start, sign) = SignStart(i);
            return Classify(records, start, i, i + 2 + whole.TokenCount, sign * value, Cardinal);
        }

        // An ordinal written with digits: the article before them (الـ15، الـ 80، ال15) or a Latin suffix (1st, 22nd).
        // Not when a unit, currency or percent follows: الـ100 يوم، الـ5 دولارات are definite counts. (0, 0) when none.
        private (int Start, int End) DigitOrdinal(int i)
        {
            var t = _tokens[i];
            if (IsTight(i, i + 1) && _tokens[i + 1].Kind == TokenKind.Latin && text.Form(_tokens[i + 1]) is "st" or "nd" or "rd" or "th")
                return (t.Start, _tokens[i + 1].End);
            if (i == 0 || _tokens[i - 1].Kind != TokenKind.Arabic || t.Start - _tokens[i - 1].End > 1) return (0, 0);
            var f = text.Form(_tokens[i - 1]);
            int prefix;
            if (f is "ال") prefix = 0;
            else if (f is "وال" or "بال" or "فال" or "كال" or "لل") prefix = 1;
            else if (f is "وبال" or "ولل" or "فلل" or "فبال") prefix = 2;
            else return (0, 0);
            if (t.Start > _tokens[i - 1].End && !char.IsWhiteSpace(text.Original[_tokens[i - 1].End])) return (0, 0);
            // في الأيام الـ 60 المقبلة: after a definite plural the digits count its members.
            if (DefinitePluralBefore(i - 1)) return (0, 0);
            int j = i + 1;
            if (j < _tokens.Count)
            {
                var n = _tokens[j];
                if (n.Kind == TokenKind.Punctuation && n.Length == 1 &&
                    (text.Original[n.Start] is '%' or '٪' || NumberLexicon.CurrencySymbol(text.Original[n.Start]) is not null)) return (0, 0);
                if (n.Kind is TokenKind.Arabic or TokenKind.Latin)
                {
                    var nf = text.Form(n);
                    if (TryAccusative(NumberLexicon.UnitLookup, nf, out _) || TryAccusative(NumberLexicon.CurrencyLookup, nf, out _) ||
                        NumberLexicon.PercentWordLookup.Contains(nf) || nf is "في" || NumberLexicon.PartOfDayLookup.Contains(nf) ||
                        ArabicNumberWords.Lookup(nf, false, false, out _, out _, out _))
                        return (0, 0);
                }
            }
            return (text.OriginalStartOf(_tokens[i - 1].NormStart + prefix), t.End);
        }

        private bool DefinitePluralBefore(int i)
        {
            if (i == 0 || _tokens[i - 1].Kind != TokenKind.Arabic) return false;
            var f = text.Form(_tokens[i - 1]);
            if (f.Length > 5 && f[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && f[1] == 'ا' && f[2] == 'ل') f = f[1..];
            if (f.Length < 5 || f[0] != 'ا' || f[1] != 'ل') return false;
            var stem = f[2..];
            if (NumberLexicon.NounSingularLookup.ContainsKey(stem)) return true;
            if (NumberLexicon.UnitLookup.TryGetValue(stem, out var lemma)) return !stem.SequenceEqual(ArabicNormalizer.Search.NormalizeToString(lemma));
            return stem.Length >= 5 && (stem.EndsWith("ات") || stem.EndsWith("ين") || stem.EndsWith("ون"));
        }

        // A unit, a currency or a percent marker at token j: what a count is followed by, never a rank.
        private bool CountFollows(int j)
        {
            if (j >= _tokens.Count) return false;
            var t = _tokens[j];
            if (t.Kind == TokenKind.Punctuation) return t.Length == 1 && text.Original[t.Start] is '%' or '٪';
            if (t.Kind != TokenKind.Arabic) return false;
            var f = text.Form(t);
            return TryAccusative(NumberLexicon.UnitLookup, f, out _) || TryAccusative(NumberLexicon.CurrencyLookup, f, out _) ||
                   NumberLexicon.PercentWordLookup.Contains(f) ||
                   (f is "في" && j + 1 < _tokens.Count && NumberLexicon.PercentNounLookup.Contains(text.Form(_tokens[j + 1])));
        }

        // 1 فاصلة 5 / واحد فاصلة خمسة: a spoken decimal point.
        private int DecimalWord(int end, ref double value)
        {
            if (end + 1 >= _tokens.Count || _tokens[end].Kind != TokenKind.Arabic || text.Form(_tokens[end]) is not "فاصله") return end;
            var d = _tokens[end + 1];
            if (d.Kind == TokenKind.Number && !DigitNumber.HasSeparator(text.Surface(d)) && DigitNumber.TryParse(text.Surface(d), out double digits))
            {
                value += digits / Math.Pow(10, d.Length);
                return end + 2;
            }
            if (d.Kind == TokenKind.Arabic && ArabicNumberWords.Lookup(text.Form(d), false, false, out var w, out _, out _) &&
                w.Class == WordClass.Unit && w.Value < 10)
            {
                value += w.Value / 10;
                return end + 2;
            }
            return end;
        }

        private static bool IsRangeConnector(ReadOnlySpan<char> between)
        {
            var b = between.Trim();
            if (b.Length == 1) return b[0] is '-' or '–' or '—' or '~' or 'و';
            if (b.Length > 0 && b[0] == 'و') b = b[1..].TrimStart(); // وحتى
            return b is "إلى" or "الى" or "حتى" or "أو" or "او";
        }

        private bool IsDayBeforeYesterday(int j)
        {
            if (j < _tokens.Count && _tokens[j].Kind == TokenKind.Arabic && text.Form(_tokens[j]) is "امس") return true;
            return j + 1 < _tokens.Count && text.Form(_tokens[j]) is "من" && text.Form(_tokens[j + 1]) is "امس";
        }

        private bool LooksLikeFraction(int i, int normStart, out double part)
        {
            var t = _tokens[i];
            var form = text.Normalized.Text.AsSpan(normStart, t.NormEnd - normStart);
            if (!NumberLexicon.FractionLookup.TryGetValue(form, out part)) return false;
            // Written with a damma on its first letter (خُمس, عُشر): the fraction.
            int orig = text.OriginalStartOf(normStart);
            if (orig + 1 < t.End && text.Original[orig + 1] == '\u064F') return true;
            if (i + 1 >= _tokens.Count || _tokens[i + 1].Kind != TokenKind.Arabic) return false;
            var nf = text.Form(_tokens[i + 1]);
            return nf.Length >= 4 && nf[0] == 'ا' && nf[1] == 'ل';
        }

        private static bool TryFraction(ReadOnlySpan<char> form, out int prefix, out double value)
        {
            ReadOnlySpan<int> prefixes = [0, 1, 2];
            foreach (int p in prefixes)
            {
                prefix = p;
                if (p > 0 && (form.Length < p + 3 || !(p == 1 ? form[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' : form[0] is 'و' or 'ف' && form[1] is 'ب' or 'ل' or 'ك')))
                    continue;
                var rest = form[p..];
                if (rest.Length >= 5 && rest[0] == 'ا' && rest[1] == 'ل') rest = rest[2..];
                else if (p > 0) continue;
                // خمس / سبع / تسع / عشر alone are read as cardinals by the grammar; only the unambiguous ones here.
                if (NumberLexicon.FractionLookup.TryGetValue(rest, out value)) return true;
            }
            prefix = 0;
            value = 0;
            return false;
        }

        private string? CurrencyAdjective(int j)
        {
            var t = _tokens[j];
            if (t.Kind != TokenKind.Arabic) return null;
            var f = text.Form(t);
            if (f.Length >= 5 && f[0] == 'ا' && f[1] == 'ل') f = f[2..];
            if (f.Length > 2 && f[^1] == 'ه') f = f[..^1];
            if (f.Length > 3 && f[^1] == 'ا' && f[^2] == 'ي') f = f[..^1]; // مصرياً، أمريكياً
            return NumberLexicon.CurrencyAdjectiveLookup.TryGetValue(f, out var code) ? code : null;
        }

        // A currency named without its country takes the country the document gives it elsewhere (دينار جزائري).
        private string? DocumentCurrency(string lemma)
        {
            if (_documentCurrencies is null)
            {
                _documentCurrencies = new Dictionary<string, string>(StringComparer.Ordinal);
                for (int j = 0; j + 1 < _tokens.Count; j++)
                {
                    if (_tokens[j].Kind != TokenKind.Arabic) continue;
                    var f = text.Form(_tokens[j]);
                    if (f.Length >= 5 && f[0] == 'ا' && f[1] == 'ل') f = f[2..];
                    if (!NumberLexicon.CurrencyLookup.TryGetValue(f, out var c)) continue;
                    if (CurrencyAdjective(j + 1) is { Length: > 0 } code) _documentCurrencies.TryAdd(c.Lemma, code);
                }
            }
            if (_documentCurrencies.TryGetValue(lemma, out var found)) return found.Length > 0 ? found : DefaultCurrency(lemma);
            // Otherwise the first country (or capital, or nationality) of that currency the document names.
            var nlemma = ArabicNormalizer.Search.NormalizeToString(lemma);
            Span<char> key = stackalloc char[64];
            foreach (var t in _tokens)
            {
                if (t.Kind != TokenKind.Arabic || nlemma.Length + 1 + t.NormLength > key.Length) continue;
                nlemma.AsSpan().CopyTo(key);
                key[nlemma.Length] = '|';
                text.Form(t).CopyTo(key[(nlemma.Length + 1)..]);
                if (NumberLexicon.CurrencyPlaceLookup.TryGetValue(key[..(nlemma.Length + 1 + t.NormLength)], out var code))
                {
                    _documentCurrencies[lemma] = code;
                    return code;
                }
            }
            _documentCurrencies[lemma] = ""; // no place named: remembered, so the document is scanned once per currency
            return DefaultCurrency(lemma);
        }

        private static string? DefaultCurrency(string lemma) =>
            lemma switch
            {
                "ريال" => "SAR",
                "جنيه" => "EGP",
                "درهم" => "AED",
                "ليرة" => "LBP",
                "فرنك" => "CHF",
                _ => null,
            };

        // The counted noun after a number, as a singular lemma where it is cheap to know (150 ألف عامل → عامل), with a
        // second word when the noun is a compound (نقطة أساس، فرصة عمل، مركز تدريب) or a pair (بين قتيل وجريح).
        private string? CountedNoun(int first, int j, double value, Token? firstToken)
        {
            // (151) عضواً: past the bracket closing a bracketed number.
            if (j < _tokens.Count && first > 0 && IsPunct(j, ')') && IsPunct(first - 1, '(')) j++;
            if (j >= _tokens.Count || _tokens[j].Kind != TokenKind.Arabic) return null;
            var t = _tokens[j];
            var f = text.Form(t);
            if (value >= 2 && value == Math.Floor(value) && j + 1 < _tokens.Count && _tokens[j + 1].Kind == TokenKind.Arabic)
            {
                // ألفان من الحرفيين، 45 ألفاً من الرواد: من + a definite plural names what is counted.
                if (f is "من")
                {
                    var nf = text.Form(_tokens[j + 1]);
                    if (nf.Length >= 5 && nf[0] == 'ا' && nf[1] == 'ل') return PluralToSingular(j + 1, 2);
                    // ثلاثة من أعضاء الوفد: an indefinite plural in construct, when it is a known plural.
                    return NumberLexicon.NounSingularLookup.TryGetValue(nf, out var lemma) ? lemma : null;
                }
                // 35 ألفاً بين قتيل وجريح
                if (f is "بين" && value >= 3 && j + 2 < _tokens.Count && Plain(j + 1, 0) is { } x &&
                    !NumberLexicon.NotCountedLookup.Contains(text.Form(_tokens[j + 1])) && WawJoined(j + 2) is { } y)
                    return x + " و" + y;
            }
            if (f.Length < 2 || NumberLexicon.NotCountedLookup.Contains(f)) return null;
            if (f.Length >= 4 && f[0] == 'ا' && f[1] == 'ل') return null;
            if (f.Length >= 5 && (f[0] == 'ل' && f[1] == 'ل' || f[0] is 'و' or 'ف' or 'ب' or 'ك' && f[1] == 'ا' && f[2] == 'ل')) return null; // للمهرجان
            string? noun;
            if (NumberLexicon.NounSingularLookup.TryGetValue(f, out var singular)) noun = singular;
            else if (value != Math.Floor(value) && value < 11) return null;
            else if (value is >= 1000 and <= 2100 && firstToken is { } ft && ft.Kind == TokenKind.Number && !DigitNumber.HasSeparator(text.Surface(ft)))
                return null; // most likely a year: what follows is no counted noun
            else if (value is >= 3 and <= 10) noun = PluralToSingular(j, 0); // a plural: its singular when the pattern tells it
            else if (value < 3) return null;                                   // واحدة، اثنين follow their noun
            else noun = Tamyiz(j, value);
            return noun is null ? null : Compound(noun, j);
        }

        // Singular tamyiz of 11 and more: the surface without marks, accusative tanween alif dropped (عضواً → عضو).
        private string? Tamyiz(int j, double value)
        {
            var s = text.Surface(_tokens[j]);
            if (s.Length > 48) return null;
            Span<char> buf = stackalloc char[s.Length];
            int n = 0;
            foreach (char c in s)
                if (!ArabicChars.IsDiacritic(c) && c != ArabicChars.Tatweel) buf[n++] = c;
            // Accusative tamyiz of 11–99 (شخصاً، شهيدا): drop the tanween alif.
            if (n > 3 && buf[n - 1] == 'ا' && buf[n - 2] != 'ا' && (s.Contains('\u064B') || value % 100 is >= 11 and <= 99)) n--;
            return new string(buf[..n]);
        }

        // The word as written without diacritics or tatweel, the first `skip` letters (an article) left out.
        private string? Plain(int j, int skip)
        {
            var t = _tokens[j];
            if (t.Kind != TokenKind.Arabic) return null;
            var s = text.Surface(t);
            if (s.Length > 48) return null;
            Span<char> buf = stackalloc char[s.Length];
            int n = 0;
            foreach (char c in s)
                if (!ArabicChars.IsDiacritic(c) && c != ArabicChars.Tatweel) buf[n++] = c;
            if (n != t.NormLength) return text.FormString(t)[skip..]; // letters do not line up with the normalized form
            if (n - skip < 2) return null;
            // Accusative tanween alif (قتيلاً) is not part of the lemma.
            if (n - skip > 3 && buf[n - 1] == 'ا' && s.Contains('\u064B')) n--;
            return new string(buf[skip..n]);
        }

        // وجريح / و جريح: the second noun of a pair.
        private string? WawJoined(int j)
        {
            var t = _tokens[j];
            if (t.Kind != TokenKind.Arabic) return null;
            var f = text.Form(t);
            if (f is "و")
                return j + 1 < _tokens.Count && _tokens[j + 1].Kind == TokenKind.Arabic && !NumberLexicon.NotCountedLookup.Contains(text.Form(_tokens[j + 1]))
                    ? Plain(j + 1, 0) : null;
            if (f.Length < 4 || f[0] != 'و' || NumberLexicon.NotCountedLookup.Contains(f[1..]) || (f[1] == 'ا' && f[2] == 'ل')) return null;
            return Plain(j, 1);
        }

        // A plural noun's singular: from the list of common plurals, or from the sound-plural patterns (نسبة: الحرفيين →
        // حرفي; participles: مهندسين → مهندس; feminine: منظمات → منظمة). Null when the pattern says nothing.
        private string? PluralToSingular(int j, int skip)
        {
            var f = text.Form(_tokens[j])[skip..];
            if (NumberLexicon.NounSingularLookup.TryGetValue(f, out var known)) return known;
            if (NumberLexicon.UnitLookup.TryGetValue(f, out var unit)) return unit;
            if (f.Length < 5 || Plain(j, skip) is not { } p || p.Length != f.Length) return null;
            bool soundMasculine = f.EndsWith("ين") || f.EndsWith("ون");
            if (soundMasculine && f[^3] == 'ي') return p[..^2];                // حرفيين → حرفي
            if (soundMasculine && f[0] == 'م') return p[..^2];                  // مهندسين → مهندس
            if (f.EndsWith("يات") && f.Length >= 6) return string.Concat(p.AsSpan(0, p.Length - 2), "ة"); // اتفاقيات → اتفاقية
            if (f.EndsWith("ات") && f[^3] != 'ي')
            {
                int stem = f.Length - 2;
                if (f[0] == 'ا' && stem >= 5) return p[..^2];                   // اجتماعات → اجتماع
                if (stem is 3 or 4 || (f[0] == 'م' && stem >= 4)) return string.Concat(p.AsSpan(0, p.Length - 2), "ة"); // شركات → شركة
            }
            return null;
        }

        // نقطة أساس، فرصة عمل، مركز تدريب، قتيل وجريح: a second word that belongs to the counted noun.
        private string Compound(string noun, int j)
        {
            int k = j + 1;
            if (k >= _tokens.Count || _tokens[k].Kind != TokenKind.Arabic || text.LineBreakBetween(j, k)) return noun;
            var f = text.Form(_tokens[k]);
            var nounKey = ArabicNormalizer.Search.NormalizeToString(noun);
            if (NumberLexicon.CompoundLookup.TryGetValue(f, out var heads) && (heads.Length == 0 || heads.Contains(nounKey)))
                return noun + " " + Plain(k, 0);
            // A form II verbal noun (تفعيل: تدريب، تخزين، تعليم) names what the counted place or unit is for.
            if (f.Length == 5 && f[0] == 'ت' && f[3] == 'ي' && NumberLexicon.CompoundHeadLookup.Contains(nounKey)) return noun + " " + Plain(k, 0);
            // قتيل وجريح: a pair of people nouns, counted in the singular (ثلاثة رجال وامرأة is no pair).
            if (text.Form(_tokens[j]).SequenceEqual(nounKey) && NumberLexicon.PairNounLookup.Contains(nounKey) && WawJoined(k) is { } second &&
                NumberLexicon.PairNounLookup.Contains(ArabicNormalizer.Search.NormalizeToString(second)))
                return noun + " و" + second;
            return noun;
        }

        // عشرة ناقص ثلاثة is a subtraction; ناقص 5 / سالب خمسة at the start of a number is its sign.
        private int MinusWordBefore(int i)
        {
            if (i < 1 || _tokens[i - 1].Kind != TokenKind.Arabic) return -1;
            var f = text.Form(_tokens[i - 1]);
            if (f is not ("ناقص" or "سالب")) return -1;
            if (_tokens[i - 1].Start < _lastEnd) return -1;
            if (i >= 2 && _lastEnd == _tokens[i - 2].End) return -1;
            if (i >= 2 && _tokens[i - 2].Kind == TokenKind.Number) return -1;
            return _tokens[i - 1].Start;
        }

        // ثانية as a second of time, not "second" (ordinal): لمدة ثانية، كل ثانية، ثانية واحدة، جزء من الثانية، متر في الثانية.
        private bool SecondOfTime(int i, ReadOnlySpan<char> form)
        {
            bool definite;
            if (form is "ثانيه") definite = false;
            else if (form is "الثانيه" or "بالثانيه") definite = true;
            else return false;
            var prev = i > 0 && _tokens[i - 1].Kind == TokenKind.Arabic ? text.Form(_tokens[i - 1]) : default;
            var prev2 = i > 1 && _tokens[i - 2].Kind == TokenKind.Arabic ? text.Form(_tokens[i - 2]) : default;
            if (!definite)
            {
                if (i + 1 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Arabic && text.Form(_tokens[i + 1]) is "واحده" or "فقط") return true;
                return NumberLexicon.TimeSecondCueLookup.Contains(prev);
            }
            bool afterUnit = (i > 1 && _tokens[i - 2].Kind == TokenKind.Number) ||
                             (prev2.Length > 0 && (NumberLexicon.UnitLookup.ContainsKey(prev2) || prev2 is "مره" or "مرات"));
            if (form is "بالثانيه") return prev.Length > 0 && NumberLexicon.UnitLookup.ContainsKey(prev) || i > 0 && _tokens[i - 1].Kind == TokenKind.Number;
            if (prev is "من") return prev2 is "جزء" or "اجزاء" or "اعشار" or "عشر" or "جزءا";
            return prev is "في" or "كل" && afterUnit;
        }

        // «ثلاثة» in فيلم «ثلاثة»، رواية "الخمسة الكبار": a number inside a quoted title is part of the title's name.
        private bool InQuotedTitle(int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 8; k--)
            {
                var t = _tokens[k];
                if (text.LineBreakBetween(k, k + 1)) return false;
                if (t.Kind != TokenKind.Punctuation) continue;
                char c = text.Original[t.Start];
                if (c is '»' or '”' or '.' or '؟' or '!' or '?') return false;
                if (c is not ('«' or '“' or '"')) continue;
                if (k == 0 || _tokens[k - 1].Kind != TokenKind.Arabic) return false;
                var f = text.Form(_tokens[k - 1]);
                if (f.Length > 2 && f[0] is 'و' or 'ف' && !NumberLexicon.TitleNounLookup.Contains(f)) f = f[1..];
                if (f.Length > 2 && f[0] is 'ب' or 'ل' or 'ك' && !NumberLexicon.TitleNounLookup.Contains(f)) f = f[1..];
                if (f.Length > 4 && f[0] == 'ا' && f[1] == 'ل') f = f[2..];
                return NumberLexicon.TitleNounLookup.Contains(f);
            }
            return false;
        }

        // 20 دولار و43 سنت، 20$ و 43c، $20 43: the sub-unit amount is added to the money record just written.
        private int Subunits(List<NumberRecord> records, int j, bool symbolBefore)
        {
            var money = records[^1];
            if (money.Kind != Money || money.Currency is null || money.Value != Math.Floor(money.Value) || money.Value < 0) return j;
            int k = j;
            if (k < _tokens.Count && _tokens[k].Kind == TokenKind.Arabic && text.Form(_tokens[k]) is "و") k++;
            if (k >= _tokens.Count || _tokens[k].Kind != TokenKind.Number) return j;
            var s = text.Surface(_tokens[k]);
            if (s.Length > 3 || DigitNumber.HasSeparator(s) || !DigitNumber.TryParse(s, out double n)) return j;
            int after = k + 1;
            double divisor = after < _tokens.Count ? SubunitDivisor(after, money.Currency) : 0;
            if (divisor > 0) after++;
            else if (symbolBefore && k == j && s.Length == 2 && (after >= _tokens.Count || _tokens[after].Kind == TokenKind.Punctuation)) divisor = 100;
            else return j;
            if (n >= divisor) return j;
            int end = _tokens[after - 1].End;
            records[^1] = money with { End = end, Text = text.Slice(money.Start, end), Value = money.Value + n / divisor };
            _lastEnd = end;
            return after;
        }

        private double SubunitDivisor(int k, string currency)
        {
            var t = _tokens[k];
            if (t.Kind == TokenKind.Punctuation) return t.Length == 1 && text.Original[t.Start] == '¢' ? 100 : 0;
            if (t.Kind is not (TokenKind.Arabic or TokenKind.Latin)) return 0;
            if (!NumberLexicon.SubunitLookup.TryGetValue(text.Form(t), out var sub)) return 0;
            return sub switch
            {
                "فلس" => currency is "KWD" or "BHD" or "IQD" or "JOD" or "OMR" ? 1000 : 100,
                "مليم" => 1000,
                _ => 100,
            };
        }

        /// <summary>Marks two neighbouring records as the ends of a range (من 10 إلى 20، 10-20، بين 5 و7): the second is
        /// larger, a dash, إلى or حتى joins them (و only after بين), and they share kind, currency and unit. A bare first end
        /// takes the scale word of the second (من 3 إلى 5 ملايين → 3,000,000).</summary>
        public void MarkRanges(List<NumberRecord> records)
        {
            for (int k = 1; k < records.Count; k++)
            {
                var a = records[k - 1];
                var b = records[k];
                if (a.Range is not null || a.Kind is Ordinal or Fraction || b.Kind is Ordinal or Fraction || a.Overflow || b.Overflow) continue;
                if (b.Start < a.End || b.Start - a.End > 16) continue;
                var conn = text.Original.AsSpan(a.End, b.Start - a.End).Trim();
                if (conn.Length > 1 && b.Kind == Money && NumberLexicon.CurrencySymbol(conn[^1]) is not null) conn = conn[..^1].TrimEnd(); // $10-$20
                bool waw = false;
                if (conn.Length == 1 && conn[0] is '-' or '–' or '—' or '~') { }
                else if (IsToWord(conn)) { }
                else if (conn is "و") waw = true;
                else continue;
                int ai = TokenAt(a.Start);
                if (waw && !(ai > 0 && _tokens[ai - 1].Kind == TokenKind.Arabic && text.Form(_tokens[ai - 1]) is "بين" or "وبين" or "مابين" or "فيما"))
                    continue;
                double av = a.Value, bv = b.Value;
                // من 3 إلى 5 ملايين، بين 200 و300 ألف: the first end takes the second's scale.
                int bl = TokenAt(b.End - 1);
                if (ai == TokenAt(a.End - 1) && bl > 0 && _tokens[bl].Kind == TokenKind.Arabic &&
                    ArabicNumberWords.Lookup(text.Form(_tokens[bl]), false, false, out var sw, out _, out _) &&
                    sw.Class == WordClass.Scale && sw.Number != GramNumber.Dual && av < 1000 && av * sw.Value <= bv)
                    av *= sw.Value;
                if (!(av < bv)) continue;
                if (LooksLikeYear(a) && LooksLikeYear(b)) continue; // 1905-1907: years, the dates' business
                if (a.Kind != b.Kind && a.Kind != Cardinal && b.Kind != Cardinal) continue;
                var proto = b.Kind != Cardinal || a.Kind == Cardinal ? b : a;
                string? unit = proto.Unit ?? (a.Kind == Cardinal && b.Kind == Cardinal ? a.Unit : null);
                records[k - 1] = a with { Value = av, Kind = proto.Kind, Currency = proto.Currency, Unit = unit, Range = "start" };
                records[k] = b with { Value = bv, Kind = proto.Kind, Currency = proto.Currency, Unit = unit, Range = "end" };
                k++;
            }
        }

        private static bool LooksLikeYear(NumberRecord r) =>
            r.Kind == Cardinal && r.Unit is null && r.Value is >= 1000 and <= 2100 && r.Value == Math.Floor(r.Value) && r.Text.Length == 4;

        private static bool IsToWord(ReadOnlySpan<char> b)
        {
            if (b.Length > 1 && b[0] == 'و') b = b[1..].TrimStart(); // وحتى
            return b is "إلى" or "الى" or "إلي" or "حتى" or "لغاية" or "ل";
        }

        // The index of the token that holds original offset `offset`.
        private int TokenAt(int offset)
        {
            int lo = 0, hi = _tokens.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) >> 1;
                if (_tokens[mid].Start <= offset) lo = mid;
                else hi = mid - 1;
            }
            return lo;
        }

        private (int Start, int Sign) SignStart(int i)
        {
            var t = _tokens[i];
            if (i > 0 && IsTight(i - 1, i) && _tokens[i - 1].Kind == TokenKind.Punctuation && _tokens[i - 1].Start >= _lastEnd &&
                !IsTight(i - 2, i - 1))
            {
                char c = text.Original[_tokens[i - 1].Start];
                if (c is '-' or '\u2212') return (_tokens[i - 1].Start, -1);
                if (c == '+') return (_tokens[i - 1].Start, 1);
            }
            if (MinusWordBefore(i) is >= 0 and var minus) return (minus, -1);
            return (t.Start, 1);
        }

        // "1." / "2)" at the start of a line: list formatting, not a number.
        private bool IsEnumerator(int i)
        {
            bool lineStart = i == 0 || text.LineBreakBetween(i - 1, i);
            if (!lineStart || i + 1 >= _tokens.Count || !IsTight(i, i + 1)) return false;
            var p = _tokens[i + 1];
            if (p.Kind != TokenKind.Punctuation) return false;
            char c = text.Original[p.Start];
            return (c is '.' or ')' or '-' or '\u066B') && _tokens[i].Length <= 2 && (i + 2 >= _tokens.Count || !IsTight(i + 1, i + 2));
        }

        private int SkipChain(int i)
        {
            int j = i;
            while (j + 2 < _tokens.Count && IsTight(j, j + 1) && _tokens[j + 1].Kind == TokenKind.Punctuation && IsTight(j + 1, j + 2) &&
                   _tokens[j + 2].Kind == TokenKind.Number)
                j += 2;
            return j + 1;
        }

        private bool IsTight(int a, int b) =>
            a >= 0 && b < _tokens.Count && a < b && _tokens[a].End == _tokens[b].Start;

        private bool IsPunct(int i, char c) =>
            (uint)i < (uint)_tokens.Count && _tokens[i].Kind == TokenKind.Punctuation && text.Normalized.Text[_tokens[i].NormStart] == c;

        private bool IsKind(int i, TokenKind kind) => (uint)i < (uint)_tokens.Count && _tokens[i].Kind == kind;

        // Cents are given in dollars (10 سنت → 0.10 USD): the schema has no sub-unit currency.
        private void AddMoney(List<NumberRecord> records, int start, int end, double value, string? code)
        {
            if (code == "CENT") Add(records, start, end, value / 100, Money, currency: "USD");
            else Add(records, start, end, value, Money, currency: code);
        }

        private void Add(List<NumberRecord> records, int start, int end, double value, string kind, string? currency = null, string? unit = null)
        {
            // 10 إلى 20 دولاراً، 1500 - 2500 جنيه، 5 و6 ساعات: the first end of a range shares the second's kind.
            if (kind is Money or Quantity or Percent && records.Count > 0 && records[^1] is { Kind: Cardinal, Unit: null } prev &&
                IsRangeConnector(text.Original.AsSpan(prev.End, Math.Max(0, start - prev.End))))
                records[^1] = prev with { Kind = kind, Currency = currency, Unit = unit };
            // ثلاثة أو أربعة أشخاص: alternatives share the counted noun.
            else if (kind == Cardinal && unit is not null && records.Count > 0 && records[^1] is { Kind: Cardinal, Unit: null } alt &&
                     alt.Value < value && text.Original.AsSpan(alt.End, Math.Max(0, start - alt.End)).Trim() is "أو" or "او")
                records[^1] = alt with { Unit = unit };

            // Too large for a decimal (or for a double): flagged and clamped, never infinite or NaN.
            bool overflow = !(Math.Abs(value) <= MaxValue);
            if (overflow) value = double.IsNaN(value) ? MaxValue : Math.CopySign(MaxValue, value);

            records.Add(new NumberRecord
            {
                Text = text.Slice(start, end),
                Start = start,
                End = end,
                Value = value,
                Kind = kind,
                Currency = currency,
                Unit = unit,
                Overflow = overflow,
            });
            _lastEnd = end;
        }
    }
}
