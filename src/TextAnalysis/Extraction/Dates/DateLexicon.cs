using System.Collections.Frozen;
using TextAnalysis.Normalization;

namespace TextAnalysis.Extraction.Dates;

/// <summary>What a calendar noun names.</summary>
internal enum CalendarNoun : byte
{
    None = 0,
    Day,          // يوم
    Month,        // شهر
    TheWeek,      // الأسبوع
    Year,         // عام، سنة
    TheYear,      // العام، السنة
    TheMonth,     // الشهر
}

/// <summary>A relative adjective after a date word.</summary>
internal enum Relation : byte
{
    None = 0,
    Past,       // الماضي، المنصرم
    Next,       // المقبل، القادم
    Same,       // نفسه، ذاته
    Following,  // التالي، اللاحق
    Previous,   // السابق
    Current,    // الحالي، الجاري
}

/// <summary>The second word of a two-word month name (كانون الثاني، ربيع الأول، ذو الحجة).</summary>
internal enum MonthPart : byte
{
    None = 0,
    First,
    Second,
    Last,
    Qada,
    Hijja,
}

/// <summary>Everything a normalized word can mean to the date grammar. Built once, read-only afterwards.</summary>
internal sealed class DateWord
{
    public byte GregorianMonth;
    public byte HijriMonth;
    /// <summary>A month name that is also a common word or name (مارس، صفر، رمضان): needs support around it.</summary>
    public bool Weak;
    /// <summary>1 كانون, 2 تشرين.</summary>
    public byte LevantHead;
    /// <summary>1 ربيع, 2 جمادى, 3 ذو/ذي.</summary>
    public byte HijriHead;
    public MonthPart Part;
    /// <summary>Day of week + 1 (Sunday = 1).</summary>
    public byte Weekday;
    /// <summary>An ordinal 1–10 (الأول … العاشر, الحادي = 1) or a tens ordinal 20/30 (العشرين، الثلاثين).</summary>
    public byte Ordinal;
    /// <summary>The عشر of الحادي عشر.</summary>
    public bool Teen;
    /// <summary>أول، غرة before a month: the first day.</summary>
    public bool FirstDay;
    public CalendarNoun Noun;
    public bool Modifier;
    public bool Preposition;
    public bool Connector;
    /// <summary>1 Gregorian (م، ميلادي), 2 Hijri (هـ، هجري).</summary>
    public byte Era;
    public Relation Relation;
    /// <summary>1 today, 2 yesterday, 3 tomorrow, 4 the day before yesterday.</summary>
    public byte Deictic;
    public bool Century;
    public bool DecadeNoun;
    /// <summary>The tens digit of a decade word (2 for العشرينيات … 9 for التسعينيات).</summary>
    public byte Decade;
    /// <summary>A decade word with an attached pronoun (ستينياته): the century is the one just mentioned.</summary>
    public bool DecadePronoun;
    public Season Season;
    public bool EventNoun;
    public bool Demonstrative;
    /// <summary>نفس before a calendar noun (نفس العام = العام نفسه).</summary>
    public bool SameBefore;
    /// <summary>The article written apart before a number (الـ22 من يوليو).</summary>
    public bool Article;
    /// <summary>A weekday without the article, after an ordinal (ثالث ثلاثاء): weekday + 1.</summary>
    public byte WeekdayBare;
    /// <summary>An ordinal without the article before a weekday (ثالث، آخر): 1–5, or -1 for the last.</summary>
    public sbyte NthBefore;
    /// <summary>An ordinal after a weekday (الأخير، الثالثة): 1–5, or -1 for the last.</summary>
    public sbyte NthAfter;

    /// <summary>True when the word can open a date expression (and so may carry a proclitic: وفي، بنهاية، لعام).</summary>
    public bool CanOpen =>
        GregorianMonth > 0 || HijriMonth > 0 || LevantHead > 0 || HijriHead > 0 || Weekday > 0 || Ordinal > 0 || FirstDay
        || Noun != CalendarNoun.None || Modifier || Preposition || Deictic > 0 || Century || DecadeNoun || Decade > 0
        || Season != 0 || Demonstrative || SameBefore || EventNoun || Holidays is not null;
    /// <summary>A count word before أيام (ثلاثة … عشرة).</summary>
    public byte Count;
    /// <summary>1 يوم/أيام, 2 يومين, 7 أسبوع, 14 أسبوعين.</summary>
    public byte DayUnit;
    public bool DayUnitPlural;
    /// <summary>The first word of one or more holiday names (عيد، رأس، المولد، يوم، ليلة، كريسماس).</summary>
    public Holiday[]? Holidays;
    /// <summary>A relative pronoun (الذي، اللي): «اليوم الذي بعد الغد».</summary>
    public bool Relative;
    /// <summary>A word that names a weekday in another sense before it (صلاة الجمعة، سورة الجمعة).</summary>
    public bool NotBeforeWeekday;
    /// <summary>A word of comparison or approximation: «أكثر من أسبوع» is a duration, not a date.</summary>
    public bool Approximation;
    /// <summary>A part of the day before a weekday (مساء الخميس، صباح الأحد).</summary>
    public bool DayPart;
}

/// <summary>How a holiday's date is found.</summary>
internal enum HolidayKind : byte
{
    /// <summary>A fixed day of the Gregorian year.</summary>
    Gregorian = 1,
    /// <summary>A fixed day of the Hijri year.</summary>
    Hijri,
    /// <summary>Easter Sunday of the Gregorian (Western) computus.</summary>
    Easter,
}

/// <summary>A holiday name: its words after the first (normalized), and its day.</summary>
internal sealed record Holiday(string[] Rest, HolidayKind Kind, byte Month, byte Day);

/// <summary>The word lists of the date grammar, keyed by search-normalized form.</summary>
internal static class DateLexicon
{
    public static FrozenDictionary<string, DateWord> Words { get; } = Build();

    /// <summary>Words that tell the tense of a sentence around a weekday: true for past (common verbs of news
    /// reporting, in the past), false for future (سوف، لن، ابتداءً، اعتباراً).</summary>
    public static FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> Tense { get; } = BuildTense().GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, bool> BuildTense()
    {
        var d = new Dictionary<string, bool>(StringComparer.Ordinal);
        const string past = "قال قالت قالوا أعلن أعلنت أعلنوا أكد أكدت أفاد أفادت ذكر ذكرت أوضح أوضحت كشف كشفت وقع وقعت قتل قتلت قتلوا "
            + "بدأ بدأت اعتقل اعتقلت اعتقلوا أصدر أصدرت التقى التقت زار زارت وصل وصلت أقر أقرت صادق صادقت شهد شهدت جرى جرت أجرى أجرت "
            + "عقد عقدت انطلق انطلقت اندلع اندلعت أصيب أصيبت سقط سقطت استقبل استقبلت نشر نشرت نشرته بثته أجريت أقيم أقيمت تم تمت "
            + "أشار أشارت صرح صرحت نفى نفت حذر حذرت دعا دعت طالب طالبت رحب رحبت وافق وافقت رفض رفضت فاز فازت خسر خسرت تعادل سيطر سيطرت "
            + "عاد عادت غادر غادرت توفي توفيت استشهد افتتح افتتحت اختتم اختتمت شارك شاركت حضر حضرت ألقى ألقت أطلق أطلقت هاجم هاجمت";
        foreach (var word in past.Split(' ')) d[ArabicNormalizer.Search.NormalizeToString(word)] = true;
        foreach (var word in "سوف لن ابتداء ابتداءً اعتبارا اعتباراً بدءا بدءاً".Split(' ')) d[ArabicNormalizer.Search.NormalizeToString(word)] = false;
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, DateWord> Build()
    {
        var d = new Dictionary<string, DateWord>(StringComparer.Ordinal);
        DateWord W(string word)
        {
            var key = ArabicNormalizer.Search.NormalizeToString(word);
            if (!d.TryGetValue(key, out var w)) d[key] = w = new DateWord();
            return w;
        }
        void Many(string words, Action<DateWord> set)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) set(W(word));
        }

        // Gregorian months: Egypt and the Gulf, the Maghreb (Algeria, Tunisia, Morocco), the Levant and Iraq.
        string[] gregorian =
        [
            "يناير جانفي كانون_الثاني",
            "فبراير فبرایر فيفري شباط",
            "مارس آذار",
            "أبريل ابريل إبريل أفريل افريل نيسان",
            "مايو ماي أيار",
            "يونيو يونيه جوان حزيران",
            "يوليو يوليه جويلية جويليه يوليوز تموز",
            "أغسطس اغسطس أغسطوس أوت غشت آب",
            "سبتمبر ستمبر شتنبر أيلول",
            "أكتوبر اكتوبر أكتوبير تشرين_الأول",
            "نوفمبر نونبر تشرين_الثاني",
            "ديسمبر دجنبر كانون_الأول",
        ];
        for (int m = 0; m < 12; m++)
            foreach (var name in gregorian[m].Split(' '))
                if (!name.Contains('_')) W(name).GregorianMonth = (byte)(m + 1);
        Many("مارس ماي آب جوان نيسان", w => w.Weak = true);
        W("كانون").LevantHead = 1;
        W("تشرين").LevantHead = 2;

        string[] hijri = ["محرم", "صفر", "", "", "", "", "رجب", "شعبان", "رمضان", "شوال", "", ""];
        for (int m = 0; m < 12; m++)
            if (hijri[m].Length > 0)
            {
                var w = W(hijri[m]);
                w.HijriMonth = (byte)(m + 1);
                w.Weak = true;
            }
        W("ربيع").HijriHead = 1;
        Many("جمادى جمادي", w => w.HijriHead = 2);
        Many("ذو ذي ذا", w => w.HijriHead = 3);
        // With and without the article (ربيع الأول, ربيع أول as written in the Gulf).
        Many("الأول الأولى الاول الاولى أول أولى", w => w.Part = MonthPart.First);
        Many("الثاني الثانية ثاني ثانية", w => w.Part = MonthPart.Second);
        Many("الآخر الآخرة الاخر الاخرة آخر آخرة", w => w.Part = MonthPart.Last);
        W("القعدة").Part = MonthPart.Qada;
        W("الحجة").Part = MonthPart.Hijja;

        string[] weekdays = ["الأحد", "الاثنين الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
        for (int i = 0; i < 7; i++) Many(weekdays[i], w => w.Weekday = (byte)(i + 1));

        string[] ordinals = ["الأول الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
        for (int i = 0; i < 10; i++) Many(ordinals[i], w => w.Ordinal = (byte)(i + 1));
        W("العشرين").Ordinal = 20;
        W("الثلاثين").Ordinal = 30;
        W("العشرون").Ordinal = 20;
        W("الثلاثون").Ordinal = 30;
        // Higher tens: never a day, but they tell «عيد الميلاد الستين» (a birthday) from Christmas.
        string[] higherTens = ["الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين", "التسعين"];
        for (int i = 0; i < higherTens.Length; i++) W(higherTens[i]).Ordinal = (byte)(40 + 10 * i);
        Many("عشر عشرة", w => w.Teen = true);
        Many("أول غرة", w => w.FirstDay = true);

        Many("الثلاثا الثلثاء", w => w.Weekday = 3);
        W("الاربعا").Weekday = 4;

        W("يوم").Noun = CalendarNoun.Day;
        W("الأسبوع").Noun = CalendarNoun.TheWeek;
        W("شهر").Noun = CalendarNoun.Month;
        W("الشهر").Noun = CalendarNoun.TheMonth;
        Many("عام سنة", w => w.Noun = CalendarNoun.Year);
        Many("العام السنة", w => w.Noun = CalendarNoun.TheYear);
        Many("عامي سنتي", w => w.Noun = CalendarNoun.Year);

        Many("أواخر أوائل أواسط مطلع منتصف نهاية بداية مستهل موفى", w => w.Modifier = true);
        Many("في منذ حتى خلال قبل بعد قبيل بعيد بحلول من إلى بين مع عند اعتبارا ابتداء غاية لغاية", w => w.Preposition = true);
        Many("إلى حتى و - – ـ غاية لغاية", w => w.Connector = true);

        Many("م ميلادي ميلادية ميلادياً ميلاديا للميلاد", w => w.Era = 1);
        Many("ه هـ هجري هجرية للهجرة", w => w.Era = 2);

        Many("الماض الماضي الماضية المنصرم المنصرمة الفائت الفائتة المنقضي", w => w.Relation = Relation.Past);
        Many("المقبل المقبلة القادم القادمة الجاي الجاية الآتي الآتية", w => w.Relation = Relation.Next);
        Many("نفسه نفسها ذاته ذاتها", w => w.Relation = Relation.Same);
        Many("التالي التالية اللاحق اللاحقة", w => w.Relation = Relation.Following);
        Many("السابق السابقة", w => w.Relation = Relation.Previous);
        Many("الحالي الحالية الجاري الجارية", w => w.Relation = Relation.Current);

        W("اليوم").Deictic = 1;
        // Standard and colloquial (بكرة in the Levant and Egypt, امبارح in Egypt and the Levant).
        Many("أمس البارحة امبارح إمبارح مبارح", w => w.Deictic = 2);
        Many("غدا غداً غد بكرة بكرا", w => w.Deictic = 3);
        Many("الذي التي الي اللي", w => w.Relative = true);
        Many("صلاة خطبة خطب سورة خطيب مسجد جامع صلوات منبر منابر", w => w.NotBeforeWeekday = true);
        Many("صباح مساء ليلة ظهر عصر فجر ظهيرة ضحى", w => w.DayPart = true);
        Many("أكثر أقل أقرب نحو حوالي قرابة زهاء أكثر أقصى أدنى", w => w.Approximation = true);

        W("القرن").Century = true;
        W("العقد").DecadeNoun = true;
        string[] decades = ["عشرينيات", "ثلاثينيات", "أربعينيات", "خمسينيات", "ستينيات", "سبعينيات", "ثمانينيات", "تسعينيات"];
        for (int i = 0; i < decades.Length; i++)
        {
            foreach (var stem in new[] { decades[i], decades[i].Replace("ينيات", "ينات", StringComparison.Ordinal) })
            {
                byte tens = (byte)(i + 2);
                W(stem).Decade = tens;
                W("ال" + stem).Decade = tens;
                foreach (var pronoun in new[] { "ه", "ها" })
                {
                    var w = W(stem + pronoun);
                    w.Decade = tens;
                    w.DecadePronoun = true;
                }
            }
        }

        Many("ربيع الربيع", w => w.Season = Season.Spring);
        Many("صيف الصيف", w => w.Season = Season.Summer);
        Many("خريف الخريف", w => w.Season = Season.Fall);
        Many("شتاء الشتاء", w => w.Season = Season.Winter);

        // Nouns that name an event by its year (ثورة 1905، حرب 1967): a bare year after them is a date.
        foreach (var noun in "ثورة حرب أحداث انتفاضة انتخابات دستور نكبة نكسة أزمة مجزرة معركة معاهدة اتفاقية اتفاق مؤتمر مونديال كأس أولمبياد دورة رؤية خطة استراتيجية إحصاء تعداد موازنة ميزانية ثورات حروب".Split(' '))
        {
            W(noun).EventNoun = true;
            W("ال" + noun).EventNoun = true;
        }

        Many("هذا هذه ذلك تلك", w => w.Demonstrative = true);
        W("نفس").SameBefore = true;
        W("الـ").Article = true;
        string[] bareWeekdays = ["أحد", "اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت"];
        for (int i = 0; i < 7; i++) W(bareWeekdays[i]).WeekdayBare = (byte)(i + 1);
        string[] nthBefore = ["أول", "ثاني ثان", "ثالث", "رابع", "خامس"];
        for (int i = 0; i < 5; i++) Many(nthBefore[i], w => w.NthBefore = (sbyte)(i + 1));
        Many("ثلاثا", w => w.WeekdayBare = 3);
        Many("اربعا", w => w.WeekdayBare = 4);
        W("آخر").NthBefore = -1;
        string[] nthAfter = ["الأول الأولى", "الثاني الثانية", "الثالث الثالثة", "الرابع الرابعة", "الخامس الخامسة"];
        for (int i = 0; i < 5; i++) Many(nthAfter[i], w => w.NthAfter = (sbyte)(i + 1));
        Many("الأخير الأخيرة", w => w.NthAfter = -1);

        string[] counts = ["", "", "", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
        for (int i = 3; i < counts.Length; i++) W(counts[i]).Count = (byte)i;
        string[] feminine = ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"];
        for (int i = 3; i < feminine.Length; i++) W(feminine[i]).Count = (byte)i;
        W("يوما").DayUnit = 1;
        W("يوماً").DayUnit = 1;
        var days = W("أيام");
        days.DayUnit = 1;
        days.DayUnitPlural = true;
        W("يومين").DayUnit = 2;
        W("أسبوع").DayUnit = 7;
        W("أسبوعين").DayUnit = 14;

        // Holidays: the first word carries the names it opens. Hijri ones fall on a fixed Hijri day; Christmas is
        // the Western 25 December; Easter is the Western one.
        void Holiday(string name, HolidayKind kind, int month, int day)
        {
            var words = name.Split(' ');
            var rest = new string[words.Length - 1];
            for (int k = 1; k < words.Length; k++) rest[k - 1] = ArabicNormalizer.Search.NormalizeToString(words[k]);
            var head = W(words[0]);
            var holiday = new Holiday(rest, kind, (byte)month, (byte)day);
            head.Holidays = head.Holidays is null ? [holiday] : [.. head.Holidays, holiday];
        }
        foreach (var name in new[] { "عيد الفطر", "عيد الفطر المبارك", "عيد الفطر السعيد" }) Holiday(name, HolidayKind.Hijri, 10, 1);
        foreach (var name in new[] { "عيد الأضحى", "عيد الأضحى المبارك", "عيد النحر" }) Holiday(name, HolidayKind.Hijri, 12, 10);
        foreach (var name in new[] { "رأس السنة الهجرية", "رأس السنة الهجرية الجديدة" }) Holiday(name, HolidayKind.Hijri, 1, 1);
        foreach (var name in new[] { "المولد النبوي", "المولد النبوي الشريف", "ذكرى المولد النبوي", "ذكرى المولد النبوي الشريف" }) Holiday(name, HolidayKind.Hijri, 3, 12);
        foreach (var name in new[] { "يوم عرفة", "يوم عرفات", "وقفة عرفات", "وقفة عرفة" }) Holiday(name, HolidayKind.Hijri, 12, 9);
        foreach (var name in new[] { "يوم عاشوراء", "عاشوراء" }) Holiday(name, HolidayKind.Hijri, 1, 10);
        Holiday("ليلة القدر", HolidayKind.Hijri, 9, 27);
        Holiday("ذكرى الإسراء والمعراج", HolidayKind.Hijri, 7, 27);
        foreach (var name in new[] { "عيد الميلاد", "عيد الميلاد المجيد", "كريسماس", "الكريسماس", "الكريسمس", "كريسمس" }) Holiday(name, HolidayKind.Gregorian, 12, 25);
        foreach (var name in new[] { "رأس السنة الميلادية", "رأس السنة الميلادية الجديدة" }) Holiday(name, HolidayKind.Gregorian, 1, 1);
        foreach (var name in new[] { "عيد العمال", "عيد العمال العالمي", "يوم العمال", "يوم العمال العالمي" }) Holiday(name, HolidayKind.Gregorian, 5, 1);
        foreach (var name in new[] { "عيد الحب", "عيد العشاق" }) Holiday(name, HolidayKind.Gregorian, 2, 14);
        Holiday("عيد الأم", HolidayKind.Gregorian, 3, 21);
        Holiday("يوم المرأة العالمي", HolidayKind.Gregorian, 3, 8);
        foreach (var name in new[] { "عيد الفصح", "عيد الفصح المجيد", "أحد الفصح" }) Holiday(name, HolidayKind.Easter, 0, 0);
        // Longest names first, so that «عيد الفطر المبارك» is tried before «عيد الفطر».
        foreach (var w in d.Values)
            if (w.Holidays is { Length: > 1 } list) Array.Sort(list, (a, b) => b.Rest.Length.CompareTo(a.Rest.Length));

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
