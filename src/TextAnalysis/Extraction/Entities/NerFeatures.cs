using System.Runtime.CompilerServices;
using TextAnalysis.Stemming;
using TextAnalysis.Tokenization;

[assembly: InternalsVisibleTo("TextAnalysis.Training")]

namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// The features of the statistical tagger, shared by training (TextAnalysis.Training) and inference so that the two
/// cannot drift apart. Each feature is a template and a value hashed into <see cref="Dimension"/> slots; the previous
/// tag is a separate feature block after them (<see cref="PreviousTagFeature"/>). Per-token facts (form, stem,
/// clitic-stripped form, lexicon classes, gazetteer tags) are computed once per text and shared by the neighbours.
/// </summary>
internal sealed class NerFeatures
{
    /// <summary>Bits of the hashed feature space.</summary>
    public const int Bits = 20;

    /// <summary>Number of hashed feature slots.</summary>
    public const int Dimension = 1 << Bits;

    /// <summary>All features: the hashed slots and one per previous tag (the nine tags and the sentence start).</summary>
    public const int TotalDimension = Dimension + NerTags.Count + 1;

    /// <summary>Most features one token can have.</summary>
    public const int MaxPerToken = 128;

    private const ulong Boundary = 0x5bd1e995UL;

    private readonly EntityContext _c;
    private readonly ulong[] _form, _stripped, _stem, _quote;
    private readonly byte[] _trigger, _gazetteer, _kind, _strip, _known;
    private readonly int[] _line;

    /// <summary>Computes the per-token facts of <paramref name="context"/>; <paramref name="gazetteer"/> false leaves the
    /// gazetteer tags out (training drops them from part of the sentences so the model learns the other cues too).</summary>
    public NerFeatures(EntityContext context, bool gazetteer = true)
    {
        _c = context;
        int n = context.Count;
        _form = new ulong[n];
        _stripped = new ulong[n];
        _stem = new ulong[n];
        _trigger = new byte[n];
        _gazetteer = new byte[n];
        _kind = new byte[n];
        _strip = new byte[n];
        _known = new byte[n];
        _quote = new ulong[n];
        _line = new int[n];
        Span<char> buffer = stackalloc char[LightStemmer.MaxWordLength + 1];
        var lex = context.Lexicon;
        for (int i = 0; i < n; i++)
        {
            var token = context.Tokens[i];
            var w = context.Form(i);
            _kind[i] = (byte)token.Kind;
            _line[i] = i == 0 ? 0 : context.Joined(i - 1, i) ? _line[i - 1] : _line[i - 1] + 1;
            _form[i] = Hash(w);
            if (token.Kind != TokenKind.Arabic)
            {
                _stripped[i] = _stem[i] = _form[i];
                continue;
            }
            int total = w.Length > 3 ? Clitics.Split(w).Total : 0;
            _strip[i] = (byte)total;
            _stripped[i] = Hash(w[total..]);
            if (w.Length <= LightStemmer.MaxWordLength)
            {
                w.CopyTo(buffer);
                int len = LightStemmer.Stem(buffer[..w.Length], out int at);
                _stem[i] = Hash(buffer.Slice(at, len));
            }
            else _stem[i] = _form[i];
            _trigger[i] = context.IsTrigger(i) ? TriggerClass(context, lex, i) : (byte)0;
        }
        if (gazetteer) MarkGazetteer(context);
        if ((Groups & KnownOrganizationGroup) != 0) MarkKnown(context);
        if ((Groups & QuoteGroup) != 0) MarkQuotes(context);
    }

    /// <summary>Feature groups added on top of the base set, as bits (for ablations in training; the shipped model uses all).</summary>
    internal static int Groups { get; set; } = AllGroups;

    /// <summary>Leading and trailing 1-4 letters of the word without its clitics (and 4 of the word as written).</summary>
    internal const int StrippedAffixes = 1;

    /// <summary>Membership of the word and of its neighbours in the general list of personal name words.</summary>
    internal const int NameWordGroup = 2;

    /// <summary>Leading and trailing 2-3 letters of the previous and the next word without their clitics.</summary>
    internal const int NeighbourAffixes = 4;

    /// <summary>The general list of organization names: 1 on a phrase's first word, 2 on the others (3, 4 for ambiguous
    /// one-word names), of the word and of its neighbours.</summary>
    internal const int KnownOrganizationGroup = 8;

    /// <summary>Inside quotation marks on one line, with the word before the opening mark (برنامج «…»، استاد "…").</summary>
    internal const int QuoteGroup = 16;

    /// <summary>More word classes of the next word (common word, with a clitic, tanween, article), where names end.</summary>
    internal const int NextClassGroup = 32;

    /// <summary>Letter trigrams inside the word without its clitics (beyond its leading and trailing letters): spelling
    /// habits of transliterated foreign names (غوتي، تياغو) that no list holds.</summary>
    internal const int LetterTrigramGroup = 64;

    /// <summary>The word without its clitics as a pattern of consonants and long vowels (ا و ي), e.g. غوتي → CVCV.</summary>
    internal const int VowelPatternGroup = 128;

    internal const int AllGroups = StrippedAffixes | NameWordGroup | NeighbourAffixes | KnownOrganizationGroup | QuoteGroup | NextClassGroup |
                                   LetterTrigramGroup | VowelPatternGroup;

    /// <summary>The feature of previous tag <paramref name="previous"/> (<see cref="NerTags.Start"/> at a sentence start).</summary>
    public static int PreviousTagFeature(int previous) => Dimension + previous;

    /// <summary>The lexicon the word classes and lists come from.</summary>
    public EntityLexicon Lexicon => _c.Lexicon;

    /// <summary>True when token <paramref name="i"/> starts a new line (the tagger treats it as a sentence start).</summary>
    public bool StartsLine(int i) => i == 0 || _line[i] != _line[i - 1];

    /// <summary>Writes the hashed features of token <paramref name="i"/> into <paramref name="f"/> and returns how many:
    /// those of the word itself (<see cref="ExtractWord"/>), then those of its context (<see cref="ExtractContext"/>).</summary>
    public int Extract(int i, Span<int> f)
    {
        int n = ExtractWord(i, f);
        return n + ExtractContext(i, f[n..]);
    }

    /// <summary>The key that determines token <paramref name="i"/>'s <see cref="ExtractWord"/> features: the hash of its
    /// form and its kind and word-class flags (<paramref name="classes"/>, never 0); false for a Latin word, whose
    /// features also read its capitals.</summary>
    public bool WordKey(int i, out ulong form, out uint classes)
    {
        form = _form[i];
        classes = 1u << 31 | (uint)_c.ClassBits(i) << 8 | _kind[i];
        return (TokenKind)_kind[i] != TokenKind.Latin;
    }

    /// <summary>The features of token <paramref name="i"/> that depend on its word alone (its form, kind and word-class
    /// flags, and for a Latin word its capitals): form, stripped form and stem, shape, affixes, classes, trigger,
    /// letter trigrams and vowel pattern, name-word membership.</summary>
    public int ExtractWord(int i, Span<int> f)
    {
        var c = _c;
        int n = 0;
        var w = c.Form(i);
        var kind = (TokenKind)_kind[i];
        f[n++] = Index(0, 0);
        f[n++] = Index(1, _form[i]);
        f[n++] = Index(2, _stripped[i]);
        f[n++] = Index(3, _stem[i]);
        ulong shape = (ulong)kind * 16 + (ulong)Math.Min(w.Length, 9);
        f[n++] = Index(4, shape);
        if (kind == TokenKind.Arabic)
        {
            for (int k = 1; k <= 3 && k < w.Length; k++)
            {
                f[n++] = Index(4 + k, Hash(w[..k]));
                f[n++] = Index(8 + k, Hash(w[^k..]));
            }
            ulong flags = 0;
            if (c.IsStop(i)) flags |= 1;
            if (c.IsCommon(i)) flags |= 2;
            if (c.IsNamePart(i)) flags |= 4;
            if (c.IsDefinite(i)) flags |= 8;
            if (c.IsNisba(i)) flags |= 16;
            if (c.IsNotName(i)) flags |= 32;
            if (c.IsPlace(i)) flags |= 64;
            if (c.HasTanween(i)) flags |= 128;
            if (c.HasCliticArticle(i)) flags |= 256;
            if (c.IsIndefiniteNisba(i)) flags |= 512;
            if (c.IsCliticCommon(i)) flags |= 1024;
            for (int b = 0; b < 11; b++)
            {
                if ((flags & (1UL << b)) != 0) f[n++] = Index(12, (ulong)b);
            }
            if (_trigger[i] != 0) f[n++] = Index(13, _trigger[i]);
            int groups = Groups;
            if ((groups & StrippedAffixes) != 0)
            {
                if (w.Length > 4)
                {
                    f[n++] = Index(34, Hash(w[..4]));
                    f[n++] = Index(35, Hash(w[^4..]));
                }
                var s = w[_strip[i]..];
                for (int k = 1; k <= 4 && k < s.Length; k++)
                {
                    f[n++] = Index(35 + k, Hash(s[..k]));
                    f[n++] = Index(39 + k, Hash(s[^k..]));
                }
            }
            if ((groups & (LetterTrigramGroup | VowelPatternGroup)) != 0)
            {
                var s = w[_strip[i]..];
                if ((groups & LetterTrigramGroup) != 0)
                {
                    // Trigrams from the second letter to the one before last (the edges are the affix features), at most 8.
                    for (int k = 1; k + 3 < s.Length && k <= 8; k++) f[n++] = Index(58, Hash(s.Slice(k, 3)));
                }
                if ((groups & VowelPatternGroup) != 0 && s.Length <= 12) f[n++] = Index(59, VowelPattern(s));
            }
            // A listed name that is also a frequent common word (حسن، جمال) counts apart.
            if ((groups & NameWordGroup) != 0 && c.IsNameWord(i)) f[n++] = Index(44, c.IsCommon(i) ? 2UL : 1UL);
        }
        else if (kind == TokenKind.Latin)
        {
            var s = c.Text.Surface(c.Tokens[i]);
            f[n++] = Index(14, s.Length > 1 && IsCapitals(s) ? 1UL : char.IsUpper(s[0]) ? 2UL : 3UL);
        }
        return n;
    }

    /// <summary>The features of token <paramref name="i"/> that depend on its neighbours and on phrases around it.</summary>
    public int ExtractContext(int i, Span<int> f)
    {
        var c = _c;
        int n = 0;
        var kind = (TokenKind)_kind[i];
        if ((Groups & NameWordGroup) != 0)
        {
            ulong around = (Same(i, i - 1) && c.IsArabic(i - 1) && c.IsNameWord(i - 1) ? 1UL : 0) | (Same(i, i + 1) && c.IsArabic(i + 1) && c.IsNameWord(i + 1) ? 2UL : 0);
            if (around != 0) f[n++] = Index(45, around);
        }
        if ((Groups & KnownOrganizationGroup) != 0)
        {
            ulong known = _known[i] * 64UL + (Same(i, i - 1) ? _known[i - 1] * 8UL : 0) + (Same(i, i + 1) ? _known[i + 1] : 0UL);
            if (known != 0) f[n++] = Index(54, known);
        }
        if ((Groups & NextClassGroup) != 0 && Same(i, i + 1) && c.IsArabic(i + 1))
        {
            ulong next = (c.IsCommon(i + 1) ? 1UL : 0) | (c.IsCliticCommon(i + 1) ? 2UL : 0) | (c.HasTanween(i + 1) ? 4UL : 0) |
                         (c.IsPlainDefinite(i + 1) ? 8UL : 0) | (c.HasCliticArticle(i + 1) ? 16UL : 0) | (c.IsTrigger(i + 1) ? 32UL : 0);
            f[n++] = Index(57, next);
        }
        if (_quote[i] != 0)
        {
            f[n++] = Index(55, 1);
            f[n++] = Index(56, _quote[i]);
        }
        if ((Groups & NeighbourAffixes) != 0)
        {
            n = NeighbourAffix(i, i - 1, 46, f, n);
            n = NeighbourAffix(i, i + 1, 50, f, n);
        }
        f[n++] = Index(15, _gazetteer[i]);

        // Neighbours on the same line.
        ulong p1 = Neighbour(_form, i, i - 1), p2 = Neighbour(_form, i, i - 2), n1 = Neighbour(_form, i, i + 1), n2 = Neighbour(_form, i, i + 2);
        f[n++] = Index(16, p1);
        f[n++] = Index(17, p2);
        f[n++] = Index(18, n1);
        f[n++] = Index(19, n2);
        f[n++] = Index(20, Neighbour(_stripped, i, i - 1));
        f[n++] = Index(21, Neighbour(_stripped, i, i + 1));
        f[n++] = Index(22, p1 * 0x100000001B3UL ^ _form[i]);
        f[n++] = Index(23, _form[i] * 0x100000001B3UL ^ n1);
        f[n++] = Index(24, Near(_trigger, i, i - 1));
        f[n++] = Index(25, Near(_trigger, i, i - 2));
        f[n++] = Index(26, Near(_trigger, i, i + 1));
        f[n++] = Index(27, Near(_gazetteer, i, i - 1));
        f[n++] = Index(28, Near(_gazetteer, i, i + 1));
        f[n++] = Index(29, (ulong)Near(_kind, i, i - 1) * 16 + Near(_kind, i, i + 1));
        f[n++] = Index(30, _gazetteer[i] * 64UL + Near(_trigger, i, i - 1));
        if (Same(i, i - 1) && c.IsArabic(i - 1)) f[n++] = Index(31, (c.IsNamePart(i - 1) ? 1UL : 0) | (c.IsStop(i - 1) ? 2UL : 0) | (c.IsCommon(i - 1) ? 4UL : 0));
        if (Same(i, i + 1) && c.IsArabic(i + 1)) f[n++] = Index(32, (c.IsNamePart(i + 1) ? 1UL : 0) | (c.IsStop(i + 1) ? 2UL : 0) | (c.IsNisba(i + 1) ? 4UL : 0));
        // A Latin transliteration right after the word, directly or in brackets (موكدن MUKDEN، (OCTOBRISTS)).
        int latin = i + 1;
        if (Same(i, latin) && c.Tokens[latin].Kind == TokenKind.Punctuation && c.Text.Original[c.Tokens[latin].Start] == '(') latin++;
        if (kind == TokenKind.Arabic && Same(i, latin) && c.Tokens[latin].Kind == TokenKind.Latin)
        {
            var s = c.Text.Surface(c.Tokens[latin]);
            f[n++] = Index(33, s.Length > 1 && IsCapitals(s) ? 1UL : 2UL);
        }
        return n;
    }

    // Two bits a letter: 1 for a consonant, 2 for ا (and آ أ إ normalized to it), 3 for و or ي; with the length.
    private static ulong VowelPattern(ReadOnlySpan<char> s)
    {
        ulong v = (ulong)s.Length;
        foreach (char ch in s) v = v << 2 | (ch == 'ا' ? 2UL : ch is 'و' or 'ي' ? 3UL : 1UL);
        return v;
    }

    // Leading and trailing 2 and 3 letters of neighbour j without its clitics, as templates t..t+3.
    private int NeighbourAffix(int i, int j, int t, Span<int> f, int n)
    {
        if (!Same(i, j) || (TokenKind)_kind[j] != TokenKind.Arabic) return n;
        var s = _c.Form(j)[_strip[j]..];
        for (int k = 2; k <= 3 && k < s.Length; k++)
        {
            f[n++] = Index(t + k - 2, Hash(s[..k]));
            f[n++] = Index(t + k, Hash(s[^k..]));
        }
        return n;
    }

    /// <summary>The hash of a normalized string (FNV-1a, the same in every process).</summary>
    public static ulong Hash(ReadOnlySpan<char> s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char ch in s)
        {
            h ^= ch;
            h *= 1099511628211UL;
        }
        return h;
    }

    private static int Index(int template, ulong value)
    {
        ulong h = (value + (ulong)(template + 1) * 0x9E3779B97F4A7C15UL) * 0xBF58476D1CE4E5B9UL;
        h ^= h >> 29;
        h *= 0x94D049BB133111EBUL;
        return (int)(h >> (64 - Bits));
    }

    private bool Same(int i, int j) => (uint)j < (uint)_line.Length && _line[j] == _line[i];

    // The value of a neighbour on the same line, or the boundary marker.
    private ulong Neighbour(ulong[] values, int i, int j) => Same(i, j) ? values[j] : Boundary;

    private ulong Near(byte[] values, int i, int j) => Same(i, j) ? values[j] : 255UL;

    private static bool IsCapitals(ReadOnlySpan<char> s)
    {
        foreach (char ch in s)
        {
            if (!char.IsUpper(ch)) return false;
        }
        return true;
    }

    private static byte TriggerClass(EntityContext c, EntityLexicon lex, int i)
    {
        if (c.Lookup(i, lex.Titles, out _)) return 1;
        if (c.Lookup(i, lex.LocationHeadsOut, out _)) return 2;
        if (c.Lookup(i, lex.LocationHeadsIn, out _)) return 3;
        if (c.Lookup(i, lex.OrganizationHeads, out _)) return 4;
        if (c.Lookup(i, lex.OrganizationDescriptors, out _)) return 5;
        if (c.Lookup(i, lex.MiscHeads, out _)) return 6;
        if (c.Lookup(i, lex.TeamDescriptors, out _)) return 7;
        return 8;
    }

    // Tokens inside quotation marks that open and close on one line get the hash of the word before the opening mark.
    private void MarkQuotes(EntityContext c)
    {
        var original = c.Text.Original;
        int open = -1;
        char closer = '\0';
        for (int i = 0; i < c.Count; i++)
        {
            if (i > 0 && _line[i] != _line[i - 1]) open = -1;
            var token = c.Tokens[i];
            if (token.Kind != TokenKind.Punctuation || token.End - token.Start != 1) continue;
            char ch = original[token.Start];
            if (open >= 0 && ch == closer)
            {
                if (i - open > 1 && i - open <= 8)
                {
                    ulong head = open > 0 && Same(open, open - 1) ? _form[open - 1] : Boundary;
                    for (int k = open + 1; k < i; k++) _quote[k] = head | 1;
                }
                open = -1;
                continue;
            }
            switch (ch)
            {
                case '«': open = i; closer = '»'; break;
                case '“': open = i; closer = '”'; break;
                case '"': open = i; closer = '"'; break;
            }
        }
    }

    // The general organization names, longest first from the left: 1 on the first word, 2 on the others (3 and 4 for
    // the one-word names that are also common words or other names).
    private void MarkKnown(EntityContext c)
    {
        var trie = c.Lexicon.KnownOrganizations;
        for (int i = 0; i < c.Count; i++)
        {
            int length = GazetteerSource.Match(c, trie, i, out var label, out _);
            if (length == 0) continue;
            byte code = label == EntityLabel.Organization ? (byte)1 : (byte)3;
            _known[i] = code;
            for (int k = 1; k < length; k++) _known[i + k] = (byte)(code + 1);
            i += length - 1;
        }
    }

    // The gazetteer's longest phrases, greedily from the left, as BIO codes: 1 + 2 × (label − 1) for the first word, + 1 for the others.
    private void MarkGazetteer(EntityContext c)
    {
        var trie = c.Lexicon.Gazetteer;
        for (int i = 0; i < c.Count; i++)
        {
            int length = GazetteerSource.Match(c, trie, i, out var label, out _);
            if (length == 0) continue;
            if (length == 1 && (c.IsTrigger(i) || c.IsNotName(i))) continue;
            int code = 1 + 2 * ((int)label - 1);
            _gazetteer[i] = (byte)code;
            for (int k = 1; k < length; k++) _gazetteer[i + k] = (byte)(code + 1);
            i += length - 1;
        }
    }
}
