using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Dates;

/// <summary>
/// Finds date expressions in one document's tokens. Each token is looked up once in <see cref="DateLexicon"/> (with
/// its proclitics split off when the rest is a date word); parsing then starts only at tokens that can open a date.
/// </summary>
internal sealed class DateParser
{
    private const char Waw = 'و', Feh = 'ف', Beh = 'ب', Lam = 'ل', Kaf = 'ك';

    private readonly AnalyzedText _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly string _norm;
    private readonly int _n;
    private readonly DateWord?[] _words;
    private readonly byte[] _clitic;
    private readonly int[] _number;
    private readonly byte[] _digits;
    private readonly List<DateMention> _mentions = [];
    /// <summary>A second mention found together with the one just parsed (the end of «يوليو 13-15»).</summary>
    private DateMention? _pending;

    private DateParser(AnalyzedText text)
    {
        _text = text;
        _tokens = text.Tokens;
        _norm = text.Normalized.Text;
        _n = _tokens.Count;
        _words = new DateWord?[_n];
        _clitic = new byte[_n];
        _number = new int[_n];
        _digits = new byte[_n];
        var lookup = DateLexicon.Lookup;
        for (int i = 0; i < _n; i++)
        {
            var token = _tokens[i];
            var form = text.Form(token);
            _number[i] = -1;
            if (token.Kind == TokenKind.Number)
            {
                if (form.Length <= 9 && !form.ContainsAnyExceptInRange('0', '9'))
                {
                    int v = 0;
                    foreach (char c in form) v = v * 10 + (c - '0');
                    _number[i] = v;
                    _digits[i] = (byte)form.Length;
                }
                continue;
            }
            if (lookup.TryGetValue(form, out var word))
            {
                _words[i] = word;
                continue;
            }
            if (token.Kind == TokenKind.Arabic && form.Length >= 3) (_words[i], _clitic[i]) = SplitClitics(form);
        }
    }

    /// <summary>The date mentions of <paramref name="text"/>, in document order, not yet resolved.</summary>
    public static List<DateMention> Parse(AnalyzedText text)
    {
        var parser = new DateParser(text);
        parser.Run();
        return parser._mentions;
    }

    // و/ف, then ب/ل/ك: kept apart only when the rest is a date word that can open or join a date.
    private static (DateWord?, byte) SplitClitics(ReadOnlySpan<char> form)
    {
        var lookup = DateLexicon.Lookup;
        int conj = form[0] is Waw or Feh ? 1 : 0;
        for (int at = conj; at >= 0; at--)
        {
            if (at > 0 && form.Length - at >= 2 && lookup.TryGetValue(form[at..], out var w) && Detachable(w)) return (w, (byte)at);
            if (form.Length - at - 1 >= 2 && form[at] is Beh or Lam or Kaf
                && lookup.TryGetValue(form[(at + 1)..], out w) && Detachable(w))
                return (w, (byte)(at + 1));
        }
        return (null, 0);
    }

    private static bool Detachable(DateWord w) => w.CanOpen;

    private void Run()
    {
        int i = 0;
        while (i < _n)
        {
            _pending = null;
            if (TryAt(i, out var m))
            {
                m.Start = _text.OriginalStartOf(_tokens[m.FirstToken].NormStart + _clitic[m.FirstToken]);
                m.End = _tokens[m.LastToken].End;
                if (m.Grain == DateGrain.Day && TimeOfDay.Near(_text, m.FirstToken, m.LastToken, _mentions.Count > 0 ? _mentions[^1].LastToken : -1) is int time)
                    m.TimeOfDay = time + 1;
                _mentions.Add(m);
                i = m.LastToken + 1;
                // Only the end found with this very mention (a lookahead that was not taken may have left another).
                if (_pending is DateMention end && end.FirstToken > m.LastToken && end.FirstToken <= m.LastToken + 3)
                {
                    end.Start = _text.OriginalStartOf(_tokens[end.FirstToken].NormStart);
                    end.End = _tokens[end.LastToken].End;
                    _mentions.Add(end);
                    i = end.LastToken + 1;
                }
            }
            else
            {
                i++;
            }
        }
    }

    // ---- token helpers ----

    private ReadOnlySpan<char> Form(int i) => _norm.AsSpan(_tokens[i].NormStart + _clitic[i], _tokens[i].NormLength - _clitic[i]);

    /// <summary>The date word of token <paramref name="i"/> when it carries no clitic (a word inside a date).</summary>
    private DateWord? Plain(int i) => (uint)i < (uint)_n && _clitic[i] == 0 ? _words[i] : null;

    /// <summary>The date word of token <paramref name="i"/>, clitics allowed when it opens the expression.</summary>
    private DateWord? Head(int i, int start) => (uint)i < (uint)_n ? (i == start ? _words[i] : Plain(i)) : null;

    private bool IsNumber(int i) => (uint)i < (uint)_n && _number[i] >= 0;

    private bool IsPunct(int i, char a, char b = '\0') =>
        (uint)i < (uint)_n && _tokens[i].Kind == TokenKind.Punctuation && (_norm[_tokens[i].NormStart] == a || _norm[_tokens[i].NormStart] == b);

    private bool Is(int i, string form, bool plain = true) => (uint)i < (uint)_n && (!plain || _clitic[i] == 0) && Form(i).SequenceEqual(form);

    private bool StartsWithArticle(int i) =>
        (uint)i < (uint)_n && _tokens[i].Kind == TokenKind.Arabic && _clitic[i] == 0 && Form(i).StartsWith("ال", StringComparison.Ordinal);

    private bool HasConjunction(int i) => (uint)i < (uint)_n && _clitic[i] > 0 && _norm[_tokens[i].NormStart] is Waw or Feh;

    // ---- entry ----

    private bool TryAt(int i, out DateMention m)
    {
        m = default;
        if (IsNumber(i)) return TryNumberLed(i, out m);
        var w = _words[i];
        if (w is null)
        {
            // 5.3.2024 is one token with separators.
            return _tokens[i].Kind == TokenKind.Number && TryNumericDate(i, out m);
        }
        if (w.Holidays is not null && TryHoliday(i, out m)) return true;
        // بعيد الفطر: the holiday with ب, not بُعيد «shortly after».
        if (w.Preposition && _clitic[i] == 0 && Form(i).SequenceEqual("بعيد") && DateLexicon.Lookup.TryGetValue("عيد", out var eid))
        {
            (_words[i], _clitic[i]) = (eid, 1);
            if (TryHoliday(i, out m)) return true;
            (_words[i], _clitic[i]) = (w, 0);
        }
        // اليوم الثالث من أكتوبر، اليوم الأخير من شهر عشرة
        if (w.Deictic == 1 && _clitic[i] == 0 && Plain(i + 1) is { } dayOrdinal)
        {
            if (dayOrdinal.NthAfter == -1 && TryNthWeekday(i, i + 2, -1, 0, out m)) return true;
            if (dayOrdinal.Ordinal > 0 && TryCore(i + 1, out m) && m.Grain == DateGrain.Day)
            {
                m.FirstToken = i;
                return true;
            }
        }
        if (w.Deictic > 0) return TryDeictic(i, i, out m);
        if (w.FirstDay && Plain(i + 1)?.Deictic == 2)
        {
            m = Deictic(i, AttachedWeekday(i + 2, i + 1), -2);
            return true;
        }
        if (w.FirstDay && Is(i + 1, "من") && Plain(i + 2)?.Deictic == 2)
        {
            m = Deictic(i, AttachedWeekday(i + 3, i + 2), -2);
            return true;
        }
        if (w.SameBefore && Plain(i + 1)?.Noun == CalendarNoun.TheYear)
        {
            m = new DateMention { FirstToken = i, LastToken = i + 1, Grain = DateGrain.Year, Rule = DateRule.ContextOffset };
            return true;
        }
        if (w.Demonstrative && Plain(i + 1) is { } after && (Plain(i + 2)?.Relation ?? Relation.None) == Relation.None)
        {
            // هذا الاثنين: the coming one, or today.
            if (after.Weekday > 0 && !StartsWithArticle(i + 2))
            {
                m = new DateMention
                {
                    FirstToken = i, LastToken = i + 1, Grain = DateGrain.Day, Rule = DateRule.Weekday, Offset = after.Weekday, Relation = Relation.Current,
                };
                return true;
            }
            // في هذا اليوم: the day just told about (or the reference date); not «عُرف هذا اليوم بـ...».
            if (after.Deictic == 1 && i > 0 && _words[i - 1]?.Preposition == true && Form(i - 1).SequenceEqual("في") && !StartsWithArticle(i + 2))
            {
                m = new DateMention { FirstToken = i, LastToken = i + 1, Grain = DateGrain.Day, Rule = DateRule.DayOffset };
                return true;
            }
            // هذا العام، هذه السنة، هذا الشهر
            if (after.Noun == CalendarNoun.TheYear)
            {
                m = new DateMention { FirstToken = i, LastToken = i + 1, Grain = DateGrain.Year, Rule = DateRule.ReferenceOffset };
                return true;
            }
            if (after.Noun == CalendarNoun.TheMonth)
            {
                m = new DateMention { FirstToken = i, LastToken = i + 1, Grain = DateGrain.Month, Rule = DateRule.MonthOffset };
                return true;
            }
        }
        // الأسبوع الأول من شهر عشرة 2014، الأسبوع الأخير من سبتمبر
        if (w.Noun == CalendarNoun.TheWeek && Plain(i + 1) is { NthAfter: not 0 } weekNth && TryNthWeekday(i, i + 2, weekNth.NthAfter, WholeWeek, out m)) return true;
        // الأسبوع الماضي، الأسبوع المقبل، الأسبوع الحالي، هذا الأسبوع
        if (w.Noun == CalendarNoun.TheWeek && (Plain(i + 1)?.Relation ?? Relation.None) is var weekRelation and not (Relation.None or Relation.Same))
        {
            m = new DateMention
            {
                FirstToken = i, LastToken = i + 1, Grain = DateGrain.Week, Rule = DateRule.Week,
                Relation = weekRelation is Relation.Following or Relation.Previous ? Relation.Following : Relation.None,
                WeekOffset = weekRelation switch { Relation.Past or Relation.Previous => -1, Relation.Next or Relation.Following => 1, _ => 0 },
            };
            return true;
        }
        if (w.Demonstrative && Plain(i + 1)?.Noun == CalendarNoun.TheWeek && !StartsWithArticle(i + 2))
        {
            m = new DateMention { FirstToken = i, LastToken = i + 1, Grain = DateGrain.Week, Rule = DateRule.Week };
            return true;
        }
        // الشهر الماضي، الشهر المقبل
        if (w.Noun == CalendarNoun.TheMonth && (Plain(i + 1)?.Relation ?? Relation.None) is var monthRelation && monthRelation != Relation.None
            && monthRelation != Relation.Same)
        {
            m = new DateMention
            {
                FirstToken = i, LastToken = i + 1, Grain = DateGrain.Month, Rule = DateRule.MonthOffset,
                Offset = monthRelation switch { Relation.Past or Relation.Previous => -1, Relation.Next or Relation.Following => 1, _ => 0 },
            };
            return true;
        }
        // بعد غد، بعد الغد، بعد بكرة، قبل أمس، قبل امبارح
        if (w.Preposition && TryBeforeAfterDeictic(i, out int twoDays))
        {
            m = Deictic(i, AttachedWeekday(i + 2, i + 1), twoDays);
            return true;
        }
        // أحد الأسبوع الماضي، الاثنين من هذا الأسبوع، ثلاثاء الأسبوع الفائت
        if ((w.Weekday > 0 || w.WeekdayBare > 0) && TryWeekOf(i, i, w.Weekday > 0 ? w.Weekday : w.WeekdayBare, out m)) return true;
        // الأحد الماضي، الثلاثاء القادم
        if (w.Weekday > 0 && (Plain(i + 1)?.Relation ?? Relation.None) is Relation.Past or Relation.Next or Relation.Previous or Relation.Following)
            return TryWeekday(i, i, out m);

        // ثالث ثلاثاء من أيلول، آخر اثنين من الشهر القادم
        if (w.NthBefore != 0 && Plain(i + 1) is { WeekdayBare: > 0 } bareDay)
        {
            if (TryNthWeekday(i, i + 2, w.NthBefore, bareDay.WeekdayBare, out m)) return true;
            // ثالث ثلاثاء بعد كريسماس 2014: counted from a day.
            if (w.NthBefore > 0 && TryAfterDay(i, i + 2, w.NthBefore, bareDay.WeekdayBare, out m)) return true;
        }
        // أول أسبوع بشهر أكتوبر 2014، آخر أسبوع في سبتمبر
        if (w.NthBefore != 0 && Plain(i + 1) is { DayUnit: 7, DayUnitPlural: false } && TryNthWeekday(i, i + 2, w.NthBefore, WholeWeek, out m)) return true;
        // ثالث يوم من شهر عشرة، آخر يوم بشهر عشرة، ثالث يوم ثلاثاء بأيلول
        if (w.NthBefore != 0 && Plain(i + 1)?.Noun == CalendarNoun.Day)
        {
            if (Plain(i + 2) is { WeekdayBare: > 0 } dayName && TryNthWeekday(i, i + 3, w.NthBefore, dayName.WeekdayBare, out m)) return true;
            if (TryNthWeekday(i, i + 2, w.NthBefore, 0, out m)) return true;
        }

        bool yawm = w.Noun == CalendarNoun.Day;
        int j = yawm ? i + 1 : i;
        var at = Head(j, i);
        if (yawm && at?.Deictic > 0) return TryDeictic(i, j, out m);
        if (at?.Weekday > 0)
        {
            if (yawm && TryWeekOf(i, j, at.Weekday, out m)) return true;
            int k = j + 1;
            if (IsPunct(k, '،', ',')) k++;
            if (k < _n && (TryCoreOrNumeric(k, out m) || TryDayMonthNumeric(k, out m)) && m.Grain == DateGrain.Day && m.Rule is DateRule.Written or DateRule.Infer or DateRule.MonthNext or DateRule.MonthPast)
            {
                m.FirstToken = i;
                // الثلاثاء الثالث من أيلول: the 3rd, or the third Tuesday when the 3rd is not a Tuesday.
                if (k == j + 1 && !IsNumber(k) && m.Day <= 5)
                {
                    m.NthWeekday = at.Weekday;
                    m.Nth = m.Day;
                    m.NthIfMismatch = true;
                }
                return true;
            }
            // الجمعة الأخيرة من رمضان
            if (Plain(j + 1) is { NthAfter: not 0 } nthAfter && TryNthWeekday(i, j + 2, nthAfter.NthAfter, at.Weekday, out m)) return true;
            // السبت السادس عشر، الاثنين 18: a day of a month the context gives.
            if (TryWeekdayDay(i, j, at.Weekday, out m)) return true;
            return (yawm || BareWeekdaySupported(i)) && TryWeekday(i, j, out m);
        }
        if (yawm)
        {
            if (j < _n && TryCoreOrNumeric(j, out m) && m.Grain == DateGrain.Day && m.Rule is DateRule.Written or DateRule.Infer or DateRule.MonthNext or DateRule.MonthPast)
            {
                m.FirstToken = i;
                return true;
            }
            return false;
        }
        if (w.Preposition && (Form(i).SequenceEqual("بعد") || Form(i).SequenceEqual("قبل"))) return TryDayOffset(i, out m);
        // منذ ثلاثة أيام، من أسبوع: that long before the time of writing.
        if (w.Preposition && (Form(i).SequenceEqual("منذ") || Form(i).SequenceEqual("من")) && TryDayOffset(i, out m)) return true;
        return TryCore(i, out m);
    }

    private bool TryCoreOrNumeric(int i, out DateMention m) =>
        TryNumericDate(i, out m) || TrySpacedNumericDate(i, out m) || (_words[i] is not null || IsNumber(i)) && TryCore(i, out m);

    private bool TryNumberLed(int i, out DateMention m)
    {
        if (TryNumericDate(i, out m) || TrySpacedNumericDate(i, out m) || TryCore(i, out m)) return true;
        int value = _number[i];
        // A bare day opening a range: من 15 إلى 18 أبريل.
        if (value is >= 1 and <= 31 && _digits[i] <= 2)
        {
            int k = i + 1;
            while (k < _n && k <= i + 2 && (Plain(k)?.Connector == true || IsPunct(k, '-', '–'))) k++;
            if (k > i + 1 && k < _n && IsNumber(k) && (TryCore(k, out var next) || TrySpacedNumericDate(k, out next) || TryNumericDate(k, out next)) && next.Grain == DateGrain.Day)
            {
                m = new DateMention { FirstToken = i, LastToken = i, Grain = DateGrain.Day, Day = value, Rule = DateRule.Infer, Hijri = next.Hijri };
                return true;
            }
        }
        if (_digits[i] == 4 && value is >= 1000 and <= 2100 && BareYearSupported(i))
        {
            m = new DateMention { FirstToken = i, LastToken = i, Grain = DateGrain.Year, Year = value, Rule = DateRule.Written };
            return true;
        }
        return false;
    }

    // ---- the core grammar: [modifier] (day [من] | أول) [شهر] month [year] | season year | year noun | century | decade ----

    private bool TryCore(int i, out DateMention m)
    {
        m = default;
        int j = i;
        bool mod = _words[i]?.Modifier == true;
        if (mod) j++;
        if (j >= _n) return false;

        int day = 0, k = j;
        if (!mod)
        {
            // الـ22 من يوليو: the article written on the day number.
            if (Plain(j)?.Article == true && IsNumber(j + 1) && _number[j + 1] is >= 1 and <= 31
                && _digits[j + 1] <= 2 && _tokens[j + 1].Start - _tokens[j].End <= 1)
                j++;
            if (IsNumber(j) && _number[j] is >= 1 and <= 31 && _digits[j] <= 2 && _clitic[j] == 0)
            {
                day = _number[j];
                k = j + 1;
                // 22 من يوليو، 22 من شهر يوليو
                if (Is(k, "من") && (Plain(k + 1) is { Noun: CalendarNoun.Month } or { GregorianMonth: > 0 } or { HijriMonth: > 0 } or { LevantHead: > 0 } or { HijriHead: > 0 })) k++;
            }
            else if (Head(j, i)?.FirstDay == true)
            {
                day = 1;
                k = j + 1;
            }
            else if (TryOrdinal(j, i, out int n, out int e) && n <= 31)
            {
                day = n;
                k = e + 1;
                if (Is(k, "من")) k++;
            }
        }
        bool monthNoun = false;
        if (Head(k, i)?.Noun == CalendarNoun.Month)
        {
            monthNoun = true;
            k++;
        }
        if (TryMonth(k, i, out int month, out bool hijri, out bool weak, out int monthEnd) || monthNoun && TryMonthNumber(k, out month, out monthEnd))
        {
            m = new DateMention
            {
                FirstToken = i,
                Grain = day > 0 ? DateGrain.Day : DateGrain.Month,
                Month = month,
                Day = day,
                Hijri = hijri,
            };
            if (TryYearPart(monthEnd + 1, hijri, out var rule, out int year, out int offset, out int era, out int end))
            {
                m.Rule = rule;
                m.Year = year;
                m.Offset = offset;
                m.LastToken = end;
                if (era == 2 && !hijri) return false;
                m.GregorianYear = hijri && era != 2 && (era == 1 || year >= 1800);
            }
            else if (day == 0 && !mod && TryMonthFirstDayRange(monthEnd + 1, ref m))
            {
                return true;
            }
            else
            {
                m.Rule = DateRule.Infer;
                m.LastToken = monthEnd;
                bool bare = day == 0 && !mod && !monthNoun;
                if (bare && weak && !MonthSupported(i, k, monthEnd)) return false;
                // ثورة أكتوبر: a month alone after an event noun names the event.
                if (bare && AfterEventNoun(i)) return false;
            }
            return true;
        }
        // السابع عشر من هذا الشهر، الثالث من الشهر المقبل
        if (day > 0 && !monthNoun && TryRelativeMonth(k, out int monthOffset, out int relEnd))
        {
            m = new DateMention { FirstToken = i, LastToken = relEnd, Grain = DateGrain.Day, Day = day, Rule = DateRule.MonthOffset, Offset = monthOffset };
            return true;
        }
        // من الثالث والعشرين وحتى السادس والعشرين من أكتوبر: a day in words opening a range takes the month of its end.
        if (day > 0 && !monthNoun && j == i && !IsNumber(j))
        {
            int c = k;
            while (c < _n && c <= k + 1 && (_words[c]?.Connector == true || IsPunct(c, '-', '–'))) c++;
            if (c > k && c < _n && _words[c]?.Ordinal > 0 && TryCore(c, out var end) && end.Grain == DateGrain.Day)
            {
                m = new DateMention { FirstToken = i, LastToken = k - 1, Grain = DateGrain.Day, Day = day, Rule = DateRule.Infer, Hijri = end.Hijri };
                return true;
            }
        }
        if (day > 0 || monthNoun) return false;

        var w = Head(j, i);
        if (w is null) return mod && IsNumber(j) && TryPlainYear(i, j, out m);
        if (w.Season != 0 && TryYearPart(j + 1, false, out var seasonRule, out int seasonYear, out int seasonOffset, out _, out int seasonEnd))
        {
            if (seasonRule is DateRule.MonthPast or DateRule.MonthNext)
            {
                seasonOffset = seasonRule == DateRule.MonthPast ? -1 : 1;
                seasonRule = DateRule.ReferenceOffset;
            }
            m = new DateMention
            {
                FirstToken = i, LastToken = seasonEnd, Grain = DateGrain.Season, Season = w.Season,
                Rule = seasonRule, Year = seasonYear, Offset = seasonOffset,
            };
            return true;
        }
        if (w.Noun is CalendarNoun.Year or CalendarNoun.TheYear) return TryYearNoun(i, j, mod, w, out m);
        if (w.Noun == CalendarNoun.TheMonth && mod)
        {
            // نهاية الشهر (the month of the reference date), منتصف الشهر المقبل.
            m = new DateMention { FirstToken = i, LastToken = j, Grain = DateGrain.Month, Rule = DateRule.MonthOffset };
            if (TryRelativeMonth(j, out int monthShift, out int relativeEnd))
            {
                m.Offset = monthShift;
                m.LastToken = relativeEnd;
            }
            return true;
        }
        if (w.Century && TryCentury(j, out int hundreds, out bool relative, out int centuryOffset, out int centuryEnd))
        {
            m = new DateMention
            {
                FirstToken = i, LastToken = centuryEnd, Grain = DateGrain.Century, Rule = DateRule.Century,
                Year = hundreds, RelativeCentury = relative, Offset = centuryOffset,
            };
            return true;
        }
        if (w.Decade > 0)
        {
            m = new DateMention { FirstToken = i, LastToken = j, Grain = DateGrain.Decade, Rule = DateRule.Decade, Tens = w.Decade };
            int c = j + 1;
            if (Is(c, "من")) c++;
            if (!w.DecadePronoun && Plain(c)?.Century == true && TryCentury(c, out hundreds, out relative, out centuryOffset, out centuryEnd))
            {
                m.Year = hundreds;
                m.RelativeCentury = relative;
                m.Offset = centuryOffset;
                m.LastToken = centuryEnd;
            }
            return true;
        }
        if (w.DecadeNoun && TryOrdinal(j + 1, -1, out int nth, out int ordEnd) && nth <= 10)
        {
            int c = ordEnd + 1;
            if (Is(c, "من")) c++;
            if (Plain(c)?.Century == true && TryCentury(c, out hundreds, out relative, out centuryOffset, out centuryEnd))
            {
                m = new DateMention
                {
                    FirstToken = i, LastToken = centuryEnd, Grain = DateGrain.Decade, Rule = DateRule.Decade, Tens = nth - 1,
                    Year = hundreds, RelativeCentury = relative, Offset = centuryOffset,
                };
                return true;
            }
        }
        return false;
    }

    // A year written as a number with an era marker (1905م، 1445هـ), or after a modifier (مطلع 2025).
    private bool TryPlainYear(int i, int j, out DateMention m)
    {
        m = default;
        int value = _number[j];
        var era = Plain(j + 1)?.Era ?? 0;
        bool mod = j > i;
        if (era == 0 && !(mod && _digits[j] == 4 && value is >= 1000 and <= 2200)) return false;
        if (era != 0 && (value < 1 || value > 2200)) return false;
        m = new DateMention
        {
            FirstToken = i, LastToken = era != 0 ? j + 1 : j, Grain = DateGrain.Year, Year = value, Rule = DateRule.Written, Hijri = era == 2,
        };
        return true;
    }

    private bool TryYearNoun(int i, int j, bool mod, DateWord w, out DateMention m)
    {
        m = default;
        if (IsNumber(j + 1) && _digits[j + 1] <= 4 && _number[j + 1] is >= 1 and <= 2200)
        {
            var era = Plain(j + 2)?.Era ?? 0;
            if (_digits[j + 1] < 3 && era == 0) return false;
            m = new DateMention
            {
                FirstToken = i, LastToken = era != 0 ? j + 2 : j + 1, Grain = DateGrain.Year, Year = _number[j + 1],
                Rule = DateRule.Written, Hijri = era == 2,
            };
            return true;
        }
        if (w.Noun != CalendarNoun.TheYear) return false;
        var relation = Plain(j + 1)?.Relation ?? Relation.None;
        if (relation != Relation.None)
        {
            m = new DateMention { FirstToken = i, LastToken = j + 1, Grain = DateGrain.Year };
            (m.Rule, m.Offset) = YearRelation(relation);
            return true;
        }
        // نهاية العام, but not نهاية العام الدراسي (a school year, not a calendar year).
        if (mod && !StartsWithArticle(j + 1))
        {
            // «the year» after a modifier is the year being told about (or, failing that, the current one).
            m = new DateMention { FirstToken = i, LastToken = j, Grain = DateGrain.Year, Rule = DateRule.ContextOffset };
            return true;
        }
        return false;
    }

    /// <summary>هذا الشهر، الشهر الماضي/الحالي/المقبل.</summary>
    private bool TryRelativeMonth(int k, out int offset, out int end)
    {
        offset = 0;
        end = k + 1;
        if (Plain(k)?.Demonstrative == true && Plain(k + 1)?.Noun == CalendarNoun.TheMonth) return true;
        if (Plain(k)?.Noun != CalendarNoun.TheMonth) return false;
        switch (Plain(k + 1)?.Relation ?? Relation.None)
        {
            case Relation.Past or Relation.Previous:
                offset = -1;
                return true;
            case Relation.Next or Relation.Following:
                offset = 1;
                return true;
            case Relation.Current:
                return true;
            default:
                return false;
        }
    }

    private static (DateRule, int) YearRelation(Relation relation) => relation switch
    {
        Relation.Same => (DateRule.ContextOffset, 0),
        Relation.Following => (DateRule.ContextOffset, 1),
        Relation.Previous => (DateRule.ContextOffset, -1),
        Relation.Past => (DateRule.ReferenceOffset, -1),
        Relation.Next => (DateRule.ReferenceOffset, 1),
        _ => (DateRule.ReferenceOffset, 0),
    };

    /// <summary>A month name at <paramref name="k"/>: one word, two words (كانون الثاني، ربيع الأول، ذو الحجة),
    /// and a paired equivalent after a slash (آذار/مارس).</summary>
    private bool TryMonth(int k, int start, out int month, out bool hijri, out bool weak, out int end)
    {
        month = 0;
        hijri = false;
        weak = false;
        end = k;
        var w = Head(k, start);
        if (w is null) return false;
        if (w.GregorianMonth > 0)
        {
            month = w.GregorianMonth;
            weak = w.Weak;
            // آب (August) and أب (father) normalize alike: only the madda spelling is the month.
            if (month == 8 && Form(k).SequenceEqual("اب") && _text.Original[_text.OriginalStartOf(_tokens[k].NormStart + _clitic[k])] != 'آ')
                return false;
        }
        else if (w.HijriMonth > 0)
        {
            month = w.HijriMonth;
            hijri = true;
            weak = w.Weak;
        }
        else if (w.LevantHead > 0 || w.HijriHead > 0)
        {
            var part = Plain(k + 1)?.Part ?? MonthPart.None;
            if (part == MonthPart.None) return false;
            month = (w.LevantHead, w.HijriHead, part) switch
            {
                (1, _, MonthPart.Second) => 1,
                (1, _, MonthPart.First) => 12,
                (2, _, MonthPart.First) => 10,
                (2, _, MonthPart.Second) => 11,
                (_, 1, MonthPart.First) => 3,
                (_, 1, MonthPart.Second or MonthPart.Last) => 4,
                (_, 2, MonthPart.First) => 5,
                (_, 2, MonthPart.Second or MonthPart.Last) => 6,
                (_, 3, MonthPart.Qada) => 11,
                (_, 3, MonthPart.Hijja) => 12,
                _ => 0,
            };
            if (month == 0) return false;
            hijri = w.HijriHead > 0;
            end = k + 1;
        }
        else
        {
            return false;
        }
        // آذار/مارس، كانون الثاني/يناير، يوليو (تموز)، مايو أيار: one month written twice.
        if (!hijri && start >= 0)
        {
            int other, otherEnd;
            bool otherHijri;
            if (IsPunct(end + 1, '/') && TryMonth(end + 2, -1, out other, out otherHijri, out _, out otherEnd) && other == month && !otherHijri)
            {
                end = otherEnd;
                weak = false;
            }
            else if (IsPunct(end + 1, '(') && TryMonth(end + 2, -1, out other, out otherHijri, out _, out otherEnd) && other == month && !otherHijri
                && IsPunct(otherEnd + 1, ')'))
            {
                end = otherEnd + 1;
                weak = false;
            }
            else if (TryMonth(end + 1, -1, out other, out otherHijri, out _, out otherEnd) && other == month && !otherHijri)
            {
                end = otherEnd;
                weak = false;
            }
        }
        return true;
    }

    /// <summary>True when the word before <paramref name="i"/> is an event noun, also across a paired name: ثورة مارس (آذار).</summary>
    private bool AfterEventNoun(int i)
    {
        int b = i - 1;
        if (IsPunct(b, '(', '/') && b > 0 && _words[b - 1] is { GregorianMonth: > 0 }) b -= 2;
        return b >= 0 && _words[b]?.EventNoun == true;
    }

    /// <summary>A weak month name alone (مارس، رمضان، صفر) is a date after a preposition or a modifier, or coordinated with another month.</summary>
    private bool MonthSupported(int start, int k, int end)
    {
        if (start > 0)
        {
            var prev = _words[start - 1];
            if (prev is not null && (prev.Preposition || prev.Modifier)) return true;
        }
        if (HasConjunction(start) && _mentions.Count > 0 && _mentions[^1].LastToken == start - 1) return true;
        if (end + 1 < _n && HasConjunction(end + 1) && TryMonth(end + 1, end + 1, out _, out _, out _, out _)) return true;
        return false;
    }

    /// <summary>What follows a month: a year (1905، عام 1905، 1445هـ), «من العام نفسه/الماضي», or الماضي/المقبل.</summary>
    private bool TryYearPart(int p, bool hijri, out DateRule rule, out int year, out int offset, out int era, out int end)
    {
        rule = DateRule.Written;
        year = offset = era = 0;
        end = p;
        if (p >= _n) return false;
        int q = p;
        if ((Is(q, "من") || Is(q, "في")) && Plain(q + 1)?.Noun is CalendarNoun.Year or CalendarNoun.TheYear && IsNumber(q + 2)) q++;
        // أكتوبر عام 2014، أكتوبر لعام 2014
        if (q < _n && _words[q]?.Noun is CalendarNoun.Year or CalendarNoun.TheYear && (_clitic[q] == 0 || _norm[_tokens[q].NormStart] is Lam or Beh) && IsNumber(q + 1)) q++;
        if (IsNumber(q) && _digits[q] <= 4)
        {
            era = Plain(q + 1)?.Era ?? 0;
            int v = _number[q];
            // A Hijri month may carry a Gregorian year (رمضان 2015): the one that begins in that year.
            bool ok = era != 0 ? v >= 1 : hijri ? _digits[q] >= 3 && v <= 1600 || _digits[q] == 4 && v is >= 1800 and <= 2200 : _digits[q] == 4 && v is >= 1000 and <= 2200;
            if (!ok) return false;
            year = v;
            end = era != 0 ? q + 1 : q;
            return true;
        }
        // من العام نفسه، من هذا العام، من نفس العام; and without من: العام الماضي.
        int r = Is(p, "من") ? p + 1 : p;
        if (Plain(r)?.Demonstrative == true && Plain(r + 1)?.Noun == CalendarNoun.TheYear)
        {
            rule = DateRule.ReferenceOffset;
            end = r + 1;
            return true;
        }
        if (Plain(r)?.SameBefore == true && Plain(r + 1)?.Noun == CalendarNoun.TheYear)
        {
            rule = DateRule.ContextOffset;
            end = r + 1;
            return true;
        }
        if (Plain(r)?.Noun == CalendarNoun.TheYear && (Plain(r + 1)?.Relation ?? Relation.None) != Relation.None)
        {
            (rule, offset) = YearRelation(Plain(r + 1)!.Relation);
            end = r + 1;
            return true;
        }
        if (r > p) return false;
        switch (Plain(p)?.Relation ?? Relation.None)
        {
            case Relation.Past:
                rule = DateRule.MonthPast;
                return true;
            case Relation.Next:
                rule = DateRule.MonthNext;
                return true;
            case Relation.Current:
                rule = DateRule.ReferenceOffset;
                return true;
            default:
                return false;
        }
    }

    /// <summary>An ordinal from 1 to 39 written in words: الخامس، الحادي عشر، الثاني والعشرين، الثلاثين.</summary>
    private bool TryOrdinal(int j, int start, out int n, out int end)
    {
        n = 0;
        end = j;
        var w = Head(j, start);
        if (w is null || w.Ordinal == 0) return false;
        if (w.Ordinal >= 20)
        {
            n = w.Ordinal;
            return true;
        }
        if (w.Ordinal < 10 && Plain(j + 1)?.Teen == true)
        {
            n = w.Ordinal + 10;
            end = j + 1;
            return true;
        }
        if (j + 1 < _n && _words[j + 1]?.Ordinal >= 20 && _clitic[j + 1] == 1 && _norm[_tokens[j + 1].NormStart] == Waw)
        {
            n = w.Ordinal + _words[j + 1]!.Ordinal;
            end = j + 1;
            return true;
        }
        if (Form(j).SequenceEqual("الحادي")) return false;
        n = w.Ordinal;
        return true;
    }

    /// <summary>القرن + an ordinal, a number, or الماضي/الحالي.</summary>
    private bool TryCentury(int j, out int hundreds, out bool relative, out int offset, out int end)
    {
        hundreds = offset = 0;
        relative = false;
        end = j + 1;
        if (TryOrdinal(j + 1, -1, out int n, out int e) && n is >= 1 and <= 21)
        {
            hundreds = n - 1;
            end = e;
            return true;
        }
        if (IsNumber(j + 1) && _number[j + 1] is >= 1 and <= 21)
        {
            hundreds = _number[j + 1] - 1;
            return true;
        }
        switch (Plain(j + 1)?.Relation ?? Relation.None)
        {
            case Relation.Past:
            case Relation.Previous:
                relative = true;
                offset = -1;
                return true;
            case Relation.Current:
                relative = true;
                return true;
            case Relation.Next:
                relative = true;
                offset = 1;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Numeric dates: 22/1/1905, 1905-01-22, ٢٠٢٤/٣/٥, 5.3.2024 (day first unless the year leads).</summary>
    private bool TryNumericDate(int i, out DateMention m)
    {
        m = default;
        if (_tokens[i].Kind != TokenKind.Number || _clitic[i] != 0) return false;
        var s = _norm.AsSpan();
        int p = _tokens[i].NormStart;
        int a = ReadDigits(s, ref p, out int la);
        if (la == 0 || p >= s.Length) return false;
        char sep = s[p];
        if (sep is not ('/' or '-' or '.')) return false;
        p++;
        int b = ReadDigits(s, ref p, out int lb);
        // 2/2013، ٣/٢٠٢٤: a month and its year.
        if (sep == '/' && la <= 2 && a is >= 1 and <= 12 && lb == 4 && b is >= 1000 and <= 2200 && (p >= s.Length || !char.IsAsciiDigit(s[p]) && s[p] is not ('/' or '-' or '.')))
            return TryMonthYear(i, p, a, b, out m);
        if (lb == 0 || lb > 2 || p >= s.Length || s[p] != sep) return false;
        p++;
        int c = ReadDigits(s, ref p, out int lc);
        if (lc == 0) return false;
        if (p < s.Length && (char.IsAsciiDigit(s[p]) || (s[p] is '/' or '-' or '.' && p + 1 < s.Length && char.IsAsciiDigit(s[p + 1])))) return false;
        int y, mo, d;
        if (la == 4 && lc <= 2) (y, mo, d) = (a, b, c);
        else if (lc == 4 && la <= 2) (y, mo, d) = (c, b, a);
        else return false;
        int k = i;
        while (k < _n && _tokens[k].NormEnd < p) k++;
        if (k >= _n || _tokens[k].NormEnd != p) return false;
        var era = Plain(k + 1)?.Era ?? 0;
        bool hijri = era == 2 || (era == 0 && y < 1600);
        if (hijri ? mo is < 1 or > 12 || d is < 1 or > 30 : !PartialDate.TryOfDay(y, mo, d, out _)) return false;
        m = new DateMention
        {
            FirstToken = i, LastToken = era != 0 ? k + 1 : k, Grain = DateGrain.Day, Year = y, Month = mo, Day = d,
            Hijri = hijri, Rule = DateRule.Written,
        };
        return true;
    }

    /// <summary>A month written before a range of days (يوليو 13-15، تموز 13 إلى 15، أغسطس 27 الى 29 2014): the month
    /// and the first day make the start; the last day, the end (kept for <see cref="Run"/> to add next).</summary>
    private bool TryMonthFirstDayRange(int p, ref DateMention m)
    {
        if (!IsNumber(p) || _digits[p] > 2 || _number[p] is < 1 or > 31 || _clitic[p] != 0) return false;
        int c = p + 1;
        while (c < _n && c <= p + 2 && (Plain(c)?.Connector == true || IsPunct(c, '-', '–'))) c++;
        if (c == p + 1 || !IsNumber(c) || _digits[c] > 2 || _number[c] <= _number[p] || _number[c] > 31) return false;
        var end = m;
        m.Grain = end.Grain = DateGrain.Day;
        m.Day = _number[p];
        m.LastToken = p;
        end.Day = _number[c];
        end.FirstToken = c;
        end.LastToken = c;
        if (TryYearPart(c + 1, m.Hijri, out var rule, out int year, out int offset, out int era, out int yearEnd) && !(era == 2 && !m.Hijri) && rule == DateRule.Written)
        {
            (m.Rule, m.Year, end.Rule, end.Year, end.LastToken) = (rule, year, rule, year, yearEnd);
            m.GregorianYear = end.GregorianYear = m.Hijri && era != 2 && (era == 1 || year >= 1800);
        }
        else
        {
            m.Rule = end.Rule = DateRule.Infer;
        }
        _pending = end;
        return true;
    }

    /// <summary>A day and month written with a slash and no year, after a weekday (السبت 21/09): the year comes from the context.</summary>
    private bool TryDayMonthNumeric(int i, out DateMention m)
    {
        m = default;
        if (_tokens[i].Kind != TokenKind.Number || _clitic[i] != 0) return false;
        var s = _norm.AsSpan();
        int p = _tokens[i].NormStart;
        int d = ReadDigits(s, ref p, out int ld);
        if (ld is 0 or > 2 || p >= s.Length || s[p] != '/') return false;
        p++;
        int mo = ReadDigits(s, ref p, out int lm);
        if (lm is 0 or > 2 || p < s.Length && (char.IsAsciiDigit(s[p]) || s[p] is '/' or '-' or '.')) return false;
        if (mo is < 1 or > 12 || d is < 1 or > 31) return false;
        int k = i;
        while (k < _n && _tokens[k].NormEnd < p) k++;
        if (k >= _n || _tokens[k].NormEnd != p) return false;
        m = new DateMention { FirstToken = i, LastToken = k, Grain = DateGrain.Day, Month = mo, Day = d, Rule = DateRule.Infer };
        return true;
    }

    /// <summary>A month and year written with a slash (2/2013), not a reference number (رقم 2/2013، القرار 3/2015).</summary>
    private bool TryMonthYear(int i, int p, int month, int year, out DateMention m)
    {
        m = default;
        int k = i;
        while (k < _n && _tokens[k].NormEnd < p) k++;
        if (k >= _n || _tokens[k].NormEnd != p) return false;
        for (int b = i - 1; b >= 0 && b >= i - 2; b--)
        {
            if (_tokens[b].Kind != TokenKind.Arabic) continue;
            var form = _norm.AsSpan(_tokens[b].NormStart, _tokens[b].NormLength);
            if (form.EndsWith("رقم", StringComparison.Ordinal) || form.EndsWith("قرار", StringComparison.Ordinal) || form.EndsWith("قانون", StringComparison.Ordinal)
                || form.EndsWith("عدد", StringComparison.Ordinal) || form.EndsWith("مرسوم", StringComparison.Ordinal) || form.EndsWith("تعميم", StringComparison.Ordinal))
                return false;
            break;
        }
        var era = Plain(k + 1)?.Era ?? 0;
        m = new DateMention
        {
            FirstToken = i, LastToken = era != 0 ? k + 1 : k, Grain = DateGrain.Month, Year = year, Month = month, Hijri = era == 2 || era == 0 && year < 1600,
            Rule = DateRule.Written,
        };
        return true;
    }

    /// <summary>A numeric date written with spaces around its separators: 6 / 10 / 1436هـ، 30 - 07 - 2015.</summary>
    private bool TrySpacedNumericDate(int i, out DateMention m)
    {
        m = default;
        if (!IsNumber(i) || !IsNumber(i + 2) || !IsNumber(i + 4) || _clitic[i] != 0) return false;
        char sep = _norm[_tokens[i + 1].NormStart];
        if (!IsPunct(i + 1, '/', '-') || !IsPunct(i + 3, sep) || _tokens[i + 1].NormLength != 1 || _tokens[i + 3].NormLength != 1) return false;
        if (_text.LineBreakBetween(i, i + 4)) return false;
        int la = _digits[i], lb = _digits[i + 2], lc = _digits[i + 4];
        int a = _number[i], b = _number[i + 2], c = _number[i + 4];
        if (lb > 2) return false;
        int y, mo, d;
        if (la == 4 && lc <= 2) (y, mo, d) = (a, b, c);
        else if (lc == 4 && la <= 2) (y, mo, d) = (c, b, a);
        else return false;
        // A further separator and number: a longer code, not a date.
        if (IsPunct(i + 5, sep) && IsNumber(i + 6)) return false;
        var era = Plain(i + 5)?.Era ?? 0;
        bool hijri = era == 2 || (era == 0 && y < 1600);
        if (hijri ? mo is < 1 or > 12 || d is < 1 or > 30 : !PartialDate.TryOfDay(y, mo, d, out _)) return false;
        m = new DateMention
        {
            FirstToken = i, LastToken = era != 0 ? i + 5 : i + 4, Grain = DateGrain.Day, Year = y, Month = mo, Day = d, Hijri = hijri, Rule = DateRule.Written,
        };
        return true;
    }

    private static int ReadDigits(ReadOnlySpan<char> s, ref int p, out int length)
    {
        int v = 0, start = p;
        while (p < s.Length && char.IsAsciiDigit(s[p]) && p - start < 6) v = v * 10 + (s[p++] - '0');
        length = p - start;
        return v;
    }

    // ---- relative expressions ----

    private static DateMention Deictic(int first, int last, int offset) =>
        new() { FirstToken = first, LastToken = last, Grain = DateGrain.Day, Rule = DateRule.Deictic, Offset = offset };

    /// <summary>اليوم، أمس، غداً (and يوم أمس، أمس الخميس); not هذا اليوم, not اليوم الأول/الوطني.</summary>
    private bool TryDeictic(int i, int j, out DateMention m)
    {
        m = default;
        if (i > 0 && _words[i - 1]?.Demonstrative == true) return false;
        var w = Head(j, i)!;
        int offset = w.Deictic switch { 1 => 0, 2 => -1, 3 => 1, _ => -2 };
        if (w.Deictic == 1)
        {
            // اليوم التالي، اليوم نفسه: a day counted from the last day told about.
            var relation = Plain(j + 1)?.Relation ?? Relation.None;
            if (relation is Relation.Same or Relation.Following or Relation.Previous or Relation.Past)
            {
                m = new DateMention
                {
                    FirstToken = i, LastToken = j + 1, Grain = DateGrain.Day, Rule = DateRule.DayOffset,
                    Offset = relation switch { Relation.Following => 1, Relation.Previous or Relation.Past => -1, _ => 0 },
                };
                return true;
            }
            // اليوم الذي بعد الغد، اليوم اللي قبل امبارح، اليوم القبل البارحة
            int r = Plain(j + 1)?.Relative == true ? j + 2 : j + 1;
            if (TryBeforeAfterDeictic(r, out int twoDays))
            {
                m = Deictic(i, AttachedWeekday(r + 2, r + 1), twoDays);
                return true;
            }
            // مرة في اليوم: a frequency, not a date.
            if (i == j && i > 0 && Is(i - 1, "في")) return false;
        }
        // أمس الأول: the day before yesterday.
        if (w.Deictic == 2 && Plain(j + 1)?.Part == MonthPart.First && Is(j + 1, "الاول"))
        {
            m = Deictic(i, AttachedWeekday(j + 2, j + 1), -2);
            return true;
        }
        // بكرة وأصيلا، عن بكرة أبيهم: idioms, not «tomorrow».
        if (w.Deictic == 3 && Form(j).StartsWith("بكر", StringComparison.Ordinal)
            && (j + 1 < _n && _norm[_tokens[j + 1].NormStart] == Waw && _tokens[j + 1].Kind == TokenKind.Arabic || Is(j + 1, "ابيهم") || i > 0 && Is(i - 1, "عن")))
            return false;
        int last = AttachedWeekday(j + 1, j);
        if (last == j && (StartsWithArticle(j + 1) || Plain(j + 1)?.Ordinal > 0)) return false;
        m = Deictic(i, last, offset);
        return true;
    }

    /// <summary>The last token of a weekday name that restates the day just named (أمس الخميس، اليوم (الخميس)،
    /// اليوم «الخميس»), or <paramref name="otherwise"/>.</summary>
    private int AttachedWeekday(int k, int otherwise)
    {
        if (Plain(k)?.Weekday > 0) return k;
        if ((IsPunct(k, '(', '«') || IsPunct(k, '"')) && Plain(k + 1)?.Weekday > 0 && (IsPunct(k + 2, ')', '»') || IsPunct(k + 2, '"'))) return k + 2;
        return otherwise;
    }

    /// <summary>شهر 3، شهر عشرة: a month by its number, after شهر.</summary>
    private bool TryMonthNumber(int k, out int month, out int end)
    {
        month = 0;
        end = k;
        if (IsNumber(k) && _number[k] is >= 1 and <= 12 && _digits[k] <= 2) month = _number[k];
        else if (Plain(k)?.Count is > 0 and var count) month = count;
        return month > 0 && Plain(k + 1) is not { DayUnit: > 0 };
    }

    /// <summary>For TryNthWeekday: a whole week rather than a weekday (أول أسبوع من أكتوبر).</summary>
    private const int WholeWeek = 8;

    /// <summary>The month part of «the Nth weekday of a month», from <paramref name="k"/>: [من|في] [شهر] month [year], or
    /// الشهر المقبل. <paramref name="weekday"/> is the weekday + 1, 0 for any day (the Nth or last day), or a whole week.</summary>
    private bool TryNthWeekday(int i, int k, int nth, int weekday, out DateMention m)
    {
        m = default;
        if (Is(k, "من") || Is(k, "في")) k++;
        bool monthNoun = Head(k, k)?.Noun == CalendarNoun.Month;
        if (monthNoun) k++;
        if (TryMonth(k, k, out int month, out bool hijri, out _, out int monthEnd) || monthNoun && TryMonthNumber(k, out month, out monthEnd))
        {
            m = new DateMention { FirstToken = i, LastToken = monthEnd, Grain = DateGrain.Day, Month = month, Hijri = hijri, Rule = DateRule.Infer };
            if (TryYearPart(monthEnd + 1, hijri, out var rule, out int year, out int offset, out int era, out int end) && !(era == 2 && !hijri))
            {
                (m.Rule, m.Year, m.Offset, m.LastToken) = (rule, year, offset, end);
                m.GregorianYear = hijri && era != 2 && (era == 1 || year >= 1800);
            }
        }
        else if (TryRelativeMonth(k, out int monthOffset, out int relEnd))
        {
            m = new DateMention { FirstToken = i, LastToken = relEnd, Grain = DateGrain.Day, Rule = DateRule.MonthOffset, Offset = monthOffset };
        }
        else
        {
            return false;
        }
        if (weekday == WholeWeek)
        {
            // The Nth (or last) week of a Gregorian month: Monday to Sunday, all in the month.
            if (m.Hijri) return false;
            m.Grain = DateGrain.Week;
            m.NthWeek = true;
            m.Nth = nth;
            return true;
        }
        if (weekday == 0)
        {
            // The Nth day, or the last day, of the month.
            if (nth > 0) m.Day = nth;
            else m.LastDayOfMonth = true;
            return true;
        }
        m.NthWeekday = weekday;
        m.Nth = nth;
        return true;
    }

    /// <summary>«The Nth weekday after» a day (ثالث ثلاثاء بعد كريسماس 2014): بعد at <paramref name="k"/>, then a holiday or a day.</summary>
    private bool TryAfterDay(int i, int k, int nth, int weekday, out DateMention m)
    {
        m = default;
        if (!Is(k, "بعد") || k + 1 >= _n) return false;
        int at = k + 1;
        bool found = _words[at]?.Holidays is not null && _clitic[at] == 0 && TryHoliday(at, out m)
            || (_words[at] is not null || IsNumber(at)) && TryCoreOrNumeric(at, out m) && m.Grain == DateGrain.Day;
        if (!found || m.NthWeekday != 0) return false;
        m.FirstToken = i;
        m.AfterWeekday = weekday;
        m.AfterNth = nth;
        return true;
    }

    /// <summary>A holiday by its name (عيد الفطر، رأس السنة الهجرية، عيد الميلاد), with its year when one follows.</summary>
    private bool TryHoliday(int i, out DateMention m)
    {
        m = default;
        foreach (var h in _words[i]!.Holidays!)
        {
            int k = i + 1;
            bool ok = true;
            foreach (var part in h.Rest)
            {
                if (!Is(k, part))
                {
                    ok = false;
                    break;
                }
                k++;
            }
            if (!ok) continue;
            int last = k - 1;
            // عيد الميلاد الخمسين، عيد الميلاد 60: a birthday.
            if (Plain(k)?.Ordinal > 0 || IsNumber(k) && _digits[k] < 3) return false;
            bool hijri = h.Kind == HolidayKind.Hijri;
            m = new DateMention
            {
                FirstToken = i, LastToken = last, Grain = DateGrain.Day, Hijri = hijri, Holiday = h.Kind, HolidayLastToken = last,
                Month = h.Kind == HolidayKind.Easter ? 4 : h.Month, Day = h.Kind == HolidayKind.Easter ? 1 : h.Day, Rule = DateRule.Infer,
            };
            if (TryYearPart(k, hijri, out var rule, out int year, out int offset, out int era, out int end) && !(era == 2 && !hijri)
                && rule is DateRule.Written or DateRule.ReferenceOffset or DateRule.ContextOffset)
            {
                (m.Rule, m.Year, m.Offset, m.LastToken) = (rule, year, offset, end);
                // A Hijri holiday with a Gregorian year is the one that falls in that year.
                m.GregorianYear = hijri && rule == DateRule.Written && era != 2 && (era == 1 || year >= 1800);
            }
            return true;
        }
        return false;
    }

    /// <summary>بعد/قبل (or البعد/القبل) at <paramref name="k"/> and tomorrow/yesterday after it: two days from today.</summary>
    private bool TryBeforeAfterDeictic(int k, out int offset)
    {
        offset = 0;
        if (k + 1 >= _n || _clitic[k] != 0) return false;
        var form = Form(k);
        bool after = form.SequenceEqual("بعد") || form.SequenceEqual("البعد");
        bool before = form.SequenceEqual("قبل") || form.SequenceEqual("القبل");
        if (!after && !before) return false;
        int near = Plain(k + 1)?.Deictic ?? 0;
        if (after && (near == 3 || Is(k + 1, "الغد"))) offset = 2;
        else if (before && near == 2) offset = -2;
        return offset != 0;
    }

    /// <summary>A weekday in a week told relative to the reference date: [من] (الأسبوع + relation | هذا الأسبوع).</summary>
    private bool TryWeekOf(int i, int j, int weekday, out DateMention m)
    {
        m = default;
        int k = j + 1;
        if (Is(k, "من")) k++;
        int offset;
        if (Plain(k)?.Demonstrative == true && Plain(k + 1)?.Noun == CalendarNoun.TheWeek)
        {
            offset = 0;
        }
        else if (Plain(k)?.Noun == CalendarNoun.TheWeek && (Plain(k + 1)?.Relation ?? Relation.None) is var relation && relation != Relation.None)
        {
            offset = relation switch
            {
                Relation.Past or Relation.Previous => -1,
                Relation.Next or Relation.Following => 1,
                Relation.Current => 0,
                _ => int.MinValue,
            };
            if (offset == int.MinValue) return false;
        }
        else
        {
            return false;
        }
        m = new DateMention
        {
            FirstToken = i, LastToken = k + 1, Grain = DateGrain.Day, Rule = DateRule.Weekday, Offset = weekday, InWeek = true, WeekOffset = offset,
        };
        return true;
    }

    /// <summary>A word shaped like a verb in the imperfect (يلعب، يلتقي، تبدأ، تنطلق): ي or ت, then no و (يوم، يوسف،
    /// تونس), and for ت not the تفعيل of a verbal noun (تقرير، تفجير) nor a name in -يا (تركيا).</summary>
    private static bool LooksImperfect(ReadOnlySpan<char> form)
    {
        if (form.Length is < 4 or > 6 || form[1] == Waw) return false;
        if (form[0] == 'ي') return true;
        return form[0] == 'ت' && form[3] != 'ي' && !form.EndsWith("يا", StringComparison.Ordinal);
    }

    /// <summary>أكثر، أقل، نحو (also with و/ل: ولأكثر): «أكثر من أسبوع» is a duration.</summary>
    private bool IsApproximation(int t)
    {
        if (_tokens[t].Kind != TokenKind.Arabic) return false;
        var form = _norm.AsSpan(_tokens[t].NormStart, _tokens[t].NormLength);
        for (int cut = 0; cut <= 2 && cut < form.Length - 2; cut++)
        {
            if (DateLexicon.Lookup.TryGetValue(form[cut..], out var w) && w.Approximation) return true;
            if (form[cut] is not (Waw or Feh or Lam or Beh)) break;
        }
        return false;
    }

    /// <summary>A weekday then a day of the month alone (السبت السادس عشر، الاثنين 18), no month after it.</summary>
    private bool TryWeekdayDay(int i, int j, int weekday, out DateMention m)
    {
        m = default;
        int k = j + 1;
        if (IsPunct(k, '،', ',')) k++;
        int day, end;
        if (IsNumber(k) && _digits[k] <= 2 && _number[k] is >= 1 and <= 31 && _clitic[k] == 0)
        {
            // ارتفع الجمعة 15 سنتاً: a number that counts the word after it.
            if (k + 1 < _n && _tokens[k + 1].Kind is TokenKind.Arabic or TokenKind.Latin && _words[k + 1] is null && !_text.LineBreakBetween(k, k + 1)) return false;
            (day, end) = (_number[k], k);
        }
        else if (TryOrdinal(k, -1, out int n, out int e) && n is >= 6 and <= 31)
        {
            (day, end) = (n, e);
        }
        else
        {
            return false;
        }
        // Something counted or a month-like word after it, or the rest of a numeric date: not a day of the month.
        if (IsPunct(end + 1, '/', '-') || IsPunct(end + 1, '.') && IsNumber(end + 2)) return false;
        if (Plain(end + 1) is { } next && (next.DayUnit > 0 || next.Noun != CalendarNoun.None || next.GregorianMonth > 0 || next.HijriMonth > 0)) return false;
        m = new DateMention { FirstToken = i, LastToken = end, Grain = DateGrain.Day, Rule = DateRule.WeekdayDay, Day = day, Offset = weekday };
        return true;
    }

    /// <summary>A weekday name alone (الخميس) is a date at the start of a text or a line, after punctuation, a
    /// preposition or a part of the day (مساء الخميس), or after a word that is not a noun naming something else
    /// (صلاة الجمعة). الأحد and الاثنين («the one», «the two») need a preposition, a part of the day or a boundary.</summary>
    private bool BareWeekdaySupported(int i)
    {
        // الأحد عشر: a number.
        if (Plain(i + 1)?.Teen == true) return false;
        if (i == 0 || _tokens[i - 1].Kind == TokenKind.Punctuation || _text.LineBreakBetween(i - 1, i)) return true;
        var prev = _words[i - 1];
        if (prev is not null && (prev.Preposition && !Form(i - 1).SequenceEqual("بين") || prev.DayPart)) return true;
        if (_clitic[i] > 0) return true;
        if (prev?.NotBeforeWeekday == true || _tokens[i - 1].Kind != TokenKind.Arabic) return false;
        return _words[i]!.Weekday > 2;
    }

    /// <summary>يوم الثلاثاء (the coming one), يوم الأحد الماضي/المقبل; not يوم الأحد الدموي.</summary>
    private bool TryWeekday(int i, int j, out DateMention m)
    {
        m = new DateMention { FirstToken = i, LastToken = j, Grain = DateGrain.Day, Rule = DateRule.Weekday, Offset = _words[j]!.Weekday };
        var relation = Plain(j + 1)?.Relation ?? Relation.None;
        if (relation is Relation.Past or Relation.Next or Relation.Previous or Relation.Following)
        {
            m.Relation = relation is Relation.Past or Relation.Previous ? Relation.Past : Relation.Next;
            m.LastToken = j + 1;
            return true;
        }
        // الأربعاء قبل الماضي: the one before last.
        if (Is(j + 1, "قبل") && Plain(j + 2)?.Relation == Relation.Past)
        {
            m.Relation = Relation.Past;
            m.WeekOffset = -1;
            m.LastToken = j + 2;
            return true;
        }
        if (StartsWithArticle(j + 1)) return false;
        var tense = Tense(i);
        m.ReportedPast = tense == Relation.Past;
        // Told of as coming (سيلتقي الجمعة): the next such day, today included; named with no cue: the next one after today.
        if (tense == Relation.Next) m.Relation = Relation.Current;
        return true;
    }

    /// <summary>
    /// The tense a weekday without الماضي/المقبل is told in (<see cref="Relation.Past"/>, <see cref="Relation.Next"/>,
    /// or <see cref="Relation.None"/> when nothing tells). News reports name the day of events already happened (قال
    /// علماء الثلاثاء، وقع الجمعة). The nearest cue before it in its sentence decides: a future marker (سوف، لن، سـ + verb,
    /// ابتداءً من، المقبل) or a verb in the imperfect (يلتقي الجمعة) reads it as coming; a past word (أمس، الماضي, a
    /// common past verb of reporting) as past. Without a cue, a weekday that follows other words is read as past, and
    /// one that opens its sentence (a heading, a calendar entry) is left to the caller (the next one, as in Duckling).
    /// </summary>
    private Relation Tense(int i)
    {
        bool words = false;
        for (int t = i - 1; t >= 0 && t >= i - 8; t--)
        {
            var token = _tokens[t];
            if (_text.LineBreakBetween(t, t + 1)) break;
            if (token.Kind == TokenKind.Punctuation)
            {
                char c = _norm[token.NormStart];
                if (c is '.' or '!' or '?' or '؟' or '؛' || c == ':' && !(IsNumber(t - 1) && IsNumber(t + 1))) break;
                continue;
            }
            if (token.Kind != TokenKind.Arabic) continue;
            var form = _norm.AsSpan(token.NormStart, token.NormLength);
            if (form.Length > 3 && form[0] is Waw or Feh) form = form[1..];
            if (DateLexicon.Tense.TryGetValue(form, out bool past)) return past ? Relation.Past : Relation.Next;
            var w = _words[t];
            if (w is not null)
            {
                if (w.Relation == Relation.Past || w.Deictic == 2) return Relation.Past;
                if (w.Relation == Relation.Next || w.Deictic == 3) return Relation.Next;
                continue;
            }
            // سيلتقي، ستعلن، سنعمل: the future prefix on an imperfect verb; يلعب، يلتقي: an imperfect verb.
            if (form.Length >= 4 && form[0] == 'س' && form[1] is 'ي' or 'ت' or 'ن') return Relation.Next;
            if (LooksImperfect(form)) return Relation.Next;
            words = true;
        }
        if (words) return Relation.Past;
        // Nothing before it (وفي مساء الأحد عاد الوفد): the verb that follows, if it tells.
        for (int t = i + 1; t < _n && t <= i + 3; t++)
        {
            if (_tokens[t].Kind != TokenKind.Arabic || _text.LineBreakBetween(t - 1, t)) break;
            if (_words[t] is not null) continue;
            var form = _norm.AsSpan(_tokens[t].NormStart, _tokens[t].NormLength);
            if (form.Length > 3 && form[0] is Waw or Feh) form = form[1..];
            if (DateLexicon.Tense.TryGetValue(form, out bool past)) return past ? Relation.Past : Relation.Next;
            if (form.Length >= 4 && form[0] == 'س' && form[1] is 'ي' or 'ت' or 'ن' || LooksImperfect(form)) return Relation.Next;
            break;
        }
        return Relation.None;
    }

    /// <summary>بعد ثلاثة أيام، قبل يومين، بعد أسبوع.</summary>
    private bool TryDayOffset(int i, out DateMention m)
    {
        m = default;
        bool since = Form(i).SequenceEqual("منذ") || Form(i).SequenceEqual("من");
        // أكثر من أسبوع، من أسبوع إلى آخر: a duration or a span, not a date.
        if (Form(i).SequenceEqual("من") && (i > 0 && (IsApproximation(i - 1) || _words[i - 1]?.Preposition == true) || _clitic[i] > 0)) return false;
        int sign = Form(i).SequenceEqual("بعد") ? 1 : -1;
        int days = 0, last = i + 1;
        var next = Plain(i + 1);
        if (IsNumber(i + 1) && _number[i + 1] is >= 1 and <= 99 && Plain(i + 2)?.DayUnit == 1)
        {
            days = _number[i + 1];
            last = i + 2;
        }
        else if (next?.Count > 0 && Plain(i + 2) is { DayUnit: 1, DayUnitPlural: true })
        {
            days = next.Count;
            last = i + 2;
        }
        else if (next is { DayUnit: > 1 })
        {
            days = next.DayUnit;
        }
        if (days == 0) return false;
        if (since && (Plain(last + 1) is { Connector: true } or { Preposition: true } || HasConjunction(last + 1) && Plain(last + 1) is null && _words[last + 1]?.DayUnit > 0))
            return false;
        m = new DateMention
        {
            FirstToken = i, LastToken = last, Grain = DateGrain.Day, Rule = since ? DateRule.Deictic : DateRule.DayOffset, Offset = sign * days,
        };
        return true;
    }

    /// <summary>A bare four-digit year is a date after an event noun (ثورة 1905، الثورة الروسية الأولى 1905) or after
    /// في/منذ/حتى/بحلول when nothing counted follows it.</summary>
    /// <summary>Whether tokens <paramref name="a"/> and <paramref name="b"/> are two years joined by a connector, the second later.</summary>
    private bool IsYearPair(int a, int b)
    {
        if (!IsNumber(a) || !IsNumber(b) || _digits[b] != 4 || _number[b] <= _number[a] || _number[b] > _number[a] + 200) return false;
        for (int t = a + 1; t < b; t++)
            if (!(Plain(t)?.Connector == true || IsPunct(t, '-', '–'))) return false;
        return b > a + 1;
    }

    /// <summary>The token of the second year when a range of years starts at <paramref name="i"/>, else 0.</summary>
    private int NextYearOfRange(int i)
    {
        for (int b = i + 2; b <= i + 3 && b < _n; b++)
            if (IsYearPair(i, b)) return b;
        return 0;
    }

    private bool BareYearSupported(int i)
    {
        for (int b = i - 1; b >= 0 && b >= i - 4; b--)
        {
            if (_words[b]?.EventNoun == true) return true;
            if (!StartsWithArticle(b)) break;
        }
        // The second year of a range or a pair: 1990-1995، عامي 1990 و1995، من 1990 إلى 1995.
        if (_mentions.Count > 0 && _mentions[^1] is { Grain: DateGrain.Year, Rule: DateRule.Written, Hijri: false } before
            && before.LastToken >= i - 3 && before.LastToken < i && IsYearPair(before.LastToken, i)) return true;
        // 2010-2014: two years joined by a dash are a range.
        if (IsPunct(i + 1, '-', '–') && IsYearPair(i, i + 2)) return true;
        if (i == 0 || _words[i - 1] is not { Preposition: true }) return false;
        var form = Form(i - 1);
        bool rangeStart = form.SequenceEqual("من") || form.SequenceEqual("بين");
        if (rangeStart) return NextYearOfRange(i) > 0;
        if (form.SequenceEqual("الي") || form.SequenceEqual("مع") || form.SequenceEqual("عند")) return false;
        int k = i + 1;
        if (k >= _n || _tokens[k].Kind != TokenKind.Arabic || _text.LineBreakBetween(i, k)) return true;
        var next = _words[k];
        return next is not null && (next.Preposition || next.Connector || next.Era != 0) || HasConjunction(k)
            || (_norm[_tokens[k].NormStart] == Waw && _tokens[k].NormLength >= 3);
    }
}
