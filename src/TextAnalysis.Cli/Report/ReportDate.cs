using System.Globalization;

namespace TextAnalysis.Cli.Report;

/// <summary>A date value of a record read back as a period of time: where it starts, where it ends, how to name it.</summary>
internal readonly record struct ReportDate(DateOnly Start, DateOnly End, string Grain)
{
    /// <summary>Coarse grains first, so that "1905" comes before "يناير 1905" which comes before "3 يناير 1905".</summary>
    public int GrainRank => Grain switch
    {
        "century" => 0,
        "decade" => 1,
        "year" => 2,
        "season" => 3,
        "month" => 4,
        _ => 5,
    };

    /// <summary>True for periods drawn as bands across several years.</summary>
    public bool IsBand => Grain is "century" or "decade";

    private static readonly string[] GregorianMonths =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] HijriMonths =
        ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    /// <summary>Reads a CONTRACT.md value (YYYY-MM-DD, YYYY-MM, YYYY-SP, YYYY, decade YYY, century YY) at its grain;
    /// false for a value it cannot place.</summary>
    public static bool TryParse(string? value, string grain, out ReportDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(value)) return false;
        var inv = CultureInfo.InvariantCulture;
        try
        {
            switch (grain)
            {
                case "day":
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day)) return false;
                    date = new ReportDate(day, day, grain);
                    return true;
                case "month":
                    if (!DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month)) return false;
                    date = new ReportDate(month, month.AddMonths(1).AddDays(-1), grain);
                    return true;
                case "season":
                {
                    if (value.Length != 7 || value[4] != '-' || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, inv, out int y) || y < 1) return false;
                    int first = value.AsSpan(5) switch { "SP" => 3, "SU" => 6, "FA" => 9, "WI" => 12, _ => 0 };
                    if (first == 0) return false;
                    // Winter runs from December into the next year; a winter of the last year stays in that year.
                    var start = first == 12 ? new DateOnly(y, 1, 1) : new DateOnly(y, first, 1);
                    var end = first == 12 ? new DateOnly(y, 2, 28) : start.AddMonths(3).AddDays(-1);
                    date = new ReportDate(start, end, grain);
                    return true;
                }
                case "year":
                    if (!Year(value, 4, 1, out int year)) return false;
                    date = new ReportDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), grain);
                    return true;
                case "decade":
                    if (!Year(value, 3, 10, out int decade)) return false;
                    date = new ReportDate(new DateOnly(Math.Max(1, decade), 1, 1), new DateOnly(Math.Min(9999, decade + 9), 12, 31), grain);
                    return true;
                case "century":
                    if (!Year(value, 2, 100, out int century)) return false;
                    date = new ReportDate(new DateOnly(Math.Max(1, century), 1, 1), new DateOnly(Math.Min(9999, century + 99), 12, 31), grain);
                    return true;
                default:
                    return false;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool Year(string value, int digits, int scale, out int year)
    {
        year = 0;
        if (value.Length != digits || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return false;
        year = n * scale;
        return year is >= 1 and <= 9999;
    }

    /// <summary>The ISO start of the period (data-start of a timeline item).</summary>
    public string StartIso => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The period in Arabic (22 يناير 1905، ربيع 1905، العقد 1900–1909).</summary>
    public string Label
    {
        get
        {
            var inv = CultureInfo.InvariantCulture;
            string y = Start.Year.ToString(inv);
            return Grain switch
            {
                "day" => $"{Start.Day.ToString(inv)} {GregorianMonths[Start.Month - 1]} {y}",
                "month" => $"{GregorianMonths[Start.Month - 1]} {y}",
                "season" => Start.Month switch { 3 => "ربيع", 6 => "صيف", 9 => "خريف", _ => "شتاء" } + " " + y,
                "year" => y,
                "decade" => $"العقد {y}–{End.Year.ToString(inv)}",
                "century" => $"القرن {((Start.Year / 100) + 1).ToString(inv)} ({y}–{End.Year.ToString(inv)})",
                _ => y,
            };
        }
    }

    /// <summary>The Arabic name of a grain.</summary>
    public static string GrainName(string grain) => grain switch
    {
        "day" => "يوم",
        "month" => "شهر",
        "season" => "فصل",
        "year" => "سنة",
        "decade" => "عقد",
        "century" => "قرن",
        _ => grain,
    };

    /// <summary>A Hijri value (1445-09-15, 1445-09, 1445) in Arabic: 15 رمضان 1445 هـ.</summary>
    public static string HijriLabel(string hijri)
    {
        var parts = hijri.Split('-');
        var inv = CultureInfo.InvariantCulture;
        if (parts.Length >= 2 && int.TryParse(parts[1], NumberStyles.None, inv, out int m) && m is >= 1 and <= 12)
        {
            string monthYear = $"{HijriMonths[m - 1]} {parts[0].TrimStart('0')}";
            if (parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, inv, out int d)) return $"{d.ToString(inv)} {monthYear} هـ";
            return monthYear + " هـ";
        }
        return parts[0].TrimStart('0') + " هـ";
    }
}
