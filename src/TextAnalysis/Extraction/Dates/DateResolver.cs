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
        for (int k = 0; k < _mentions.Count; k++)
        {
            var m = _mentions[k];
            bool borrowed = false;
            if (m.Rule == DateRule.Infer && k + 1 < _mentions.Count && Coordinated(m, _mentions[k + 1]))
            {
                var next = _mentions[k + 1];
                if (m.Month == 0) m.Month = next.Month;
                if (next.Rule is DateRule.Written or DateRule.ContextOffset or DateRule.ReferenceOffset or DateRule.MonthPast or DateRule.MonthNext
                    && next.Hijri == m.Hijri)
                {
                    m.Rule = next.Rule;
                    m.Year = next.Year;
                    m.Offset = next.Offset;
                    m.GregorianYear = next.GregorianYear;
                    borrowed = true;
                }
            }
            if (m.Month == 0 && m.Rule == DateRule.Infer && m.Grain is DateGrain.Day or DateGrain.Month) continue; // a bare day whose month never came

            string? hijri = null;
            int hijriYear = 0;
            bool inferred = borrowed || m.Rule != DateRule.Written && m.Rule != DateRule.Century && m.Rule != DateRule.Decade;
            PartialDate? value = m.Hijri ? ResolveHijri(m, out hijri, out hijriYear) : ResolveGregorian(m);
            if (value is null && m.Rule is DateRule.Deictic or DateRule.Weekday or DateRule.DayOffset or DateRule.MonthOffset) continue;

            var v = value.GetValueOrDefault();
            records.Add(new DateRecord
            {
                Text = _text.Slice(m.Start, m.End),
                Start = m.Start,
                End = m.End,
                Value = value?.ToIso(),
                Grain = value is null ? GrainName(m.Grain) : v.GrainName,
                Calendar = m.Hijri ? "hijri" : "gregorian",
                Hijri = hijri,
                Inferred = inferred,
            });
            Remember(m, value, borrowed, hijriYear);
        }
        return records;
    }

    private static string GrainName(DateGrain grain) => grain switch
    {
        DateGrain.Century => "century",
        DateGrain.Decade => "decade",
        DateGrain.Year => "year",
        DateGrain.Season => "season",
        DateGrain.Month => "month",
        _ => "day",
    };

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
            bool connector = DateLexicon.Lookup.TryGetValue(form, out var w) && w.Connector
                || tokens[t].Kind == TokenKind.Punctuation && form.Length == 1 && form[0] is '-' or '–' or 'ـ';
            if (!connector) return false;
        }
        return true;
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
            DateRule.Infer => ContextYear(m.Start, bare: true),
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
                if (m.Grain != DateGrain.Day) return PartialDate.OfMonth(shifted.Year, shifted.Month);
                return PartialDate.TryOfDay(shifted.Year, shifted.Month, m.Day, out var dayOfMonth) ? dayOfMonth : null;
            case DateRule.DayOffset:
                return (_lastDay ?? _reference) is DateOnly anchor ? PartialDate.OfDay(anchor.AddDays(m.Offset)) : null;
            case DateRule.Weekday:
                return _reference is DateOnly refDay ? PartialDate.OfDay(Weekday(refDay, m.Offset - 1, m.Relation)) : null;
            case DateRule.Century:
                return CenturyOf(m) is int hundreds ? PartialDate.OfCentury(hundreds) : null;
            case DateRule.Decade:
                return DecadeOf(m) is int decade ? PartialDate.OfDecade(decade) : null;
        }
        if (year is not int y || y < 1 || y > 9999) return null;
        if (m.NthWeekday > 0)
        {
            if (m.NthIfMismatch && PartialDate.TryOfDay(y, m.Month, m.Day, out var written) && (int)written.FirstDay.DayOfWeek == m.NthWeekday - 1) return written;
            return NthWeekday(new DateOnly(y, m.Month, 1), DateTime.DaysInMonth(y, m.Month), m);
        }
        return m.Grain switch
        {
            DateGrain.Day => PartialDate.TryOfDay(y, m.Month, m.Day, out var d) ? d : null,
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
        int? year = m.Rule switch
        {
            DateRule.Written => m.Year,
            DateRule.Infer => context,
            DateRule.ContextOffset => context + m.Offset,
            DateRule.ReferenceOffset => today?.Year + m.Offset,
            DateRule.MonthPast => today is HijriDate t ? (m.Month >= t.Month ? t.Year - 1 : t.Year) : null,
            DateRule.MonthNext => today is HijriDate t ? (m.Month <= t.Month ? t.Year + 1 : t.Year) : null,
            _ => null,
        };
        if (year is not int y || y < 1) return null;
        if (m.GregorianYear && m.Rule == DateRule.Written) y = HijriYearStartingIn(y, Math.Max(1, m.Month));
        hijriYear = y;
        var date = m.Grain switch
        {
            DateGrain.Day => new HijriDate(y, m.Month, m.Day),
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

    /// <summary>The Hijri year whose month <paramref name="month"/> begins in Gregorian <paramref name="gregorianYear"/>.</summary>
    private static int HijriYearStartingIn(int gregorianYear, int month)
    {
        int guess = HijriDate.FromGregorian(new DateOnly(gregorianYear, 7, 1)).Year;
        for (int h = guess - 1; h <= guess + 1; h++)
            if (new HijriDate(h, month, 1).TryToGregorian(out var g) && g.Year == gregorianYear) return h;
        return guess;
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
        int ahead = (weekday - current + 7) % 7;
        if (ahead == 0 && relation == Relation.Next) ahead = 7;
        return reference.AddDays(ahead);
    }
}
