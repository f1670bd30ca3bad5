using System.Collections.Frozen;
using TextAnalysis.Normalization;

namespace TextAnalysis.Stemming;

/// <summary>
/// Common words that begin with a letter that can also be a proclitic (و ف ب ك ل) or with ال that is not the
/// article: the stemmer never splits those letters off them (وزير is not و + زير, بحرية is not ب + حرية).
/// General vocabulary, countries and world cities, written in natural Arabic and normalized once at load.
/// </summary>
public static class StemmerLexicon
{
    private static readonly string[] Words =
    [
        // و
        "وزير", "وزراء", "وزارة", "وزارات", "وطن", "وطني", "وطنية", "أوطان", "ولاية", "ولايات", "وثيقة", "وثائق",
        "وضع", "أوضاع", "وصول", "وحدة", "وحدات", "وحيد", "واحد", "واحدة", "وفد", "وفود", "وسط", "وسيط", "وسائل",
        "وسيلة", "وكالة", "وكيل", "وكلاء", "وقت", "أوقات", "وقائع", "واقع", "واقعة", "وجود", "وجه", "وجهة", "وجوه",
        "ورقة", "أوراق", "وراء", "والد", "والدة", "والدين", "وظيفة", "وظائف", "وعد", "وعود", "وعي", "وفاة", "وفاء",
        "وقود", "وقف", "ولادة", "وادي", "وداع", "وراثة", "وسام", "وصية", "وضوح", "وكر", "ويلز", "واشنطن", "وارسو",
        "وهران", "ولنغتون", "ويلسون", "وليام", "ويليام",
        // ف
        "فرنسا", "فرنسي", "فرنسية", "فبراير", "فريق", "فرق", "فرقة", "فكرة", "أفكار", "فترة", "فترات", "فلسطين",
        "فلسطيني", "فصل", "فصول", "فلاح", "فلاحون", "فلاحين", "فقر", "فقراء", "فقير", "فندق", "فيلم", "أفلام",
        "فلسفة", "فيلسوف", "فوز", "فوضى", "فضيحة", "فعالية", "فكري", "فنان", "فنون", "فيضان", "فيدرالي", "فيدرالية",
        "فنلندا", "فيتنام", "فنزويلا", "فيينا", "فلوريدا", "فلورنسا", "فاس", "فلاديمير", "فرانكفورت", "فرانسيس",
        // ب
        "بحر", "بحار", "بحري", "بحرية", "بحيرة", "بحث", "بحوث", "بلد", "بلاد", "بلدان", "بلدة", "بلدية", "برلمان",
        "برلماني", "بريطانيا", "بريطاني", "بيان", "بيانات", "بيت", "بيوت", "بداية", "بطل", "أبطال", "بطولة", "بطولات",
        "بنك", "بنوك", "بترول", "بضاعة", "بضائع", "برنامج", "برامج", "بريد", "بعثة", "بيئة", "بلاط", "بناء", "بنت",
        "بنات", "برج", "بطاقة", "بطاقات", "بطالة", "بقية", "بقاء", "بديل", "بدائل", "بوابة", "بورصة", "بلجيكا", "بولندا", "بلغاريا", "بروسيا", "برلين", "بغداد", "بيروت", "بكين",
        "باريس", "بروكسل", "برشلونة", "بوسطن", "بومباي", "باكستان", "بنغلاديش", "بورما", "البرازيل", "بيرو",
        "بوليفيا", "بلقان", "بيلاروسيا", "بودابست", "بوخارست", "براغ", "بلغراد", "باكو", "بخارى",
        // ك
        "كتاب", "كتب", "كاتب", "كتابة", "كبير", "كبيرة", "كبار", "كلمة", "كلمات", "كنيسة", "كنائس", "كتيبة", "كتائب",
        "كمية", "كميات", "كارثة", "كوارث", "كرامة", "كفاح", "كلية", "كليات", "كهرباء", "كوريا", "كندا", "كوبا",
        "كولومبيا", "كينيا", "كرواتيا", "كمبوديا", "كازاخستان", "كييف", "كابول", "كراتشي", "كلكتا", "كوبنهاغن",
        "كاليفورنيا", "كيبيك",
        // ل
        "لجنة", "لجان", "لغة", "لغات", "ليلة", "ليالي", "لقاء", "لقب", "لحظة", "لواء", "لاعب", "لاعبين", "لوحة",
        "لبنان", "لبناني", "ليبيا", "لندن", "لشبونة", "لاتفيا", "ليتوانيا", "لوكسمبورغ", "لاوس", "لاهاي", "لاغوس",
        "ليون", "ليفربول",
        // ال that is not the article
        "ألف", "آلاف", "ألفا", "ألمانيا", "ألماني", "ألمانية", "ألبانيا", "الإسكندرية", "إلى", "الذي", "التي",
        "الذين", "اللواتي", "اللاتي", "الله",
    ];

    /// <summary>The protected words and their suffix-stripped forms, normalized with the search profile.</summary>
    public static FrozenSet<string> Protected => Holder.Set;

    /// <summary>True when <paramref name="word"/> (search-normalized) is a protected word or form.</summary>
    public static bool Contains(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and < 64 &&
        (Holder.Lengths[Pair(word)] & (1UL << word.Length)) != 0 &&
        (word.Length < 3 || HasBit(Holder.Triples, Triple(word, word.Length))) &&
        Holder.Lookup.Contains(word);

    /// <summary>False when no protected word or form starts with the first letters of <paramref name="word"/> and
    /// is at most as long: then neither it nor any suffix-stripped form of it can be protected.</summary>
    internal static bool MayContainPrefixOf(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and < 64 && (Holder.Lengths[Pair(word)] & ((2UL << word.Length) - 1)) != 0 &&
        (word.Length < 3 || HasBit(Holder.Triples, Triple(word, 0)));

    // The stemmer asks for almost every word: a table of the lengths present for each first-two-letters pair, and a
    // bit set of hashed first-three-letters (alone and with the length), turn most answers into two array reads
    // instead of a hash. Arabic letters differ in their low six bits, which keeps the pair table at 32 KB.
    private static int Pair(ReadOnlySpan<char> word) => ((word[0] & 0x3F) << 6) | (word[1] & 0x3F);

    private static int Triple(ReadOnlySpan<char> word, int length) =>
        (int)((uint)((((word[0] & 0x3F) << 12) | ((word[1] & 0x3F) << 6) | (word[2] & 0x3F)) * 31 + length) * 0x9E3779B1u >> 16);

    private static bool HasBit(ulong[] bits, int index) => (bits[index >> 6] & (1UL << index)) != 0;

    // Built on first use, not when the stemmer is merely referenced.
    private static class Holder
    {
        internal static readonly FrozenSet<string> Set = Build();
        internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();
        internal static readonly ulong[] Lengths = BuildLengths(Set);
        internal static readonly ulong[] Triples = BuildTriples(Set);
    }

    private static ulong[] BuildLengths(FrozenSet<string> set)
    {
        var lengths = new ulong[1 << 12];
        foreach (var word in set)
            if (word.Length is >= 2 and < 64) lengths[Pair(word)] |= 1UL << word.Length;
        return lengths;
    }

    private static ulong[] BuildTriples(FrozenSet<string> set)
    {
        var bits = new ulong[(1 << 16) / 64];
        foreach (var word in set)
        {
            if (word.Length is < 3 or >= 64) continue;
            foreach (int index in (ReadOnlySpan<int>)[Triple(word, 0), Triple(word, word.Length)]) bits[index >> 6] |= 1UL << index;
        }
        return bits;
    }

    private static FrozenSet<string> Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words)
        {
            var key = ArabicNormalizer.Search.NormalizeToString(word);
            set.Add(key);
            set.Add(LightStemmer.StripSuffixesOnly(key));
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
