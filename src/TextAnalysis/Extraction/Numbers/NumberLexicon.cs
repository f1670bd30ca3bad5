using System.Collections.Frozen;
using TextAnalysis.Normalization;

namespace TextAnalysis.Extraction.Numbers;

/// <summary>What a number word contributes to the cardinal grammar.</summary>
internal enum WordClass : byte
{
    /// <summary>صفر.</summary>
    Zero = 1,
    /// <summary>1–10 (واحد … عشرة).</summary>
    Unit,
    /// <summary>The first word of a teen that is not a number alone (أحد، إحدى، اثنا، اثنتا).</summary>
    TeenHead,
    /// <summary>A one-word teen (colloquial حداشر، اتناشر).</summary>
    Teen,
    /// <summary>20–90.</summary>
    Ten,
    /// <summary>100–900.</summary>
    Hundred,
    /// <summary>ألف، مليون، مليار and their duals and plurals.</summary>
    Scale,
}

/// <summary>Grammatical number of a scale word: ألف / ألفان / آلاف.</summary>
internal enum GramNumber : byte
{
    Singular = 1,
    Dual,
    Plural,
}

/// <summary>A number word: its class, value and grammatical number.</summary>
internal readonly record struct NumberWord(WordClass Class, double Value, GramNumber Number = GramNumber.Singular);

/// <summary>A currency word: its lemma and default ISO code (null when it depends on the country).</summary>
internal readonly record struct CurrencyWord(string Lemma, string? DefaultCode);

/// <summary>
/// The word lists of the number extractor, written in natural Arabic and normalized once at load (search profile) so that
/// they match token forms. Lookups go through span-keyed alternate lookups.
/// </summary>
internal static class NumberLexicon
{
    private static string N(string s) => ArabicNormalizer.Search.NormalizeToString(s);

    private static FrozenDictionary<string, T> Build<T>(IEnumerable<(string Word, T Value)> items)
    {
        var d = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (w, v) in items) d.TryAdd(N(w), v);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<(string, T)> Each<T>(T value, params string[] words)
    {
        foreach (var w in words) yield return (w, value);
    }

    public static readonly FrozenDictionary<string, NumberWord> Cardinals = Build(CardinalWords());

    public static readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> CardinalLookup =
        Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static IEnumerable<(string, NumberWord)> CardinalWords()
    {
        static NumberWord U(double v) => new(WordClass.Unit, v);
        var list = new List<(string, NumberWord)>();
        list.AddRange(Each(new NumberWord(WordClass.Zero, 0), "صفر"));
        list.AddRange(Each(U(1), "واحد", "واحدة", "واحداً"));
        list.AddRange(Each(U(2), "اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين", "اتنين", "اتنان"));
        list.AddRange(Each(U(3), "ثلاث", "ثلاثة", "ثلاثاً", "تلات", "تلاتة"));
        list.AddRange(Each(U(4), "أربع", "أربعة", "أربعاً"));
        list.AddRange(Each(U(5), "خمس", "خمسة", "خمساً"));
        list.AddRange(Each(U(6), "ست", "ستة", "ستاً"));
        list.AddRange(Each(U(7), "سبع", "سبعة", "سبعاً"));
        list.AddRange(Each(U(8), "ثمان", "ثماني", "ثمانية", "ثمانياً", "تمن", "تمان", "تمانية"));
        list.AddRange(Each(U(9), "تسع", "تسعة", "تسعاً"));
        list.AddRange(Each(U(10), "عشر", "عشرة", "عشراً"));
        list.AddRange(Each(new NumberWord(WordClass.TeenHead, 1), "أحد", "إحدى", "احدى"));
        list.AddRange(Each(new NumberWord(WordClass.TeenHead, 2), "اثنا", "اثني", "اثنتا", "اثنتي", "إثنا", "إثنى", "إثنتى", "اثنى"));
        string[] teens = ["", "حداشر", "اتناشر", "تلتاشر", "اربعتاشر", "خمستاشر", "ستاشر", "سبعتاشر", "تمنتاشر", "تسعتاشر"];
        for (int i = 1; i < teens.Length; i++) list.Add((teens[i], new NumberWord(WordClass.Teen, 10 + i)));
        list.Add(("إتناشر", new NumberWord(WordClass.Teen, 12)));
        string[][] tens =
        [
            ["عشرون", "عشرين"], ["ثلاثون", "ثلاثين", "تلاتين"], ["أربعون", "أربعين"], ["خمسون", "خمسين"],
            ["ستون", "ستين"], ["سبعون", "سبعين"], ["ثمانون", "ثمانين", "تمانين"], ["تسعون", "تسعين"],
        ];
        for (int i = 0; i < tens.Length; i++) list.AddRange(Each(new NumberWord(WordClass.Ten, 20 + 10 * i), tens[i]));
        list.AddRange(Each(new NumberWord(WordClass.Hundred, 100), "مائة", "مئة", "مية", "ماية"));
        list.AddRange(Each(new NumberWord(WordClass.Hundred, 200), "مائتان", "مائتين", "مئتان", "مئتين", "مائتي", "مئتي", "متين", "ميتين"));
        string[][] hundreds =
        [
            ["ثلاثمائة", "ثلاثمئة", "تلتمية", "تلتماية", "ثلثمائة"], ["أربعمائة", "أربعمئة", "اربعمية", "ربعمية"],
            ["خمسمائة", "خمسمئة", "خمسمية"], ["ستمائة", "ستمئة", "ستمية"], ["سبعمائة", "سبعمئة", "سبعمية"],
            ["ثمانمائة", "ثمانمئة", "ثمنمائة", "تمنمية", "تمانمية"], ["تسعمائة", "تسعمئة", "تسعمية"],
        ];
        for (int i = 0; i < hundreds.Length; i++) list.AddRange(Each(new NumberWord(WordClass.Hundred, 300 + 100 * i), hundreds[i]));
        static NumberWord S(double v, GramNumber n) => new(WordClass.Scale, v, n);
        list.AddRange(Each(S(1e3, GramNumber.Singular), "ألف", "ألفاً", "ألفا"));
        list.AddRange(Each(S(1e3, GramNumber.Dual), "ألفان", "ألفين", "ألفي"));
        list.AddRange(Each(S(1e3, GramNumber.Plural), "آلاف", "آلافاً"));
        list.AddRange(Each(S(1e6, GramNumber.Singular), "مليون", "مليوناً"));
        list.AddRange(Each(S(1e6, GramNumber.Dual), "مليونان", "مليونين", "مليوني"));
        list.AddRange(Each(S(1e6, GramNumber.Plural), "ملايين"));
        list.AddRange(Each(S(1e9, GramNumber.Singular), "مليار", "ملياراً", "بليون", "بليوناً"));
        list.AddRange(Each(S(1e9, GramNumber.Dual), "ملياران", "مليارين", "ملياري", "بليونان", "بليونين"));
        list.AddRange(Each(S(1e9, GramNumber.Plural), "مليارات", "بلايين"));
        list.AddRange(Each(S(1e12, GramNumber.Singular), "تريليون", "ترليون"));
        list.AddRange(Each(S(1e12, GramNumber.Dual), "تريليونان", "تريليونين"));
        list.AddRange(Each(S(1e12, GramNumber.Plural), "تريليونات"));
        return list;
    }

    /// <summary>Egyptian colloquial forms: never with clitics or the article (وكمية is not و+ك+مية).</summary>
    public static readonly FrozenSet<string> Colloquial = new[]
    {
        "اتنين", "اتنان", "تلات", "تلاتة", "تمن", "تمان", "تمانية", "تلاتين", "تمانين", "مية", "ماية", "متين", "ميتين",
        "تلتمية", "تلتماية", "اربعمية", "ربعمية", "خمسمية", "ستمية", "سبعمية", "تمنمية", "تمانمية", "تسعمية",
        "حداشر", "اتناشر", "إتناشر", "تلتاشر", "اربعتاشر", "خمستاشر", "ستاشر", "سبعتاشر", "تمنتاشر", "تسعتاشر",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ColloquialLookup =
        Colloquial.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Colloquial forms that are also common words (متين "solid", مية "water", تمن "price"): numbers only
    /// when another number word follows.</summary>
    public static readonly FrozenSet<string> AmbiguousColloquial = new[] { "متين", "مية", "ماية", "تمن" }
        .Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousColloquialLookup =
        AmbiguousColloquial.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Ordinal words 1–10 (masculine, feminine and adverbial forms), without the article.</summary>
    public static readonly FrozenDictionary<string, double> Ordinals = Build(
        Each(1.0, "أول", "أولى", "أولاً", "حادي", "حادية")
        .Concat(Each(2.0, "ثاني", "ثان", "ثانية", "ثانياً"))
        .Concat(Each(3.0, "ثالث", "ثالثة", "ثالثاً"))
        .Concat(Each(4.0, "رابع", "رابعة", "رابعاً"))
        .Concat(Each(5.0, "خامس", "خامسة", "خامساً"))
        .Concat(Each(6.0, "سادس", "سادسة", "سادساً"))
        .Concat(Each(7.0, "سابع", "سابعة", "سابعاً"))
        .Concat(Each(8.0, "ثامن", "ثامنة", "ثامناً"))
        .Concat(Each(9.0, "تاسع", "تاسعة", "تاسعاً"))
        .Concat(Each(10.0, "عاشر", "عاشرة", "عاشراً")));

    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup =
        Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Fraction words (a part of a whole).</summary>
    public static readonly FrozenDictionary<string, double> Fractions = Build(
        Each(0.5, "نصف")
        .Concat(Each(1.0 / 3, "ثلث", "تلت"))
        .Concat(Each(2.0 / 3, "ثلثا", "ثلثي", "ثلثين"))
        .Concat(Each(0.25, "ربع"))
        .Concat(Each(0.2, "خمس"))
        .Concat(Each(1.0 / 6, "سدس"))
        .Concat(Each(1.0 / 7, "سبع"))
        .Concat(Each(1.0 / 9, "تسع"))
        .Concat(Each(0.1, "عشر")));

    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> FractionLookup =
        Fractions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Plural fraction nouns after a numeral (ثلاثة أرباع): the denominator.</summary>
    public static readonly FrozenDictionary<string, double> FractionPlurals = Build(
        Each(3.0, "أثلاث").Concat(Each(4.0, "أرباع")).Concat(Each(5.0, "أخماس")).Concat(Each(6.0, "أسداس"))
        .Concat(Each(7.0, "أسباع")).Concat(Each(10.0, "أعشار")));

    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> FractionPluralLookup =
        FractionPlurals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words in front of which an ordinal is part of a month name (ربيع الأول، كانون الثاني).</summary>
    public static readonly FrozenSet<string> MonthHeads =
        new[] { "ربيع", "جمادى", "جمادي", "كانون", "تشرين" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthHeadLookup =
        MonthHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>ISO 4217 codes recognised when written in Latin after an amount (42 KWD).</summary>
    private static readonly string[] IsoCodes =
    [
        "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "RUB", "TRY", "INR", "ILS",
        "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "YER", "JOD", "LBP", "SYP", "IQD", "EGP", "SDG", "LYD", "TND", "DZD", "MAD", "MRU", "IRR",
    ];

    /// <summary>Currency words (singular, dual, plural, accusative) with their lemma and default code.</summary>
    public static readonly FrozenDictionary<string, CurrencyWord> Currencies = Build(
        Each(new CurrencyWord("دولار", "USD"), "دولار", "دولاراً", "دولارات", "دولاران", "دولارين", "دولارا")
        .Concat(Each(new CurrencyWord("يورو", "EUR"), "يورو"))
        .Concat(Each(new CurrencyWord("ريال", null), "ريال", "ريالاً", "ريالات", "ريالان", "ريالين"))
        .Concat(Each(new CurrencyWord("جنيه", null), "جنيه", "جنيهاً", "جنيهات", "جنيهان", "جنيهين"))
        .Concat(Each(new CurrencyWord("دينار", null), "دينار", "ديناراً", "دنانير", "ديناران", "دينارين"))
        .Concat(Each(new CurrencyWord("درهم", null), "درهم", "درهماً", "دراهم", "درهمان", "درهمين"))
        .Concat(Each(new CurrencyWord("ليرة", null), "ليرة", "ليرات", "ليرتان", "ليرتين"))
        .Concat(Each(new CurrencyWord("روبل", "RUB"), "روبل", "روبلاً", "روبلات"))
        .Concat(Each(new CurrencyWord("فرنك", null), "فرنك", "فرنكاً", "فرنكات"))
        .Concat(Each(new CurrencyWord("ين", "JPY"), "ين"))
        .Concat(Each(new CurrencyWord("يوان", "CNY"), "يوان"))
        .Concat(Each(new CurrencyWord("روبية", "INR"), "روبية", "روبيات"))
        .Concat(Each(new CurrencyWord("شيكل", "ILS"), "شيكل", "شيكلاً", "شواكل"))
        .Concat(Each(new CurrencyWord("يورو", "EUR"), "أورو", "اورو"))
        .Concat(Each(new CurrencyWord("جنيه", "GBP"), "إسترليني", "استرليني", "إسترلينياً"))
        .Concat(Each(new CurrencyWord("شيكل", "ILS"), "شيقل", "شواقل"))
        .Concat(Each(new CurrencyWord("سنت", "CENT"), "سنت", "سنتات", "سينت", "سينتات", "c"))
        .Concat(IsoCodes.Select(code => (code.ToLowerInvariant(), new CurrencyWord(code, code))))
        // Abbreviations written with dots, keyed by their letters: ج.م (EGP), ر.س (SAR), د.ك (KWD), د.إ (AED).
        .Concat(new (string, CurrencyWord)[]
        {
            ("جم", new("جنيه", "EGP")), ("رس", new("ريال", "SAR")), ("دك", new("دينار", "KWD")), ("دإ", new("درهم", "AED")),
            ("رق", new("ريال", "QAR")), ("دم", new("درهم", "MAD")), ("دت", new("دينار", "TND")),
            ("دع", new("دينار", "IQD")), ("لل", new("ليرة", "LBP")), ("لس", new("ليرة", "SYP")),
        }));

    public static readonly FrozenDictionary<string, CurrencyWord>.AlternateLookup<ReadOnlySpan<char>> CurrencyLookup =
        Currencies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Country adjectives after a currency word (masculine, no article): the ISO code, or "" for a currency with none.</summary>
    public static readonly FrozenDictionary<string, string> CurrencyAdjectives = Build(new (string, string)[]
    {
        ("أمريكي", "USD"), ("أميركي", "USD"), ("كندي", "CAD"), ("أسترالي", "AUD"), ("استرالي", "AUD"), ("سنغافوري", "SGD"),
        ("سعودي", "SAR"), ("قطري", "QAR"), ("عماني", "OMR"), ("يمني", "YER"), ("إيراني", "IRR"), ("برازيلي", "BRL"),
        ("مصري", "EGP"), ("إسترليني", "GBP"), ("استرليني", "GBP"), ("سوداني", "SDG"),
        ("كويتي", "KWD"), ("أردني", "JOD"), ("تونسي", "TND"), ("جزائري", "DZD"), ("عراقي", "IQD"), ("بحريني", "BHD"), ("ليبي", "LYD"),
        ("إماراتي", "AED"), ("مغربي", "MAD"), ("لبناني", "LBP"), ("سوري", "SYP"), ("تركي", "TRY"), ("عثماني", ""),
        ("سويسري", "CHF"), ("فرنسي", "FRF"), ("أوروبي", "EUR"), ("روسي", "RUB"), ("ياباني", "JPY"), ("صيني", "CNY"), ("هندي", "INR"),
    });

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyAdjectiveLookup =
        CurrencyAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Countries and capitals (with the article as written) that settle a bare currency word: "lemma|place" → ISO code.</summary>
    public static readonly FrozenDictionary<string, string> CurrencyPlaces = Build(
        Places("دينار", "DZD", "الجزائر", "الجزائري", "الجزائرية")
        .Concat(Places("دينار", "IQD", "العراق", "بغداد", "العراقي", "العراقية"))
        .Concat(Places("دينار", "KWD", "الكويت", "الكويتي", "الكويتية"))
        .Concat(Places("دينار", "JOD", "الأردن", "الأردني", "الأردنية"))
        .Concat(Places("دينار", "TND", "تونس", "التونسي", "التونسية"))
        .Concat(Places("دينار", "BHD", "البحرين", "البحريني", "البحرينية"))
        .Concat(Places("دينار", "LYD", "ليبيا", "الليبي", "الليبية"))
        .Concat(Places("ريال", "SAR", "السعودية", "الرياض", "مكة", "جدة", "السعودي"))
        .Concat(Places("ريال", "QAR", "قطر", "الدوحة", "القطري", "القطرية"))
        .Concat(Places("ريال", "OMR", "مسقط", "العماني", "العمانية"))
        .Concat(Places("ريال", "YER", "اليمن", "صنعاء", "اليمني", "اليمنية"))
        .Concat(Places("درهم", "AED", "الإمارات", "دبي", "أبوظبي", "الإماراتي", "الإماراتية"))
        .Concat(Places("درهم", "MAD", "المغرب", "الرباط", "المغربي", "المغربية"))
        .Concat(Places("جنيه", "EGP", "مصر", "القاهرة", "المصري", "المصرية"))
        .Concat(Places("جنيه", "SDG", "السودان", "الخرطوم", "السوداني", "السودانية"))
        .Concat(Places("ليرة", "LBP", "لبنان", "بيروت", "اللبناني", "اللبنانية"))
        .Concat(Places("ليرة", "SYP", "سوريا", "سورية", "دمشق", "السوري", "السورية"))
        .Concat(Places("ليرة", "TRY", "تركيا", "أنقرة", "إسطنبول", "التركي", "التركية")));

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyPlaceLookup =
        CurrencyPlaces.GetAlternateLookup<ReadOnlySpan<char>>();

    private static IEnumerable<(string, string)> Places(string lemma, string code, params string[] places)
    {
        foreach (var p in places) yield return (lemma + "|" + p, code);
    }

    /// <summary>Currency symbols, before or after the amount.</summary>
    public static string? CurrencySymbol(char c) => c switch
    {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₽' => "RUB",
        '₺' => "TRY",
        '¢' => "CENT",
        _ => null,
    };

    /// <summary>Measurement and duration units: form → singular lemma.</summary>
    public static readonly FrozenDictionary<string, string> Units = Build(
        Each("كيلومتر", "كيلومتر", "كيلومترات", "كيلومتراً", "كم", "كلم")
        .Concat(Each("متر", "متر", "متراً", "أمتار", "مترات"))
        .Concat(Each("سنتيمتر", "سنتيمتر", "سنتيمترات", "سنتيمتراً", "سم"))
        .Concat(Each("مليمتر", "مليمتر", "مليمترات", "ملم", "مم"))
        .Concat(Each("ميل", "ميل", "ميلاً", "أميال"))
        .Concat(Each("قدم", "قدم", "أقدام"))
        .Concat(Each("كيلوغرام", "كيلوغرام", "كيلوغرامات", "كيلوجرام", "كيلوجرامات", "كغ", "كلغ", "كجم", "كيلو"))
        .Concat(Each("غرام", "غرام", "غرامات", "جرام", "جرامات", "غم"))
        .Concat(Each("طن", "طن", "طناً", "أطنان"))
        .Concat(Each("لتر", "لتر", "لترات", "ليتر", "ليترات", "لتراً"))
        .Concat(Each("برميل", "برميل", "براميل"))
        .Concat(Each("بوصة", "بوصة", "بوصات", "إنش", "إنشات"))
        .Concat(Each("هكتار", "هكتار", "هكتارات"))
        .Concat(Each("فدان", "فدان", "أفدنة", "فداناً"))
        .Concat(Each("دونم", "دونم", "دونمات", "دونماً"))
        .Concat(Each("درجة", "درجة", "درجات"))
        .Concat(Each("واط", "واط", "وات"))
        .Concat(Each("كيلوواط", "كيلوواط", "كيلووات"))
        .Concat(Each("ميغاواط", "ميغاواط", "ميغاوات", "ميجاوات", "ميجاواط"))
        .Concat(Each("غيغاواط", "غيغاواط", "غيغاوات", "جيجاوات", "جيجاواط"))
        .Concat(Each("ثانية", "ثانية", "ثوان", "ثواني", "ثوانٍ"))
        .Concat(Each("دقيقة", "دقيقة", "دقائق"))
        .Concat(Each("ساعة", "ساعة", "ساعات"))
        .Concat(Each("يوم", "يوم", "يوماً", "أيام"))
        .Concat(Each("أسبوع", "أسبوع", "أسبوعاً", "أسابيع"))
        .Concat(Each("شهر", "شهر", "شهراً", "أشهر", "شهور"))
        .Concat(Each("سنة", "سنة", "سنوات", "سنين"))
        .Concat(Each("عام", "عام", "عاماً", "أعوام"))
        .Concat(Each("عقد", "عقود"))
        .Concat(Each("قرن", "قرون")));

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after a unit that belong to it (كيلومتر مربع، درجة مئوية، غيغاواط ساعة).</summary>
    public static readonly FrozenDictionary<string, string> UnitQualifiers = Build(
        Each("مربع", "مربع", "مربعاً", "مربعة")
        .Concat(Each("مكعب", "مكعب", "مكعباً"))
        .Concat(Each("ساعة", "ساعة", "بالساعة")));

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> UnitQualifierLookup =
        UnitQualifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Units that take a qualifier of the given kind (energy units take ساعة; lengths take مربع/مكعب).</summary>
    public static bool AcceptsQualifier(string unit, string qualifier) => qualifier switch
    {
        "ساعة" => unit is "واط" or "كيلوواط" or "ميغاواط" or "غيغاواط",
        _ => unit is "كيلومتر" or "متر" or "سنتيمتر" or "مليمتر" or "ميل" or "قدم",
    };

    /// <summary>One-word percent markers (بالمئة، بالمائة) and the noun of في المئة.</summary>
    public static readonly FrozenSet<string> PercentWords =
        new[] { "بالمئة", "بالمائة", "بالمية", "بالميه" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PercentWordLookup =
        PercentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string> PercentNouns =
        new[] { "المئة", "المائة", "المية" }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PercentNounLookup =
        PercentNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that are never the counted noun of a number (particles, prepositions, pronouns).</summary>
    public static readonly FrozenSet<string> NotCountedNouns = new[]
    {
        "من", "في", "على", "إلى", "عن", "مع", "أو", "و", "ثم", "بين", "حتى", "منذ", "خلال", "قبل", "بعد", "عند", "لدى", "نحو",
        "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "اللذين", "ما", "لا", "لم", "لن", "قد", "كان", "كانت", "إن", "أن", "أنه",
        "هو", "هي", "هم", "فقط", "تقريباً", "أخرى", "آخر", "آخرين", "أخرى", "كل", "فيها", "فيه", "منها", "منه", "عليها", "عليه",
        "بينهم", "منهم", "عام", "سنة", "يوم", "آخرون", "أخريات", "فأكثر", "فقط", "تقريبا", "أيضاً", "أيضا",
        "كانوا", "يكون", "تكون", "ميلادية", "ميلادي", "هجرية", "هجري", "بتوقيت", "حسب", "بحسب", "وفق", "وفقا", "مقابل", "حوالي", "حوالى",
        "ضد", "عند", "لكل", "إذ", "حيث", "بينما",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCountedLookup =
        NotCountedNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Plural counted nouns whose singular we know (common broken plurals, and sound plurals the patterns get wrong).</summary>
    public static readonly FrozenDictionary<string, string> NounSingulars = Build(new (string, string)[]
    {
        // people
        ("أشخاص", "شخص"), ("رجال", "رجل"), ("نساء", "امرأة"), ("أطفال", "طفل"), ("أولاد", "ولد"), ("أبناء", "ابن"), ("بنات", "بنت"),
        ("إخوة", "أخ"), ("أفراد", "فرد"), ("عمال", "عامل"), ("موظفين", "موظف"), ("موظفون", "موظف"), ("طلاب", "طالب"), ("طلبة", "طالب"),
        ("تلاميذ", "تلميذ"), ("أساتذة", "أستاذ"), ("علماء", "عالم"), ("خبراء", "خبير"), ("وزراء", "وزير"), ("سفراء", "سفير"),
        ("أمراء", "أمير"), ("ملوك", "ملك"), ("قادة", "قائد"), ("ضباط", "ضابط"), ("جنود", "جندي"), ("شهداء", "شهيد"), ("قتلى", "قتيل"),
        ("جرحى", "جريح"), ("أسرى", "أسير"), ("مرضى", "مريض"), ("حجاج", "حاج"), ("زوار", "زائر"), ("رواد", "رائد"), ("سياح", "سائح"),
        ("قراء", "قارئ"), ("شعراء", "شاعر"), ("أطباء", "طبيب"), ("قضاة", "قاض"), ("أعضاء", "عضو"), ("نواب", "نائب"), ("مواطنين", "مواطن"),
        ("متطوعين", "متطوع"), ("متطوعون", "متطوع"), ("لاعبين", "لاعب"), ("لاعبون", "لاعب"), ("أجانب", "أجنبي"), ("سكان", "ساكن"),
        ("أسر", "أسرة"), ("عائلات", "عائلة"), ("لاجئين", "لاجئ"), ("لاجئون", "لاجئ"), ("فنانين", "فنان"), ("فنانون", "فنان"),
        // places and buildings
        ("دول", "دولة"), ("مدن", "مدينة"), ("قرى", "قرية"), ("بلدان", "بلد"), ("أحياء", "حي"), ("شوارع", "شارع"), ("منازل", "منزل"),
        ("بيوت", "بيت"), ("مبان", "مبنى"), ("مباني", "مبنى"), ("مدارس", "مدرسة"), ("مستشفيات", "مستشفى"), ("مساجد", "مسجد"),
        ("كنائس", "كنيسة"), ("مصانع", "مصنع"), ("مراكز", "مركز"), ("مكاتب", "مكتب"), ("محلات", "محل"), ("متاجر", "متجر"),
        ("أسواق", "سوق"), ("فنادق", "فندق"), ("غرف", "غرفة"), ("مواقع", "موقع"), ("مناطق", "منطقة"), ("محافظات", "محافظة"),
        // things
        ("سفن", "سفينة"), ("سيارات", "سيارة"), ("قطارات", "قطار"), ("صواريخ", "صاروخ"), ("أسلحة", "سلاح"), ("كتب", "كتاب"),
        ("مقالات", "مقال"), ("كلمات", "كلمة"), ("لغات", "لغة"), ("رسائل", "رسالة"), ("أفلام", "فيلم"), ("أغان", "أغنية"), ("أغاني", "أغنية"),
        ("مشاريع", "مشروع"), ("مشروعات", "مشروع"), ("بنوك", "بنك"), ("مصارف", "مصرف"), ("وظائف", "وظيفة"), ("فرص", "فرصة"), ("ورش", "ورشة"),
        ("أحداث", "حدث"), ("حوادث", "حادث"), ("حفلات", "حفل"), ("أمسيات", "أمسية"), ("مباريات", "مباراة"), ("جوائز", "جائزة"),
        ("أهداف", "هدف"), ("نقاط", "نقطة"), ("مرات", "مرة"), ("أشجار", "شجرة"), ("رؤوس", "رأس"), ("ألوان", "لون"), ("أنواع", "نوع"),
        ("أجزاء", "جزء"), ("أقسام", "قسم"), ("فصول", "فصل"), ("مراحل", "مرحلة"), ("قضايا", "قضية"), ("قوانين", "قانون"), ("بنود", "بند"),
        ("مواد", "مادة"), ("أسئلة", "سؤال"), ("أفكار", "فكرة"), ("أسباب", "سبب"), ("أحزاب", "حزب"), ("جيوش", "جيش"), ("كتائب", "كتيبة"),
        ("عناوين", "عنوان"), ("مليارات", "مليار"), ("ملايين", "مليون"), ("أجهزة", "جهاز"), ("آبار", "بئر"), ("حقول", "حقل"), ("طرق", "طريق"),
        ("جسور", "جسر"), ("أبراج", "برج"), ("ألواح", "لوح"), ("وحدات", "وحدة"), ("شركات", "شركة"), ("مؤسسات", "مؤسسة"), ("مبادرات", "مبادرة"),
    });

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NounSingularLookup =
        NounSingulars.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Second words of two-word counted nouns: modifier → the heads it goes with (normalized; empty = any head).</summary>
    public static readonly FrozenDictionary<string, string[]> Compounds = new (string Modifier, string[] Heads)[]
    {
        ("أساس", ["نقطة"]), ("مئوية", ["نقطة"]), ("عمل", ["فرصة", "ساعة", "يوم", "ورشة", "زيارة", "رحلة"]),
        ("اختراع", ["براءة"]), ("سكنية", ["وحدة"]), ("دراسية", ["منحة", "ساعة"]),
    }.ToDictionary(x => N(x.Modifier), x => x.Heads.Select(N).ToArray(), StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> CompoundLookup =
        Compounds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns that a form II verbal noun can qualify (مركز تدريب، وحدة تخزين، دورة تأهيل).</summary>
    public static readonly FrozenSet<string> CompoundHeads = new[]
    {
        "مركز", "وحدة", "دورة", "برنامج", "مصنع", "محطة", "معهد", "مدرسة", "جهاز", "خط", "منصة", "ورشة",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundHeadLookup =
        CompoundHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>People nouns that are counted in pairs (قتيل وجريح، رجل وامرأة).</summary>
    public static readonly FrozenSet<string> PairNouns = new[]
    {
        "قتيل", "جريح", "مصاب", "أسير", "مفقود", "معتقل", "رجل", "امرأة", "طفل", "طالب", "طالبة", "شيخ", "شاب", "شابة",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PairNounLookup =
        PairNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before an indefinite ثانية that make it a second of time (لمدة ثانية، كل ثانية، خلال ثانية).</summary>
    public static readonly FrozenSet<string> TimeSecondCues = new[]
    {
        "مدة", "لمدة", "كل", "خلال", "بعد", "قبل", "أقل", "أكثر", "نصف", "ربع", "جزء", "مجرد", "ظرف", "غضون", "بغضون", "بظرف", "بعد",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeSecondCueLookup =
        TimeSecondCues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Parts of the day after an hour (الـ 12 ظهراً، الـ 4 عصراً): the digits are a clock time, not a rank.</summary>
    public static readonly FrozenSet<string> PartsOfDay = new[]
    {
        "ظهراً", "ظهرا", "عصراً", "عصرا", "صباحاً", "صباحا", "مساءً", "مساء", "ليلاً", "ليلا", "فجراً", "فجرا", "ظهر", "عصر", "صباح", "ليل",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartOfDayLookup =
        PartsOfDay.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns that introduce a quoted title (فيلم «...»، رواية "...").</summary>
    public static readonly FrozenSet<string> TitleNouns = new[]
    {
        "فيلم", "مسلسل", "رواية", "كتاب", "مسرحية", "أغنية", "قصيدة", "ديوان", "برنامج", "ألبوم", "قصة", "لوحة", "مجلة", "صحيفة",
        "عرض", "مجموعة", "عنوان", "بعنوان", "شعار", "اسم", "باسم", "لعبة", "فرقة", "مسابقة",
    }.Select(N).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleNounLookup =
        TitleNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Sub-units of a currency after a whole amount (20 دولار و43 سنت): form → sub-unit lemma.</summary>
    public static readonly FrozenDictionary<string, string> Subunits = Build(
        Each("سنت", "سنت", "سنتات", "سنتاً", "سينت", "c")
        .Concat(Each("قرش", "قرش", "قروش", "قرشاً"))
        .Concat(Each("هللة", "هللة", "هللات", "هللا"))
        .Concat(Each("فلس", "فلس", "فلساً", "فلسا"))
        .Concat(Each("سنتيم", "سنتيم", "سنتيمات", "سنتيماً"))
        .Concat(Each("مليم", "مليم", "مليمات")));

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SubunitLookup =
        Subunits.GetAlternateLookup<ReadOnlySpan<char>>();

    // The endings of every word the extractor can start on (cardinals, ordinals, fractions): proclitics and the article
    // change the start of a word, never its end, so a word whose ending matches none is no number word and is passed over
    // without any dictionary lookup. Two letters through a table over the Arabic block, then three through a set.
    private static readonly bool[] Endings2 = new bool[256 * 256];
    private static readonly bool[] Words2 = new bool[256 * 256]; // the two-letter words themselves (ست)
    private static readonly FrozenSet<int> Endings3 = BuildEndings();

    private static FrozenSet<int> BuildEndings()
    {
        var three = new HashSet<int>();
        foreach (var key in Cardinals.Keys.Concat(Ordinals.Keys).Concat(Fractions.Keys))
        {
            if (key.Length < 2 || !InBlock(key[^2]) || !InBlock(key[^1])) continue;
            Endings2[Pair(key[^2], key[^1])] = true;
            if (key.Length >= 3)
            {
                if (InBlock(key[^3])) three.Add(Triple(key[^3], key[^2], key[^1]));
            }
            else
            {
                Words2[Pair(key[0], key[1])] = true;
                // a two-letter word after a clitic or the article (الست، لست)
                foreach (char c in "لوفبك") three.Add(Triple(c, key[0], key[1]));
            }
        }
        return three.ToFrozenSet();
    }

    private static bool InBlock(char c) => c is >= '\u0600' and <= '\u06FF';

    private static int Pair(char a, char b) => ((a - 0x600) << 8) | (b - 0x600);

    private static int Triple(char a, char b, char c) => ((a - 0x600) << 16) | ((b - 0x600) << 8) | (c - 0x600);

    /// <summary>False when <paramref name="form"/> cannot be a number word (its ending matches none); true when it may be.</summary>
    public static bool MayBeNumberWord(ReadOnlySpan<char> form)
    {
        if (form.Length < 2) return false;
        char b = form[^2], c = form[^1];
        if (!InBlock(b) || !InBlock(c) || !Endings2[Pair(b, c)]) return false;
        if (form.Length == 2) return Words2[Pair(b, c)];
        char a = form[^3];
        return InBlock(a) && Endings3.Contains(Triple(a, b, c));
    }
}
