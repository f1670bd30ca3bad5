using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// One text as the entity sources see it: its tokens with per-token word-class flags computed once
/// (function word, common word, name part, definite, nisba adjective), and clitic-aware lexicon lookups.
/// </summary>
internal sealed class EntityContext
{
    [Flags]
    private enum WordFlags : ushort
    {
        None = 0,
        Stop = 1,
        Common = 2,
        NamePart = 4,
        Definite = 8,
        Nisba = 16,
        Trigger = 32,
        NotName = 64,
        PlainDefinite = 128,
        Tanween = 256,
        CliticArticle = 512,
        IndefiniteNisba = 1024,
        Place = 2048,
        CliticCommon = 4096,
        NameWord = 8192,
        NotAlone = 16384,
    }

    private const string Diacritics = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640";

    private readonly WordFlags[] _flags;

    public EntityContext(AnalyzedText text, EntityLexicon lexicon)
    {
        Text = text;
        Lexicon = lexicon;
        Tokens = text.Tokens;
        Norm = text.Normalized.Text;
        _flags = new WordFlags[Tokens.Count];
        for (int i = 0; i < _flags.Length; i++)
        {
            if (Tokens[i].Kind != TokenKind.Arabic) continue;
            _flags[i] = Classify(lexicon, Form(i));
            // Tanween marks an indefinite noun or adjective (روسياً in أسطولاً روسياً): never a name.
            var surface = text.Surface(Tokens[i]);
            if (surface.IndexOfAny('\u064B', '\u064C', '\u064D') >= 0) _flags[i] |= WordFlags.Tanween;
            // A final ى (سلوى، مصطفى) normalizes to ي but is no nisba ending.
            var bare = surface.TrimEnd(Diacritics);
            if (bare.Length > 0 && bare[^1] == 'ى') _flags[i] &= ~(WordFlags.IndefiniteNisba | WordFlags.Nisba);
        }
    }

    public AnalyzedText Text { get; }

    /// <summary>True when the text is a sentence given as CoNLL tokens (tagging), false for running text (records).</summary>
    public bool ConllTokens { get; init; }

    /// <summary>The tagger's features of this text, once the model source has computed them (null before, or without a
    /// model): the recognizer asks the tagger about other sources' mentions through them.</summary>
    public NerFeatures? ModelFeatures { get; set; }
    public EntityLexicon Lexicon { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public string Norm { get; }
    public int Count => _flags.Length;

    public ReadOnlySpan<char> Form(int i) => Norm.AsSpan(Tokens[i].NormStart, Tokens[i].NormLength);

    /// <summary>All the word-class flags of token <paramref name="i"/> as one number (equal flags, equal number).</summary>
    public ushort ClassBits(int i) => (ushort)_flags[i];

    public bool IsArabic(int i) => (uint)i < (uint)_flags.Length && Tokens[i].Kind == TokenKind.Arabic;
    public bool IsStop(int i) => (_flags[i] & WordFlags.Stop) != 0;
    public bool IsCommon(int i) => (_flags[i] & WordFlags.Common) != 0;
    public bool IsNamePart(int i) => (_flags[i] & WordFlags.NamePart) != 0;
    public bool IsDefinite(int i) => (_flags[i] & WordFlags.Definite) != 0;
    public bool IsNisba(int i) => (_flags[i] & WordFlags.Nisba) != 0;
    public bool IsTrigger(int i) => (_flags[i] & WordFlags.Trigger) != 0;
    public bool IsCliticCommon(int i) => (_flags[i] & WordFlags.CliticCommon) != 0;
    public bool IsNameWord(int i) => (_flags[i] & WordFlags.NameWord) != 0;
    public bool IsPlace(int i) => (_flags[i] & WordFlags.Place) != 0;
    public bool IsNotName(int i) => (_flags[i] & WordFlags.NotName) != 0;
    public bool IsPlainDefinite(int i) => (_flags[i] & WordFlags.PlainDefinite) != 0;
    public bool HasTanween(int i) => (_flags[i] & WordFlags.Tanween) != 0;
    public bool HasCliticArticle(int i) => (_flags[i] & WordFlags.CliticArticle) != 0;
    public bool IsIndefiniteNisba(int i) => (_flags[i] & WordFlags.IndefiniteNisba) != 0;

    /// <summary>A word that may be part of a person's name: name-like, with no clitic before an article (والدوما، للائتلاف).</summary>
    public bool IsPersonPart(int i) =>
        IsNameLike(i) && (_flags[i] & (WordFlags.CliticArticle | WordFlags.CliticCommon)) == 0 && !Form(i).EndsWith("وا") &&
        ((_flags[i] & WordFlags.Place) == 0 || IsNamePart(i));

    /// <summary>A word with no clitic before its article, or with only و or the ل of لل (الوطني، للتعبئة، والإحصاء): the words
    /// that continue an organization's name. بالبنك starts something else.</summary>
    public bool ContinuesName(int i)
    {
        var w = Form(i);
        if ((_flags[i] & WordFlags.CliticArticle) == 0) return true;
        return w.StartsWith("لل") || w.StartsWith("وال") || w.StartsWith("ولل");
    }

    /// <summary>The word after <paramref name="k"/> on the same line, directly or across one dash (إيفانوفو ـ فوزنسنسك); -1 if none.</summary>
    public int After(int k)
    {
        int n = k + 1;
        if (!Joined(k, n)) return -1;
        if (Tokens[n].Kind == TokenKind.Punctuation && Text.Original[Tokens[n].Start] is 'ـ' or '-' or '–')
            return Joined(n, n + 1) && IsArabic(n + 1) ? n + 1 : -1;
        return n;
    }

    /// <summary>An Arabic word that may be part of a name: not a function word, a trigger, or a common word (unless known as a name part).</summary>
    public bool IsNameLike(int i) =>
        IsArabic(i) && (_flags[i] & (WordFlags.Stop | WordFlags.Trigger | WordFlags.NotName | WordFlags.Tanween)) == 0 &&
        ((_flags[i] & WordFlags.Common) == 0 || IsNamePart(i));

    /// <summary>True when token <paramref name="i"/> ends a person's name before it: a word of the not-alone list (an
    /// office, an honorific, a blessing: محمد بن نايف | ولي العهد، عمر | رضي الله عنه), but الله, which goes on inside
    /// names (عبد الله، جار الله).</summary>
    public bool EndsName(int i) => IsNotAlone(i) && Form(i) is not "الله";

    /// <summary>True when token <paramref name="i"/> is a month or a currency of the not-names list, as written or without
    /// its clitics.</summary>
    public bool IsMonthOrCurrency(int i) => IsNotName(i) || Lookup(i, Lexicon.NotNames, out _);

    /// <summary>True when token <paramref name="i"/>, as written or without its clitics, is in the not-alone list.</summary>
    public bool IsNotAlone(int i) => (_flags[i] & WordFlags.NotAlone) != 0;

    /// <summary>True when token <paramref name="i"/>, as written or without its clitics, is the sound plural of a common
    /// word of four letters or more (مراقبون، الباحثين → مراقب، الباحث; وغارات → غارة): a group of people or things, never
    /// one person's name. Known name parts and listed name words are not (بركات، السعدون).</summary>
    public bool IsPluralNoun(int i) => AnyReading(i, static (lexicon, key) =>
    {
        // The singular has at least four letters without its article (مراقب، الباحث، غارة): الفنون is فن's broken plural,
        // not a sound one.
        int article = key.StartsWith("ال", StringComparison.Ordinal) ? 2 : 0;
        if (key.Length - article < 6 && !(key.Length - article == 5 && key.EndsWith("ات", StringComparison.Ordinal))) return false;
        var tail = key[^2..];
        if (tail is "ون" or "ين") return (lexicon.ClassOf(key[..^2]) & WordClass.Common) != 0;
        if (tail is not "ات") return false;
        // غارات → غارة (normalized: غاره).
        Span<char> singular = stackalloc char[CliticForms.MaxWord + 2];
        key[..^2].CopyTo(singular);
        singular[key.Length - 2] = 'ه';
        return (lexicon.ClassOf(singular[..(key.Length - 1)]) & WordClass.Common) != 0;
    });

    // A test of one lookup key of a word (as written, or a reading without its clitics).
    private delegate bool ReadingTest(EntityLexicon lexicon, ReadOnlySpan<char> key);

    // True when a reading of token i passes the test; never for a known name part or a listed name word.
    private bool AnyReading(int i, ReadingTest test) =>
        !IsNamePart(i) && !IsNameWord(i) && FirstReading(i, new Delegated(test)) >= 0;

    private interface IReadingTest
    {
        bool Test(EntityLexicon lexicon, ReadOnlySpan<char> key);
    }

    private readonly struct Delegated(ReadingTest test) : IReadingTest
    {
        public bool Test(EntityLexicon lexicon, ReadOnlySpan<char> key) => test(lexicon, key);
    }

    private readonly struct InSet(WordSet set) : IReadingTest
    {
        public bool Test(EntityLexicon lexicon, ReadOnlySpan<char> key) => set.Contains(key);
    }

    // The code of the first reading of Arabic token i (as written, then without its clitics) that passes the test, or
    // -1. A struct test keeps the hot lookups free of delegate calls.
    private int FirstReading<T>(int i, T test) where T : struct, IReadingTest
    {
        if (!IsArabic(i)) return -1;
        var word = Form(i);
        if (word.Length > CliticForms.MaxWord) return -1;
        Span<int> codes = stackalloc int[CliticForms.MaxReadings];
        Span<char> buffer = stackalloc char[CliticForms.MaxWord + 2];
        int n = CliticForms.Readings(word, codes);
        for (int r = 0; r < n; r++)
        {
            if (test.Test(Lexicon, CliticForms.Key(word, codes[r], buffer))) return codes[r];
        }
        return -1;
    }

    /// <summary>True when token <paramref name="i"/> is a common word of three letters or more with the alif of the
    /// accusative written and its tanween mark left out (ضاحكا، برنامجا، متضامنا): an adverb or an object, no part of a
    /// name. Known name parts and listed name words are not (ثريا).</summary>
    public bool IsAccusativeCommon(int i)
    {
        if (!IsArabic(i) || IsNamePart(i) || IsNameWord(i)) return false;
        // No article (tanween never follows it: العقلا is a family name) and no و before (وليسا begins another name).
        var word = Form(i);
        return word.Length >= 4 && word[^1] == 'ا' && word[0] != 'و' && !word.StartsWith("ال", StringComparison.Ordinal) &&
               (Lexicon.ClassOf(word[..^1]) & WordClass.Common) != 0;
    }

    /// <summary>True when token <paramref name="i"/>, as written or without its clitics, is a common word of three letters
    /// or more with a pronoun suffix (قيدهما، مواقعهم، بلادنا، and دعمه where the ه is written as such, not as a ة): a word no
    /// name is made of. Known name parts and listed name words are not.</summary>
    public bool HasPronounSuffix(int i)
    {
        if (!IsArabic(i)) return false;
        // A final ه as written (not a ة, which normalizes to it) is the pronoun "his" (دعمه، شكره، ونائبه).
        var surface = Text.Surface(Tokens[i]).TrimEnd(Diacritics);
        return surface.Length > 0 && surface[^1] == 'ه'
            ? AnyReading(i, static (lexicon, key) => (key.Length >= 4 && (lexicon.ClassOf(key[..^1]) & WordClass.Common) != 0) || Suffixed(lexicon, key))
            : AnyReading(i, Suffixed);
    }

    private static bool Suffixed(EntityLexicon lexicon, ReadOnlySpan<char> key)
    {
        foreach (var suffix in PronounSuffixes)
        {
            if (key.Length - suffix.Length >= 3 && key.EndsWith(suffix, StringComparison.Ordinal) &&
                (lexicon.ClassOf(key[..^suffix.Length]) & WordClass.Common) != 0)
                return true;
        }
        return false;
    }

    private static readonly string[] PronounSuffixes = ["هما", "كما", "ها", "هم", "هن", "نا", "كم"];

    // The sports words of the text, counted on first request (-1 before).
    private int _sportsWords = -1;

    /// <summary>True when the text holds at least <paramref name="least"/> words of sports reports (with or without their
    /// clitics).</summary>
    public bool IsAboutSports(int least)
    {
        if (_sportsWords < 0)
        {
            int n = 0;
            for (int i = 0; i < _flags.Length; i++)
                if (IsArabic(i) && Lookup(i, Lexicon.SportsWords, out _)) n++;
            _sportsWords = n;
        }
        return _sportsWords >= least;
    }

    /// <summary>True when token <paramref name="b"/> directly continues token <paramref name="a"/> = b - 1 on the same line.</summary>
    public bool Joined(int a, int b) => b == a + 1 && (uint)b < (uint)_flags.Length && !Text.LineBreakBetween(a, b);

    /// <summary>Looks token <paramref name="i"/> up in <paramref name="set"/> as written and without its clitics;
    /// <paramref name="strip"/> is the number of clitic letters left out.</summary>
    public bool Lookup(int i, WordSet set, out int strip)
    {
        int code = FirstReading(i, new InSet(set));
        strip = code < 0 ? 0 : CliticForms.Stripped(code);
        return code >= 0;
    }

    /// <summary>The original start of token <paramref name="i"/> after <paramref name="strip"/> clitic letters.</summary>
    public int StartAfter(int i, int strip) => strip == 0 ? Tokens[i].Start : Text.OriginalStartOf(Tokens[i].NormStart + strip);

    /// <summary>Letters before the article that a span leaves out (والبنك → 1, بالولايات → 1, للأمم → 1).</summary>
    public int ArticleClitics(int i) => IsArabic(i) ? Clitics.Split(Form(i)).Detachable : 0;

    // The gazetteer's longest phrase at each token, matched on first request: length | label << 16 | strip << 24,
    // -1 before it is known.
    private int[]? _gazetteer;

    /// <summary><see cref="GazetteerSource.Match"/> over the lexicon's gazetteer at token <paramref name="i"/>,
    /// remembered for the text.</summary>
    public int GazetteerMatch(int i, out EntityLabel label, out int strip)
    {
        if (_gazetteer is null)
        {
            _gazetteer = new int[_flags.Length];
            Array.Fill(_gazetteer, -1);
        }
        int known = _gazetteer[i];
        if (known < 0)
        {
            int length = GazetteerSource.MatchAt(this, Lexicon.Gazetteer, i, out label, out strip);
            _gazetteer[i] = length | (int)label << 16 | strip << 24;
            return length;
        }
        label = (EntityLabel)((known >> 16) & 0xFF);
        strip = known >> 24;
        return known & 0xFFFF;
    }

    public Mention Make(int first, int last, int strip, EntityLabel label, int priority) =>
        new(first, last, StartAfter(first, strip), Tokens[last].End, label, priority, strip);

    // One look-up of the lexicon's word classes per reading of the word (as written, without its clitics).
    private static WordFlags Classify(EntityLexicon lex, ReadOnlySpan<char> word)
    {
        var flags = WordFlags.None;
        var written = lex.ClassOf(word);
        if ((written & WordClass.Stop) != 0 ||
            (word.Length >= 3 && word.Length <= 5 && word[0] is 'و' or 'ف' && (lex.ClassOf(word[1..]) & WordClass.Stop) != 0))
            flags |= WordFlags.Stop;
        if ((written & WordClass.NotName) != 0) flags |= WordFlags.NotName;
        if (word.Length >= 4 && word[0] == 'ا' && word[1] == 'ل') flags |= WordFlags.PlainDefinite;
        else if (word.Length >= 4 && (word[^1] == 'ي' || (word[^1] == 'ه' && word[^2] == 'ي'))) flags |= WordFlags.IndefiniteNisba;
        if (word.Length > CliticForms.MaxWord) return flags;
        if (Clitics.Split(word).Detachable > 0) flags |= WordFlags.CliticArticle;
        Span<int> codes = stackalloc int[CliticForms.MaxReadings];
        Span<char> buffer = stackalloc char[CliticForms.MaxWord + 2];
        int n = CliticForms.Readings(word, codes);
        for (int r = 0; r < n; r++)
        {
            var key = CliticForms.Key(word, codes[r], buffer);
            // Reading 0 is the word as written, already looked up.
            var classes = r == 0 ? written : lex.ClassOf(key);
            if ((classes & WordClass.Common) != 0) flags |= r == 0 ? WordFlags.Common : WordFlags.Common | WordFlags.CliticCommon;
            if (r == 0 && (classes & WordClass.NameToken) != 0) flags |= WordFlags.NamePart;
            if ((classes & WordClass.NameWord) != 0) flags |= WordFlags.NameWord;
            if ((classes & WordClass.Place) != 0) flags |= WordFlags.Place;
            if ((classes & WordClass.Trigger) != 0) flags |= WordFlags.Trigger;
            if ((classes & WordClass.NotAlone) != 0) flags |= WordFlags.NotAlone;
            if (key.Length >= 4 && key[0] == 'ا' && key[1] == 'ل')
            {
                flags |= WordFlags.Definite;
                if (key.Length >= 5 && (key[^1] == 'ي' || (key[^1] == 'ه' && key[^2] == 'ي'))) flags |= WordFlags.Nisba;
            }
        }
        if ((flags & WordFlags.CliticCommon) != 0 && (written & WordClass.Common) != 0) flags &= ~WordFlags.CliticCommon;
        // A title is not a name part even where a corpus tagged it inside one (الشيخ).
        if ((flags & WordFlags.Trigger) != 0) flags &= ~WordFlags.NamePart;
        return flags;
    }
}
