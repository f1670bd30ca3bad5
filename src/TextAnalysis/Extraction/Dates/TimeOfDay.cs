using System.Collections.Frozen;
using TextAnalysis.Normalization;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Dates;

/// <summary>A part of the day that fixes a 12-hour clock reading.</summary>
internal enum DayPeriod : byte
{
    None = 0,
    Morning,    // صباحاً، فجراً، قبل الظهر
    Noon,       // ظهراً: 12 stays, 1–6 are afternoon, 11 is morning
    Afternoon,  // عصراً، مساءً، بعد الظهر
    Night,      // ليلاً: 6–11 are evening, 12 is midnight, 1–5 are early morning
}

/// <summary>
/// Times of day written with a date (الساعة العاشرة صباحاً، 10:30 مساءً، الساعة الثالثة والنصف عصراً): the clock reading on
/// the 24-hour clock, in minutes after midnight. Read after a day-grain date or just before it (الساعة 11:30 من مساء
/// الأربعاء); the date's span and value do not change.
/// </summary>
internal static class TimeOfDay
{
    private sealed record Word(byte Hour = 0, bool Teen = false, DayPeriod Period = DayPeriod.None, sbyte Minutes = 0, bool HourNoun = false, bool Except = false, bool MinuteNoun = false);

    private static readonly FrozenDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> Words = Build().GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, Word> Build()
    {
        var d = new Dictionary<string, Word>(StringComparer.Ordinal);
        void Add(string words, Word w)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[ArabicNormalizer.Search.NormalizeToString(word)] = w;
        }
        Add("الساعة ساعة", new Word(HourNoun: true));
        string[] hours =
        [
            "الواحدة واحدة", "الثانية اثنتين ثنتين", "الثالثة ثلاثة ثلاث", "الرابعة أربعة أربع", "الخامسة خمسة خمس", "السادسة ستة ست",
            "السابعة سبعة سبع", "الثامنة ثمانية ثماني ثمان", "التاسعة تسعة تسع", "العاشرة", "الحادية",
        ];
        for (int h = 0; h < hours.Length; h++) Add(hours[h], new Word(Hour: (byte)(h + 1)));
        Add("عشرة عشر", new Word(Hour: 10, Teen: true));
        Add("صباحا صباحاً صباح الصبح الصباح ص فجرا فجراً الفجر فجر", new Word(Period: DayPeriod.Morning));
        Add("ظهرا ظهراً الظهر ظهر الظهيرة", new Word(Period: DayPeriod.Noon));
        Add("عصرا عصراً العصر عصر مساء مساءً مساءا المساء م", new Word(Period: DayPeriod.Afternoon));
        Add("ليلا ليلاً الليل ليل ليلة", new Word(Period: DayPeriod.Night));
        Add("والنصف ونصف", new Word(Minutes: 30));
        Add("والربع وربع", new Word(Minutes: 15));
        Add("والثلث وثلث", new Word(Minutes: 20));
        Add("ربع ربعا ربعاً", new Word(Minutes: 15));
        Add("ثلث ثلثا ثلثاً", new Word(Minutes: 20));
        Add("إلا الا", new Word(Except: true));
        Add("دقيقة دقائق", new Word(MinuteNoun: true));
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Word? Lookup(AnalyzedText text, int i) =>
        (uint)i < (uint)text.Tokens.Count && text.Tokens[i].Kind == TokenKind.Arabic && Words.TryGetValue(text.Form(text.Tokens[i]), out var w) ? w : null;

    private static int Number(AnalyzedText text, int i, int maxDigits)
    {
        if ((uint)i >= (uint)text.Tokens.Count || text.Tokens[i].Kind != TokenKind.Number) return -1;
        var form = text.Form(text.Tokens[i]);
        if (form.Length > maxDigits || form.ContainsAnyExceptInRange('0', '9')) return -1;
        int v = 0;
        foreach (char c in form) v = v * 10 + (c - '0');
        return v;
    }

    private static bool IsColon(AnalyzedText text, int i) =>
        (uint)i < (uint)text.Tokens.Count && text.Tokens[i].Kind == TokenKind.Punctuation && text.Form(text.Tokens[i]) is [':'];

    private static bool IsWaw(AnalyzedText text, int i) =>
        (uint)i < (uint)text.Tokens.Count && text.Tokens[i].Kind == TokenKind.Arabic && text.Form(text.Tokens[i]) is ['و'];

    /// <summary>A time of day starting at token <paramref name="i"/>: الساعة + an hour (digits, H:MM, or a word), minutes
    /// (والنصف، وربع، و18 دقيقة، إلا ربعاً), and a part of the day; or H:MM alone. <paramref name="end"/> is its last token.</summary>
    public static bool TryParse(AnalyzedText text, int i, out int minutes, out int end)
    {
        minutes = 0;
        end = i;
        int p = i;
        bool noun = Lookup(text, p)?.HourNoun == true;
        if (noun) p++;
        int hour, minute = 0;
        int h = Number(text, p, 2);
        if (h >= 0 && IsColon(text, p + 1) && Number(text, p + 2, 2) is var mm and >= 0 && text.Form(text.Tokens[p + 2]).Length == 2)
        {
            if (h > 24 || mm > 59) return false;
            (hour, minute) = (h, mm);
            p += 3;
        }
        else if (noun && h is >= 0 and <= 24)
        {
            hour = h;
            p++;
        }
        else if (noun && Lookup(text, p) is { Hour: > 0, Teen: false } word)
        {
            hour = word.Hour;
            p++;
            // الحادية عشرة، الثانية عشرة
            if (Lookup(text, p) is { Teen: true } && hour <= 2)
            {
                hour += 10;
                p++;
            }
            else if (hour == 11)
            {
                return false;
            }
        }
        else
        {
            return false;
        }
        // والنصف، وربع، و18 دقيقة، و 18 دقيقة، إلا ربعاً
        if (Lookup(text, p) is { Minutes: > 0 } fraction && text.Form(text.Tokens[p])[0] == 'و')
        {
            minute += fraction.Minutes;
            p++;
        }
        else if (IsWaw(text, p) && Number(text, p + 1, 2) is var extra and >= 1 and <= 59 && Lookup(text, p + 2)?.MinuteNoun == true)
        {
            minute += extra;
            p += 3;
        }
        else if (Lookup(text, p)?.Except == true && Lookup(text, p + 1) is { Minutes: > 0 } less && text.Form(text.Tokens[p + 1])[0] != 'و')
        {
            minute -= less.Minutes;
            p += 2;
        }
        // صباحاً، مساءً، بعد الظهر، قبل الظهر؛ «من صباح/مساء» before a date.
        var period = DayPeriod.None;
        int q = p;
        if ((uint)q < (uint)text.Tokens.Count && text.Tokens[q].Kind == TokenKind.Arabic)
        {
            var form = text.Form(text.Tokens[q]);
            bool after = form.SequenceEqual("بعد"), before = form.SequenceEqual("قبل"), from = form.SequenceEqual("من");
            if ((after || before || from) && Lookup(text, q + 1) is { Period: not DayPeriod.None } following)
            {
                period = after ? DayPeriod.Afternoon : before ? DayPeriod.Morning : following.Period;
                q += 2;
            }
            else if (Lookup(text, q) is { Period: not DayPeriod.None } direct)
            {
                period = direct.Period;
                q++;
            }
        }
        if (period != DayPeriod.None) p = q;
        hour = period switch
        {
            DayPeriod.Morning => hour == 12 ? 0 : hour,
            DayPeriod.Noon => hour is >= 1 and <= 6 ? hour + 12 : hour,
            DayPeriod.Afternoon => hour is >= 1 and <= 11 ? hour + 12 : hour,
            DayPeriod.Night => hour is >= 6 and <= 11 ? hour + 12 : hour == 12 ? 0 : hour,
            _ => hour,
        };
        minutes = (hour * 60 + minute + 24 * 60) % (24 * 60);
        end = p - 1;
        return end >= i;
    }

    /// <summary>The time written with the day-grain date of tokens <paramref name="first"/>..<paramref name="last"/>:
    /// just after it (الخميس الساعة 10:30، اليوم في تمام الساعة الثالثة) or just before it (الساعة 11:30 من مساء الأربعاء).</summary>
    public static int? Near(AnalyzedText text, int first, int last, int previousEnd)
    {
        var tokens = text.Tokens;
        int p = last + 1;
        for (int skip = 0; skip < 3 && p < tokens.Count; skip++)
        {
            if (TryParse(text, p, out int minutes, out _)) return minutes;
            var form = text.Form(tokens[p]);
            bool filler = tokens[p].Kind == TokenKind.Punctuation && form is [',' or '،']
                || form.SequenceEqual("في") || form.SequenceEqual("عند") || form.SequenceEqual("تمام") || form.SequenceEqual("حوالي") || form.SequenceEqual("نحو");
            if (!filler) break;
            p++;
        }
        // Before: a time that ends right before the date, or before «من صباح/مساء» (already read as its period).
        for (int start = first - 1; start >= 0 && start > previousEnd && start >= first - 8; start--)
        {
            if (Lookup(text, start)?.HourNoun != true && !IsColon(text, start + 1)) continue;
            if (TryParse(text, start, out int minutes, out int end) && end >= first - 3 && end < first)
            {
                bool joined = end == first - 1;
                for (int t = end + 1; t < first && !joined; t++)
                {
                    var form = text.Form(tokens[t]);
                    joined = form.SequenceEqual("من") || form.SequenceEqual("يوم") || Lookup(text, t)?.Period != DayPeriod.None;
                    if (!joined) break;
                }
                if (joined) return minutes;
            }
        }
        return null;
    }
}
