using System.Globalization;
using TextAnalysis.Records;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Dates;

/// <summary>
/// Gives each parsed mention its value, in document order, carrying the context along: the year of the dates
/// before it, the last day, the last century, the Hijri year, and the reference date (given, or the dateline's).
/// </summary>
internal sealed class DateResolver
{
    private readonly AnalyzedText _text;
    private readonly List<DateMention> _mentions;
    private readonly DateOnly? _reference;

    // A year fixed together with a month, day or season anchors the following dates across paragraphs; a year
    // written alone (an aside: «أُعدم في عام 1907») anchors only within its own paragraph.
    private int? _fineYear;
    private int _fineEnd = -1;
    private int? _yearOnly;
    private int _yearOnlyEnd = -1;
    private int? _hijriYear;
    private DateOnly? _lastDay;
    private int? _lastCentury;

    private DateResolver(AnalyzedText text, List<DateMention> mentions, DateOnly? reference)
    {
        _text = text;
        _mentions = mentions;
        _reference = reference ?? Dateline(text, mentions);
    }

    public static List<DateRecord> Resolve(AnalyzedText text, List<DateMention> mentions, DateOnly? reference) =>
        new DateResolver(text, mentions, reference).Run();

    /// <summary>A news dateline: a full date on the first line of the text (القاهرة – الخميس 18 يوليه 2024).</summary>
    private static DateOnly? Dateline(AnalyzedText text, List<DateMention> mentions)
    {
        if (mentions.Count == 0) return null;
        var first = mentions[0];
        if (first.Rule != DateRule.Written || first.Grain != DateGrain.Day) return null;
        var original = text.Original.AsSpan();
        int lineStart = 0;
        while (lineStart < original.Length && char.IsWhiteSpace(original[lineStart])) lineStart++;
        int lineEnd = original[lineStart..].IndexOf('\n');
        lineEnd = lineEnd < 0 ? original.Length : lineStart + lineEnd;
        // A dateline is a short first line that ends with the date (a place, a weekday, the date).
        if (first.End > lineEnd || first.Start - lineStart > 40 || lineEnd - lineStart > 90) return null;
        if (original[lineEnd..].IsWhiteSpace()) return null; // the whole text is one line: no dateline
        // An equivalent may follow (25 شعبان 1445هـ الموافق 6 مارس 2024م): the line ends with its last date.
        int lastEnd = first.End;
        for (int k = 1; k < mentions.Count && mentions[k].End <= lineEnd; k++) lastEnd = mentions[k].End;
        foreach (char c in original[lastEnd..lineEnd])
            if (char.IsLetterOrDigit(c)) return null;
        if (first.Hijri)
            return new HijriDate(first.Year, first.Month, first.Day).TryToGregorian(out var g) ? g.FirstDay : null;
        return PartialDate.TryOfDay(first.Year, first.Month, first.Day, out var d) ? d.FirstDay : null;
    }

    private List<DateRecord> Run()
    {
        var records = new List<DateRecord>(_mentions.Count);
        // Coordinated dates share the month and year written on the last of them (يناير وفبراير 1905، فيفري وأفريل
        // وجوان 2021، 15 و18 أبريل): taken from the end of the chain backwards.
        var borrowedFromNext = new bool[_mentions.Count];
        for (int k = _mentions.Count - 2; k >= 0; k--)
        {
            var m = _mentions[k];
            var next = _mentions[k + 1];
            if (m.Rule != DateRule.Infer || !Coordinated(m, next)) continue;
            if (m.Month == 0) m.Month = next.Month;
            if (next.Rule is DateRule.Written or DateRule.ContextOffset or DateRule.ReferenceOffset or DateRule.MonthPast or DateRule.MonthNext
                && next.Hijri == m.Hijri)
            {
                m.Rule = next.Rule;
                m.Year = next.Year;
                m.Offset = next.Offset;
                m.GregorianYear = next.GregorianYear;
                borrowedFromNext[k] = true;
            }
            _mentions[k] = m;
        }
        bool endOfRange = false;
        for (int k = 0; k < _mentions.Count; k++)
        {
            var m = _mentions[k];
            bool startOfRange = k + 1 < _mentions.Count && RangeLink(m, _mentions[k + 1]);
            string? range = endOfRange ? "end" : startOfRange ? "start" : null;
            endOfRange = startOfRange;
            bool borrowed = borrowedFromNext[k];
            if (m.Month == 0 && m.Rule == DateRule.Infer && m.Grain is DateGrain.Day or DateGrain.Month) continue; // a bare day whose month never came

            string? hijri = null;
            int hijriYear = 0;
            bool inferred = borrowed || m.Rule != DateRule.Written && m.Rule != DateRule.Century && m.Rule != DateRule.Decade;
            PartialDate? value;
            try
            {
                value = m.Hijri ? ResolveHijri(m, out hijri, out hijriYear) : ResolveGregorian(m);
                if (m.AfterWeekday > 0 && value is { Grain: DateGrain.Day } anchorDay) value = AfterWeekday(anchorDay.FirstDay, m.AfterWeekday - 1, m.AfterNth);
            }
            catch (ArgumentOutOfRangeException)
            {
                // A day counted past the ends of the calendar (year 1 or 9999): no value.
                value = null;
            }
            if (value is null && m.Rule is DateRule.Deictic or DateRule.Weekday or DateRule.DayOffset or DateRule.MonthOffset or DateRule.WeekdayDay or DateRule.Week) continue;

            var v = value.GetValueOrDefault();
            records.Add(new DateRecord
            {
                Text = _text.Slice(m.Start, m.End),
                Start = m.Start,
                End = m.End,
                Value = value?.ToIso(),
                Grain = value is null ? m.Grain.Name() : v.GrainName,
                Calendar = m.Hijri ? "hijri" : "gregorian",
                Hijri = hijri,
                Inferred = inferred,
                Range = range,
                Time = m.TimeOfDay > 0 && value is { Grain: DateGrain.Day }
                    ? string.Create(CultureInfo.InvariantCulture, $"{(m.TimeOfDay - 1) / 60:D2}:{(m.TimeOfDay - 1) % 60:D2}") : null,
                Holiday = m.Holiday != 0 ? _text.Slice(m.Start, _text.Tokens[m.HolidayLastToken].End) : null,
            });
            Remember(m, value, borrowed, hijriYear);
        }
        return records;
    }

    private void Remember(in DateMention m, PartialDate? value, bool borrowed, int hijriYear)
    {
        if (m.Rule == DateRule.Written && !borrowed)
        {
            if (m.Hijri)
            {
                if (hijriYear > 0) _hijriYear = hijriYear;
                if (value is { Grain: DateGrain.Day } day)
                {
                    _fineYear = day.Year;
                    _fineEnd = m.End;
                }
            }
            else if (m.Grain == DateGrain.Year)
            {
                _yearOnly = m.Year;
                _yearOnlyEnd = m.End;
            }
            else
            {
                _fineYear = m.Year;
                _fineEnd = m.End;
            }
        }
        if (value is { Grain: DateGrain.Day } d) _lastDay = d.FirstDay;
        if (value is { Grain: DateGrain.Century or DateGrain.Decade } period) _lastCentury = period.Year / 100;
    }

    /// <summary>Two mentions joined by a connector (و، إلى، حتى، -) or by a و attached to the second.</summary>
    private bool Coordinated(in DateMention m, in DateMention next)
    {
        var tokens = _text.Tokens;
        if (next.FirstToken <= m.LastToken) return false;
        int between = next.FirstToken - m.LastToken - 1;
        if (between > 2) return false;
        if (between == 0)
        {
            var first = tokens[next.FirstToken];
            return next.Start > first.Start && _text.Normalized.Text[first.NormStart] == 'و';
        }
        for (int t = m.LastToken + 1; t < next.FirstToken; t++)
        {
            var form = _text.Form(tokens[t]);
            if (form.Length > 2 && form[0] is 'و' or 'ف' && DateLexicon.Lookup.TryGetValue(form[1..], out var joined) && joined.Connector) form = form[1..];
            bool connector = DateLexicon.Lookup.TryGetValue(form, out var w) && w.Connector
                || tokens[t].Kind == TokenKind.Punctuation && form.Length == 1 && form[0] is '-' or '–' or 'ـ';
            if (!connector) return false;
        }
        return true;
    }

    /// <summary>Two mentions that make a range: joined by إلى/حتى/لغاية or a dash (من 12 مايو حتى أواخر يوليو، 1914-1918),
    /// or by و after بين (بين عامي 1914 و1918، بين يومي الجمعة والثلاثاء).</summary>
    private bool RangeLink(in DateMention m, in DateMention next)
    {
        if (!Coordinated(m, next)) return false;
        var tokens = _text.Tokens;
        for (int t = m.LastToken + 1; t < next.FirstToken; t++)
        {
            var form = _text.Form(tokens[t]);
            if (!(form.Length == 1 && form[0] is 'و')) return true;
        }
        // Joined by و: a range only after بين (or بين + a plural noun: بين عامي، بين يومي).
        for (int t = m.FirstToken - 1; t >= 0 && t >= m.FirstToken - 2; t--)
        {
            var form = _text.Form(tokens[t]);
            if (form.SequenceEqual("بين")) return true;
            if (tokens[t].Kind != TokenKind.Arabic || form.StartsWith("ال", StringComparison.Ordinal)) break;
        }
        return false;
    }

    private int? ContextYear(int at, bool bare = false)
    {
        int? year;
        int anchorEnd;
        if (_yearOnly is int alone && _yearOnlyEnd > _fineEnd && !LineBreak(_yearOnlyEnd, at))
            (year, anchorEnd) = (alone, _yearOnlyEnd);
        else if (_fineYear is int fine)
            (year, anchorEnd) = (fine, _fineEnd);
        else if (_yearOnly is int only)
            (year, anchorEnd) = (only, _yearOnlyEnd);
        else
            return _reference?.Year;
        // Years after the reference date are plans («يونيو 2026»); in a later paragraph, a month without a year
        // is read against the time of writing again, not against the plan.
        return bare && _reference is DateOnly r && year > r.Year && LineBreak(anchorEnd, at) ? r.Year : year;
    }

    private bool LineBreak(int from, int to) =>
        to > from && _text.Original.AsSpan(from, to - from).IndexOfAny('\n', '\u2029') >= 0;

    private PartialDate? ResolveGregorian(in DateMention m)
    {
        int? year = m.Rule switch
        {
            DateRule.Written => m.Year,
            DateRule.Infer => ContextYear(m.Start, bare: m.Holiday == 0),
            DateRule.ContextOffset => ContextYear(m.Start) + m.Offset,
            // Relative to the time of writing: without a reference date these cannot be resolved.
            DateRule.ReferenceOffset => _reference?.Year + m.Offset,
            DateRule.MonthPast => _reference is DateOnly r ? (m.Month >= r.Month ? r.Year - 1 : r.Year) : null,
            DateRule.MonthNext => _reference is DateOnly r ? (m.Month <= r.Month ? r.Year + 1 : r.Year) : null,
            _ => null,
        };
        switch (m.Rule)
        {
            case DateRule.Deictic:
                return _reference is DateOnly today ? PartialDate.OfDay(today.AddDays(m.Offset)) : null;
            case DateRule.MonthOffset:
                if (_reference is not DateOnly month) return null;
                var shifted = month.AddMonths(m.Offset);
                if (m.NthWeekday > 0) return NthWeekday(new DateOnly(shifted.Year, shifted.Month, 1), DateTime.DaysInMonth(shifted.Year, shifted.Month), m);
                if (m.NthWeek) return NthWeek(shifted.Year, shifted.Month, m.Nth);
                if (m.Grain != DateGrain.Day) return PartialDate.OfMonth(shifted.Year, shifted.Month);
                int shiftedDay = m.LastDayOfMonth ? DateTime.DaysInMonth(shifted.Year, shifted.Month) : m.Day;
                return PartialDate.TryOfDay(shifted.Year, shifted.Month, shiftedDay, out var dayOfMonth) ? dayOfMonth : null;
            case DateRule.DayOffset:
                return (_lastDay ?? _reference) is DateOnly anchor ? PartialDate.OfDay(anchor.AddDays(m.Offset)) : null;
            case DateRule.Weekday:
                if (_reference is not DateOnly refDay) return null;
                if (m.InWeek)
                {
                    var monday = refDay.AddDays(-(((int)refDay.DayOfWeek + 6) % 7) + 7 * m.WeekOffset);
                    return PartialDate.OfDay(monday.AddDays((m.Offset - 1 + 6) % 7));
                }
                if (m.ReportedPast) return PartialDate.OfDay(refDay.AddDays(-(((int)refDay.DayOfWeek - (m.Offset - 1) + 7) % 7)));
                return PartialDate.OfDay(Weekday(refDay, m.Offset - 1, m.Relation).AddDays(7 * m.WeekOffset));
            case DateRule.Week:
                // الأسبوع الماضي/المقبل/الحالي count from the reference date; التالي/السابق from the last day told about.
                var weekAnchor = m.Relation == Relation.Following ? _lastDay ?? _reference : _reference;
                return weekAnchor is DateOnly inWeek ? PartialDate.OfWeek(inWeek.AddDays(7 * m.WeekOffset)) : null;
            case DateRule.WeekdayDay:
                return (_lastDay ?? _reference) is DateOnly around ? WeekdayDay(around, m.Day, m.Offset - 1) : null;
            case DateRule.Century:
                return CenturyOf(m) is int hundreds ? PartialDate.OfCentury(hundreds) : null;
            case DateRule.Decade:
                return DecadeOf(m) is int decade ? PartialDate.OfDecade(decade) : null;
        }
        if (year is not int y || y < 1 || y > 9999) return null;
        if (m.Holiday == HolidayKind.Easter) return y >= 1583 ? PartialDate.OfDay(Easter(y)) : null;
        if (m.NthWeek) return m.Month is >= 1 and <= 12 ? NthWeek(y, m.Month, m.Nth) : null;
        if (m.NthWeekday > 0)
        {
            if (m.NthIfMismatch && PartialDate.TryOfDay(y, m.Month, m.Day, out var written) && (int)written.FirstDay.DayOfWeek == m.NthWeekday - 1) return written;
            return NthWeekday(new DateOnly(y, m.Month, 1), DateTime.DaysInMonth(y, m.Month), m);
        }
        return m.Grain switch
        {
            DateGrain.Day => PartialDate.TryOfDay(y, m.Month, m.LastDayOfMonth && m.Month is >= 1 and <= 12 ? DateTime.DaysInMonth(y, m.Month) : m.Day, out var d) ? d : null,
            DateGrain.Month => PartialDate.OfMonth(y, m.Month),
            DateGrain.Season => PartialDate.OfSeason(y, m.Season),
            _ => PartialDate.OfYear(y),
        };
    }

    private PartialDate? ResolveHijri(in DateMention m, out string? hijri, out int hijriYear)
    {
        hijri = null;
        hijriYear = 0;
        int? context = _hijriYear;
        if (context is null && (_lastDay ?? _reference) is DateOnly anchor) context = HijriDate.FromGregorian(anchor).Year;
        HijriDate? today = _reference is DateOnly r ? HijriDate.FromGregorian(r) : null;
        // A Hijri holiday without a year, in a text that has not named a Hijri year, falls in the Gregorian year in question.
        bool holidayOfGregorianYear = m.Holiday == HolidayKind.Hijri && m.Rule == DateRule.Infer && _hijriYear is null;
        int? year = m.Rule switch
        {
            DateRule.Written => m.Year,
            DateRule.Infer when holidayOfGregorianYear => ContextYear(m.Start),
            DateRule.Infer => context,
            DateRule.ContextOffset => context + m.Offset,
            DateRule.ReferenceOffset => today?.Year + m.Offset,
            DateRule.MonthPast => today is HijriDate t ? (m.Month >= t.Month ? t.Year - 1 : t.Year) : null,
            DateRule.MonthNext => today is HijriDate t ? (m.Month <= t.Month ? t.Year + 1 : t.Year) : null,
            _ => null,
        };
        if (year is not int y || y < 1) return null;
        if (m.GregorianYear && m.Rule == DateRule.Written || holidayOfGregorianYear) y = HijriYearStartingIn(y, Math.Max(1, m.Month), Math.Max(1, m.Day));
        hijriYear = y;
        var date = m.Grain switch
        {
            DateGrain.Day => new HijriDate(y, m.Month, m.LastDayOfMonth ? HijriDate.DaysInMonth(y, m.Month) : m.Day),
            DateGrain.Month => new HijriDate(y, m.Month),
            _ => new HijriDate(y),
        };
        if (m.NthWeekday > 0 && new HijriDate(y, m.Month, 1).TryToGregorian(out var first))
        {
            if (m.NthIfMismatch && date.TryToGregorian(out var written) && (int)written.FirstDay.DayOfWeek == m.NthWeekday - 1)
            {
                hijri = date.ToIso();
                return written;
            }
            var found = NthWeekday(first.FirstDay, HijriDate.DaysInMonth(y, m.Month), m);
            if (found is PartialDate day) hijri = new HijriDate(y, m.Month, day.FirstDay.DayNumber - first.FirstDay.DayNumber + 1).ToIso();
            return found;
        }
        hijri = date.ToIso();
        return date.TryToGregorian(out var g) ? g : null;
    }

    /// <summary>The Hijri year whose day <paramref name="day"/> of month <paramref name="month"/> falls in Gregorian
    /// <paramref name="gregorianYear"/> (the first such year when two do).</summary>
    private static int HijriYearStartingIn(int gregorianYear, int month, int day = 1)
    {
        if (gregorianYear < 1 || gregorianYear > 9665) return gregorianYear;
        int guess = HijriDate.FromGregorian(new DateOnly(gregorianYear, 7, 1)).Year;
        for (int h = guess - 1; h <= guess + 1; h++)
            if (new HijriDate(h, month, day).TryToGregorian(out var g) && g.Year == gregorianYear) return h;
        return guess;
    }

    /// <summary>Western Easter Sunday of <paramref name="year"/> (Gregorian computus: the Sunday after the
    /// ecclesiastical full moon on or after 21 March).</summary>
    internal static DateOnly Easter(int year)
    {
        int golden = year % 19;
        int century = year / 100, yearOfCentury = year % 100;
        int leapSkips = century / 4, centuryRest = century % 4;
        int moonCorrection = (century + 8) / 25;
        int solarCorrection = (century - moonCorrection + 1) / 3;
        int epact = (19 * golden + century - leapSkips - solarCorrection + 15) % 30;
        int weekShift = (32 + 2 * centuryRest + 2 * (yearOfCentury / 4) - epact - yearOfCentury % 4) % 7;
        int lateCorrection = (golden + 11 * epact + 22 * weekShift) / 451;
        int monthDay = epact + weekShift - 7 * lateCorrection + 114;
        return new DateOnly(year, monthDay / 31, monthDay % 31 + 1);
    }

    /// <summary>The <paramref name="nth"/> (or, for -1, the last) week of a month that lies in it whole, Monday to Sunday.</summary>
    private static PartialDate? NthWeek(int year, int month, int nth)
    {
        var first = new DateOnly(year, month, 1);
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        DateOnly monday;
        if (nth < 0)
        {
            monday = last.AddDays(-(((int)last.DayOfWeek + 6) % 7));
            if (monday.AddDays(6) > last) monday = monday.AddDays(-7);
        }
        else
        {
            monday = first.AddDays((8 - (int)first.DayOfWeek) % 7 + 7 * (nth - 1));
        }
        return monday >= first && monday.AddDays(6) <= last ? PartialDate.OfWeek(monday) : null;
    }

    /// <summary>The <paramref name="nth"/> <paramref name="weekday"/> strictly after <paramref name="from"/>.</summary>
    private static PartialDate AfterWeekday(DateOnly from, int weekday, int nth)
    {
        int ahead = (weekday - (int)from.DayOfWeek + 7) % 7;
        if (ahead == 0) ahead = 7;
        return PartialDate.OfDay(from.AddDays(ahead + 7 * (Math.Max(1, nth) - 1)));
    }

    /// <summary>Day <paramref name="day"/> of the month of <paramref name="around"/>, or of the month after or before
    /// it when only there is that day the given weekday.</summary>
    private static PartialDate? WeekdayDay(DateOnly around, int day, int weekday)
    {
        PartialDate? fallback = null;
        foreach (int shift in (ReadOnlySpan<int>)[0, 1, -1])
        {
            var month = new DateOnly(around.Year, around.Month, 1).AddMonths(shift);
            if (!PartialDate.TryOfDay(month.Year, month.Month, day, out var candidate)) continue;
            if ((int)candidate.FirstDay.DayOfWeek == weekday) return candidate;
            if (shift == 0) fallback = candidate;
        }
        return fallback;
    }

        private int? CenturyOf(in DateMention m)
    {
        if (!m.RelativeCentury) return m.Year > 0 || m.Rule == DateRule.Century ? m.Year : null;
        int? now = _reference?.Year;
        return now is int y ? (y - 1) / 100 + m.Offset : null;
    }

    private int? DecadeOf(in DateMention m)
    {
        int? hundreds = null;
        if (m.RelativeCentury) hundreds = CenturyOf(m);
        else if (m.Year > 0) hundreds = m.Year;
        else if (_lastCentury is int last) hundreds = last;
        else if ((_reference?.Year ?? ContextYear(m.Start)) is int now)
            hundreds = now / 100 * 100 + m.Tens * 10 > now ? now / 100 - 1 : now / 100;
        return hundreds is int h ? h * 100 + m.Tens * 10 : null;
    }

    /// <summary>The Nth (or last) weekday of a month that starts on <paramref name="first"/> and has <paramref name="days"/> days.</summary>
    private static PartialDate? NthWeekday(DateOnly first, int days, in DateMention m)
    {
        int weekday = m.NthWeekday - 1;
        if (m.Nth < 0)
        {
            var last = first.AddDays(days - 1);
            return PartialDate.OfDay(last.AddDays(-(((int)last.DayOfWeek - weekday + 7) % 7)));
        }
        int offset = (weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (m.Nth - 1);
        return offset < days ? PartialDate.OfDay(first.AddDays(offset)) : null;
    }

    private static DateOnly Weekday(DateOnly reference, int weekday, Relation relation)
    {
        int current = (int)reference.DayOfWeek;
        if (relation == Relation.Past)
        {
            int back = (current - weekday + 7) % 7;
            return reference.AddDays(back == 0 ? -7 : -back);
        }
        // A weekday named alone or as «the next» is the first one after the reference date; «this» one may be today.
        int ahead = (weekday - current + 7) % 7;
        if (ahead == 0 && relation != Relation.Current) ahead = 7;
        return reference.AddDays(ahead);
    }
}
