using System.Globalization;

namespace TextAnalysis.Search;

/// <summary>The grain of an ISO 8601 partial date, from finest to coarsest.</summary>
public enum DateGrain
{
    /// <summary><c>YYYY-MM-DD</c>.</summary>
    Day,
    /// <summary><c>YYYY-MM</c>.</summary>
    Month,
    /// <summary><c>YYYY-SP|SU|FA|WI</c>: spring is March–May, summer June–August, autumn September–November,
    /// winter December of YYYY to February of the next year.</summary>
    Season,
    /// <summary><c>YYYY</c>.</summary>
    Year,
    /// <summary><c>YYY</c>: the decade YYY0–YYY9.</summary>
    Decade,
    /// <summary><c>YY</c>: the years YY00–YY99 (<c>18</c>, the nineteenth century).</summary>
    Century,
}

/// <summary>
/// The days an ISO 8601 partial date covers (the values of <c>dates[].value</c> in CONTRACT.md): <c>1905</c> covers
/// 1905-01-01 to 1905-12-31. Days are also given as <c>yyyymmdd</c> integers, the form the index stores.
/// </summary>
public readonly record struct IsoDateRange(DateGrain Grain, DateOnly First, DateOnly Last)
{
    /// <summary>All grains, finest first.</summary>
    public static IReadOnlyList<DateGrain> Grains { get; } = Enum.GetValues<DateGrain>();

    /// <summary><see cref="First"/> as <c>yyyymmdd</c>.</summary>
    public int FirstKey => Key(First);

    /// <summary><see cref="Last"/> as <c>yyyymmdd</c>.</summary>
    public int LastKey => Key(Last);

    /// <summary>The date as a <c>yyyymmdd</c> integer (1905-01-22 → 19050122): ordered like the dates.</summary>
    public static int Key(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>Parses a partial date (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, <c>YYYY-SP</c>, <c>YYY</c>,
    /// <c>YY</c>); false for anything else, including impossible days.</summary>
    public static bool TryParse(string? value, out IsoDateRange range)
    {
        range = default;
        if (value is null) return false;
        var s = value.AsSpan().Trim();
        switch (s.Length)
        {
            case 2 when Digits(s, out int century) && century >= 1:
                range = Of(DateGrain.Century, new DateOnly(century * 100, 1, 1));
                return true;
            case 2 when Digits(s, out int _):
                range = new IsoDateRange(DateGrain.Century, new DateOnly(1, 1, 1), new DateOnly(99, 12, 31));
                return true;
            case 3 when Digits(s, out int decade) && decade >= 1:
                range = Of(DateGrain.Decade, new DateOnly(decade * 10, 1, 1));
                return true;
            case 4 when Year(s, out int year):
                range = Of(DateGrain.Year, new DateOnly(year, 1, 1));
                return true;
            case 7 when s[4] == '-' && Year(s[..4], out int y) && Season(s[5..]) is int month:
                if (y == 9999 && month == 12) return false;
                range = Of(DateGrain.Season, new DateOnly(y, month, 1));
                return true;
            case 7 when s[4] == '-' && Year(s[..4], out int y) && Digits(s[5..], out int m) && m is >= 1 and <= 12:
                range = Of(DateGrain.Month, new DateOnly(y, m, 1));
                return true;
            case 10 when s[4] == '-' && s[7] == '-' && Year(s[..4], out int y)
                && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                _ = y;
                range = Of(DateGrain.Day, day);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The period of <paramref name="grain"/> that begins on <paramref name="first"/>.</summary>
    private static IsoDateRange Of(DateGrain grain, DateOnly first) => new(grain, first, grain switch
    {
        DateGrain.Day => first,
        DateGrain.Month => first.AddMonths(1).AddDays(-1),
        DateGrain.Season => first.AddMonths(3).AddDays(-1),
        DateGrain.Year => first.AddYears(1).AddDays(-1),
        DateGrain.Decade => SafeEnd(first, 10),
        _ => SafeEnd(first, 100),
    });

    private static DateOnly SafeEnd(DateOnly first, int years) =>
        first.Year + years > 9999 ? DateOnly.MaxValue : first.AddYears(years).AddDays(-1);

    /// <summary>The first day of the period of <paramref name="grain"/> that contains <paramref name="day"/>.</summary>
    public static DateOnly PeriodStart(DateGrain grain, DateOnly day) => grain switch
    {
        DateGrain.Day => day,
        DateGrain.Month => new DateOnly(day.Year, day.Month, 1),
        DateGrain.Season => day.Month switch
        {
            >= 12 => new DateOnly(day.Year, 12, 1),
            >= 9 => new DateOnly(day.Year, 9, 1),
            >= 6 => new DateOnly(day.Year, 6, 1),
            >= 3 => new DateOnly(day.Year, 3, 1),
            _ => day.Year > 1 ? new DateOnly(day.Year - 1, 12, 1) : DateOnly.MinValue,
        },
        DateGrain.Year => new DateOnly(day.Year, 1, 1),
        DateGrain.Decade => new DateOnly(Math.Max(1, day.Year - day.Year % 10), 1, 1),
        _ => new DateOnly(Math.Max(1, day.Year - day.Year % 100), 1, 1),
    };

    private static int? Season(ReadOnlySpan<char> s) => s switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        "WI" => 12,
        _ => null,
    };

    private static bool Year(ReadOnlySpan<char> s, out int year) => Digits(s, out year) && year >= 1;

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty) return false;
        foreach (char c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
