using System.Globalization;

namespace TextAnalysis.Extraction.Dates;

/// <summary>How much of a date the text fixes. Starts at 1 so that <c>default</c> is never a valid grain.</summary>
internal enum DateGrain : byte
{
    Century = 1,
    Decade,
    Year,
    Season,
    Month,
    Day,
    /// <summary>A week, Monday to Sunday (ISO 8601): the value is written YYYY-Www.</summary>
    Week,
}

/// <summary>A season of a year (TIMEX codes SP, SU, FA, WI).</summary>
internal enum Season : byte
{
    Spring = 1,
    Summer,
    Fall,
    Winter,
}

/// <summary>
/// A Gregorian date known to some grain: a day, a month of a year, a season of a year, a year, a decade or a
/// century. Decades and centuries keep the first year of the period (1980, 1800).
/// </summary>
internal readonly record struct PartialDate
{
    private PartialDate(DateGrain grain, int year, int month, int day, Season season)
    {
        Grain = grain;
        Year = year;
        Month = month;
        Day = day;
        Season = season;
    }

    public DateGrain Grain { get; }
    public int Year { get; }
    public int Month { get; }
    public int Day { get; }
    public Season Season { get; }

    public static PartialDate OfDay(DateOnly date) => new(DateGrain.Day, date.Year, date.Month, date.Day, default);
    public static PartialDate OfMonth(int year, int month) => new(DateGrain.Month, year, month, 0, default);
    /// <summary>The ISO 8601 week that holds <paramref name="day"/> (kept as its Monday).</summary>
    public static PartialDate OfWeek(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(DateGrain.Week, monday.Year, monday.Month, monday.Day, default);
    }
    public static PartialDate OfYear(int year) => new(DateGrain.Year, year, 0, 0, default);
    public static PartialDate OfSeason(int year, Season season) => new(DateGrain.Season, year, 0, 0, season);
    /// <summary>The decade that starts in <paramref name="firstYear"/> (1980 for the eighties).</summary>
    public static PartialDate OfDecade(int firstYear) => new(DateGrain.Decade, firstYear - firstYear % 10, 0, 0, default);
    /// <summary>The century whose years start with <paramref name="hundreds"/> (18 for the nineteenth century).</summary>
    public static PartialDate OfCentury(int hundreds) => new(DateGrain.Century, hundreds * 100, 0, 0, default);

    /// <summary>A day, if the month and day make one in that year.</summary>
    public static bool TryOfDay(int year, int month, int day, out PartialDate date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new PartialDate(DateGrain.Day, year, month, day, default);
        return true;
    }

    public DateOnly FirstDay => new(Math.Max(1, Year), Math.Max(1, Month), Math.Max(1, Day));

    public string GrainName => Grain.Name();

    /// <summary>The ISO 8601 partial form of CONTRACT.md; a week is its ISO week date (2013-W06).</summary>
    public string ToIso() => Grain switch
    {
        DateGrain.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DateGrain.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DateGrain.Season => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-") + Season switch
        {
            Season.Spring => "SP",
            Season.Summer => "SU",
            Season.Fall => "FA",
            _ => "WI",
        },
        DateGrain.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DateGrain.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(FirstDay.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(FirstDay.ToDateTime(TimeOnly.MinValue)):D2}"),
        DateGrain.Decade => (Year / 10).ToString("D3", CultureInfo.InvariantCulture),
        _ => (Year / 100).ToString("D2", CultureInfo.InvariantCulture),
    };

    public override string ToString() => ToIso();
}

/// <summary>A date of the Islamic calendar known to the day, the month or the year.</summary>
internal readonly record struct HijriDate
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    public HijriDate(int year, int month = 0, int day = 0)
    {
        Year = year;
        Month = month;
        Day = month == 0 ? 0 : day;
    }

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    public DateGrain Grain => Day > 0 ? DateGrain.Day : Month > 0 ? DateGrain.Month : DateGrain.Year;

    public string ToIso() => Grain switch
    {
        DateGrain.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DateGrain.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    // Um al-Qura covers AH 1318–1500 only; outside it the tabular calendar is the usual reckoning.
    private static Calendar CalendarFor(int year) =>
        year >= 1318 && year <= 1500 ? UmAlQura : Tabular;

    /// <summary>The Gregorian equivalent at the same grain: a month or a year is given by its first day's month or year.</summary>
    public bool TryToGregorian(out PartialDate date)
    {
        date = default;
        if (Year < 1 || Year > 9666 || Month < 0 || Month > 12) return false;
        var calendar = CalendarFor(Year);
        try
        {
            int month = Math.Max(1, Month);
            int day = Math.Min(Math.Max(1, Day), calendar.GetDaysInMonth(Year, month));
            if (Day > day) return false;
            var g = calendar.ToDateTime(Year, month, day, 0, 0, 0, 0);
            date = Grain switch
            {
                DateGrain.Day => PartialDate.OfDay(DateOnly.FromDateTime(g)),
                DateGrain.Month => PartialDate.OfMonth(g.Year, g.Month),
                _ => PartialDate.OfYear(g.Year),
            };
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The number of days of a Hijri month.</summary>
    public static int DaysInMonth(int year, int month)
    {
        try
        {
            return CalendarFor(year).GetDaysInMonth(year, month);
        }
        catch (ArgumentOutOfRangeException)
        {
            return 29;
        }
    }

    /// <summary>The Hijri day of a Gregorian day.</summary>
    public static HijriDate FromGregorian(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        Calendar calendar = dt >= UmAlQura.MinSupportedDateTime && dt <= UmAlQura.MaxSupportedDateTime ? UmAlQura : Tabular;
        if (dt < calendar.MinSupportedDateTime) return new HijriDate(1, 1, 1);
        return new HijriDate(calendar.GetYear(dt), calendar.GetMonth(dt), calendar.GetDayOfMonth(dt));
    }

    public override string ToString() => ToIso();
}

internal static class DateGrainNames
{
    /// <summary>The grain's name in the record (century, decade, year, season, month, week, day).</summary>
    public static string Name(this DateGrain grain) => grain switch
    {
        DateGrain.Century => "century",
        DateGrain.Decade => "decade",
        DateGrain.Year => "year",
        DateGrain.Season => "season",
        DateGrain.Month => "month",
        DateGrain.Week => "week",
        _ => "day",
    };
}
