namespace TextAnalysis.Extraction.Dates;

/// <summary>How the year (or the whole value) of a mention is found.</summary>
internal enum DateRule : byte
{
    /// <summary>The year is written (22 يناير 1905، عام 1905).</summary>
    Written = 1,
    /// <summary>No year: it comes from the context (a month alone, a day and a month).</summary>
    Infer,
    /// <summary>The context year plus <see cref="DateMention.Offset"/> (العام نفسه، العام التالي).</summary>
    ContextOffset,
    /// <summary>The reference year plus <see cref="DateMention.Offset"/> (العام الماضي، من العام المقبل).</summary>
    ReferenceOffset,
    /// <summary>The last such month before the reference date (مارس الماضي).</summary>
    MonthPast,
    /// <summary>The next such month after the reference date (أغسطس المقبل).</summary>
    MonthNext,
    /// <summary>The reference month plus <see cref="DateMention.Offset"/> months (الشهر الماضي، هذا الشهر).</summary>
    MonthOffset,
    /// <summary>The reference date plus <see cref="DateMention.Offset"/> days (اليوم، أمس، غداً).</summary>
    Deictic,
    /// <summary>A weekday near the reference date (يوم الثلاثاء); <see cref="DateMention.Offset"/> is the weekday + 1.</summary>
    Weekday,
    /// <summary>The last day mentioned plus <see cref="DateMention.Offset"/> days (بعد ثلاثة أيام).</summary>
    DayOffset,
    /// <summary>A century, written (القرن التاسع عشر) or relative (القرن الماضي).</summary>
    Century,
    /// <summary>A decade, with its century written, relative or from the context.</summary>
    Decade,
    /// <summary>A weekday with a day of the month and no month (السبت السادس عشر): the month of the last day or
    /// the reference date, or the one next to it where that day is that weekday; <see cref="DateMention.Offset"/> is the weekday + 1.</summary>
    WeekdayDay,
    /// <summary>A week: the reference date's (or, for التالي/السابق, the last day's) plus <see cref="DateMention.WeekOffset"/> weeks.</summary>
    Week,
}

/// <summary>
/// A date expression as parsed, before the context is applied: its span (tokens and original offsets) and what
/// the text says. Values that depend on other mentions or on the reference date are settled by <see cref="DateResolver"/>.
/// </summary>
internal struct DateMention
{
    public int FirstToken;
    public int LastToken;
    public int Start;
    public int End;
    public DateGrain Grain;
    public bool Hijri;
    /// <summary>The written year (Hijri for Hijri dates); the century's hundreds for centuries and decades, 0 when not written.</summary>
    public int Year;
    public int Month;
    public int Day;
    public Season Season;
    public DateRule Rule;
    /// <summary>A year or day offset, a weekday + 1, or a century offset (relative centuries).</summary>
    public int Offset;
    /// <summary>The tens digit of a decade.</summary>
    public int Tens;
    /// <summary>For centuries and decades: the century is relative to the reference date (القرن الماضي).</summary>
    public bool RelativeCentury;
    /// <summary>For a Hijri month: the written year is Gregorian (رمضان 2015 is the Ramadan that begins in 2015).</summary>
    public bool GregorianYear;
    /// <summary>The weekday + 1 of «the Nth weekday of the month» (ثالث ثلاثاء من أيلول، الجمعة الأخيرة من رمضان).</summary>
    public int NthWeekday;
    /// <summary>Which one of them: 1–5, or -1 for the last.</summary>
    public int Nth;
    /// <summary>The text reads as a weekday and a day of the month (الثلاثاء الثالث من أيلول); the Nth-weekday reading
    /// is taken only when that day is not that weekday.</summary>
    public bool NthIfMismatch;
    /// <summary>For a weekday: which one (the next, the last, or the nearest coming).</summary>
    public Relation Relation;
    /// <summary>For a weekday: it is in a week counted from the reference date's (الأحد من الأسبوع الماضي), weeks
    /// starting on Monday as in ISO 8601; <see cref="WeekOffset"/> is that week's distance.</summary>
    public bool InWeek;
    /// <summary>For a weekday without الماضي/المقبل: the sentence tells of it as past, so it is the last such day
    /// up to the reference date (that day included) rather than the next one.</summary>
    public bool ReportedPast;
    /// <summary>A time of day written with the date, in minutes after midnight + 1; 0 when none.</summary>
    public int TimeOfDay;
    public int WeekOffset;
    /// <summary>The mention names a holiday; its day is <see cref="Month"/>/<see cref="Day"/> of its calendar.</summary>
    public HolidayKind Holiday;
    /// <summary>The last token of the holiday's name (the year may follow it).</summary>
    public int HolidayLastToken;
    /// <summary>The last day of the month (آخر يوم من شهر عشرة، اليوم الأخير من أكتوبر).</summary>
    public bool LastDayOfMonth;
    /// <summary>The <see cref="Nth"/> (or last) whole week, Monday to Sunday, of the month.</summary>
    public bool NthWeek;
    /// <summary>«The Nth weekday after» the date the rest of the mention gives (ثالث ثلاثاء بعد كريسماس 2014):
    /// weekday + 1, and which one.</summary>
    public int AfterWeekday;
    public int AfterNth;
}
