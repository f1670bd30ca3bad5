using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace TextAnalysis.Normalization;

/// <summary>
/// Normalizes Arabic text by the rules of a <see cref="NormalizationProfile"/>, keeping a map back to the original.
/// Instances are immutable and thread-safe.
/// </summary>
public sealed class ArabicNormalizer
{
    private static readonly Lazy<FrozenDictionary<char, string>> PresentationForms = new(BuildPresentationForms);

    // Marks a character that the one-to-one table cannot handle (removed, expanded, or context-dependent).
    private const char Special = '\uFFFF';

    private readonly NormalizationRules _rules;
    private readonly SearchValues<char> _triggers;
    private readonly char[] _map;

    /// <summary>Creates a normalizer for <paramref name="profile"/>.</summary>
    public ArabicNormalizer(NormalizationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        _rules = profile.Rules;
        _triggers = SearchValues.Create(BuildTriggers(_rules).ToArray());
        _map = BuildMap(_rules);
    }

    // One entry per UTF-16 code unit: the character it maps to, or Special for the slow path.
    private static char[] BuildMap(NormalizationRules rules)
    {
        var map = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool special = ch == Special ||
                (ch == ArabicChars.Tatweel && (rules & NormalizationRules.Tatweel) != 0) ||
                ((rules & NormalizationRules.Diacritics) != 0 && ArabicChars.IsDiacritic(ch)) ||
                ((rules & NormalizationRules.InvisibleControls) != 0 && ArabicChars.IsInvisibleControl(ch)) ||
                ((rules & NormalizationRules.PresentationForms) != 0 && ArabicChars.IsPresentationForm(ch));
            map[c] = special ? Special : MapLetter(ch, rules);
        }
        return map;
    }

    /// <summary>A shared normalizer for <see cref="NormalizationProfile.Light"/>.</summary>
    public static ArabicNormalizer Light { get; } = new(NormalizationProfile.Light);

    /// <summary>A shared normalizer for <see cref="NormalizationProfile.Search"/>.</summary>
    public static ArabicNormalizer Search { get; } = new(NormalizationProfile.Search);

    /// <summary>The profile this normalizer applies.</summary>
    public NormalizationProfile Profile { get; }

    /// <summary>Normalizes <paramref name="text"/> and keeps the offset map. Returns the original string, without
    /// copying, when no rule applies.</summary>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = text.AsSpan().IndexOfAny(_triggers);
        if (first < 0) return new NormalizedText(text, text, null, null);

        var writer = new MappedWriter(text.Length);
        writer.CopyPrefix(text.AsSpan(0, first));
        Run(text.AsSpan(), first, ref writer);
        return writer.Build(text);
    }

    /// <summary>Normalizes a span to a string, without an offset map (for dictionary keys and query terms).</summary>
    public string NormalizeToString(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAny(_triggers);
        if (first < 0) return text.ToString();
        var writer = new PlainWriter(text.Length);
        writer.CopyPrefix(text[..first]);
        Run(text, first, ref writer);
        return writer.Build();
    }

    /// <summary>Normalizes <paramref name="source"/> into <paramref name="destination"/>; false when it does not fit.</summary>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int written)
    {
        int first = source.IndexOfAny(_triggers);
        if (first < 0)
        {
            written = source.Length;
            return source.TryCopyTo(destination);
        }
        var writer = new SpanWriter(destination);
        writer.CopyPrefix(source[..first]);
        Run(source, first, ref writer);
        written = writer.Length;
        return !writer.Overflowed;
    }

    /// <summary>Normalizes <paramref name="source"/> into caller-owned arrays (grown when too small) with the offset
    /// map; returns the normalized length. Used by <see cref="NormalizationBuffer"/>.</summary>
    internal int NormalizeInto(ReadOnlySpan<char> source, ref char[] chars, ref int[] starts, ref int[] ends)
    {
        var writer = new MappedWriter(chars, starts, ends);
        int first = source.IndexOfAny(_triggers);
        if (first < 0) first = source.Length;
        writer.CopyPrefix(source[..first]);
        if (first < source.Length) Run(source, first, ref writer);
        return writer.Release(out chars, out starts, out ends);
    }

    /// <summary>True when normalization would change <paramref name="text"/>.</summary>
    public bool WouldChange(ReadOnlySpan<char> text) => text.IndexOfAny(_triggers) >= 0;

    private void Run<TWriter>(ReadOnlySpan<char> s, int from, ref TWriter w) where TWriter : struct, IWriter, allows ref struct
    {
        var rules = _rules;
        var map = _map;
        for (int i = from; i < s.Length; i++)
        {
            // Runs of characters that map one to one go through the writer's own tight loop.
            i = w.AppendMapped(s, i, map);
            if (i >= s.Length) break;
            char c = s[i];
            if (c == ArabicChars.Tatweel && (rules & NormalizationRules.Tatweel) != 0)
            {
                // A tatweel after a letter elongates it; one that starts after a space or punctuation is a dash.
                bool dash = i == 0 || !ArabicChars.IsArabicWordChar(s[i - 1]);
                int j = i;
                while (j + 1 < s.Length && s[j + 1] == ArabicChars.Tatweel) j++;
                if (dash) w.Append('-', i, j + 1);
                else w.ExtendLast(j + 1);
                i = j;
                continue;
            }
            if ((rules & NormalizationRules.Diacritics) != 0 && ArabicChars.IsDiacritic(c))
            {
                w.ExtendLast(i + 1);
                continue;
            }
            if ((rules & NormalizationRules.InvisibleControls) != 0 && ArabicChars.IsInvisibleControl(c))
                continue;
            if ((rules & NormalizationRules.PresentationForms) != 0 && ArabicChars.IsPresentationForm(c) &&
                PresentationForms.Value.TryGetValue(c, out var expansion))
            {
                foreach (char e in expansion)
                {
                    char m = MapLetter(e, rules);
                    if (m == '\0') continue;
                    if ((rules & NormalizationRules.Diacritics) != 0 && ArabicChars.IsDiacritic(m)) continue;
                    w.Append(m, i, i + 1);
                }
                continue;
            }
            char mapped = MapLetter(c, rules);
            w.Append(mapped, i, i + 1);
        }
    }

    private static char MapLetter(char c, NormalizationRules rules)
    {
        if (c < '\u0080')
        {
            if ((rules & NormalizationRules.LatinLowercase) != 0 && c >= 'A' && c <= 'Z') return (char)(c + 32);
            return c;
        }
        switch (c)
        {
            case '\u0623': case '\u0625': case '\u0622': case '\u0671': case '\u0672': case '\u0673':
                return (rules & NormalizationRules.AlefVariants) != 0 ? '\u0627' : c;
            case '\u0649':
                return (rules & NormalizationRules.AlefMaksura) != 0 ? '\u064A' : c;
            case '\u0629':
                return (rules & NormalizationRules.TehMarbuta) != 0 ? '\u0647' : c;
            case '\u0624':
                return (rules & NormalizationRules.HamzaCarriers) != 0 ? '\u0648' : c;
            case '\u0626':
                return (rules & NormalizationRules.HamzaCarriers) != 0 ? '\u064A' : c;
            case '\u06CC': case '\u06D2':
                return (rules & NormalizationRules.FarsiLetters) != 0 ? '\u064A' : c;
            case '\u06A9':
                return (rules & NormalizationRules.FarsiLetters) != 0 ? '\u0643' : c;
            case '\u066B':
                return (rules & NormalizationRules.Digits) != 0 ? '.' : c;
            case '\u066C':
                return (rules & NormalizationRules.Digits) != 0 ? ',' : c;
            case '\u066A':
                return (rules & NormalizationRules.Digits) != 0 ? '%' : c;
        }
        if ((rules & NormalizationRules.Digits) != 0)
        {
            if (c >= '\u0660' && c <= '\u0669') return (char)('0' + (c - '\u0660'));
            if (c >= '\u06F0' && c <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        }
        if ((rules & NormalizationRules.Spaces) != 0 && ArabicChars.IsOtherSpace(c)) return ' ';
        if ((rules & NormalizationRules.LatinLowercase) != 0 && c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7')
            return (char)(c + 32);
        return c;
    }

    private static IEnumerable<char> BuildTriggers(NormalizationRules rules)
    {
        for (int c = 0; c <= 0xFFFF; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch)) continue;
            bool trigger =
                (ch == ArabicChars.Tatweel && (rules & NormalizationRules.Tatweel) != 0) ||
                ((rules & NormalizationRules.Diacritics) != 0 && ArabicChars.IsDiacritic(ch)) ||
                ((rules & NormalizationRules.InvisibleControls) != 0 && ArabicChars.IsInvisibleControl(ch)) ||
                ((rules & NormalizationRules.PresentationForms) != 0 && ArabicChars.IsPresentationForm(ch)) ||
                MapLetter(ch, rules) != ch;
            if (trigger) yield return ch;
        }
    }

    private static FrozenDictionary<char, string> BuildPresentationForms()
    {
        var map = new Dictionary<char, string>();
        for (int c = 0xFB50; c <= 0xFEFE; c++)
        {
            if (c > 0xFDFF && c < 0xFE70) continue;
            string s = ((char)c).ToString();
            string kc;
            try { kc = s.Normalize(NormalizationForm.FormKC); }
            catch (ArgumentException) { continue; }
            kc = kc.TrimStart(' ');
            if (kc.Length == 0 || kc == s) continue;
            map[(char)c] = kc;
        }
        return map.ToFrozenDictionary();
    }

    private interface IWriter
    {
        void Append(char c, int sourceStart, int sourceEnd);
        void ExtendLast(int sourceEnd);

        /// <summary>Appends map[s[i]] for each character from i on until one maps to Special; returns its index.</summary>
        int AppendMapped(ReadOnlySpan<char> s, int i, char[] map);
    }

    private struct MappedWriter : IWriter
    {
        private char[] _chars;
        private int[] _starts;
        private int[] _ends;
        private int _length;

        public MappedWriter(int capacity)
        {
            capacity = Math.Max(capacity, 4);
            _chars = new char[capacity];
            _starts = new int[capacity];
            _ends = new int[capacity];
            _length = 0;
        }

        public MappedWriter(char[] chars, int[] starts, int[] ends)
        {
            _chars = chars;
            _starts = starts;
            _ends = ends;
            _length = 0;
        }

        public void CopyPrefix(ReadOnlySpan<char> prefix)
        {
            EnsureCapacity(prefix.Length);
            prefix.CopyTo(_chars);
            for (int i = 0; i < prefix.Length; i++)
            {
                _starts[i] = i;
                _ends[i] = i + 1;
            }
            _length = prefix.Length;
        }

        private void EnsureCapacity(int n)
        {
            if (n <= _chars.Length) return;
            int size = Math.Max(n, _chars.Length * 2);
            Array.Resize(ref _chars, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _ends, size);
        }

        public int AppendMapped(ReadOnlySpan<char> s, int i, char[] map)
        {
            EnsureCapacity(_length + (s.Length - i));
            var chars = _chars;
            var starts = _starts;
            var ends = _ends;
            int length = _length;
            while (i < s.Length)
            {
                char m = map[s[i]];
                if (m == Special) break;
                chars[length] = m;
                starts[length] = i;
                ends[length] = i + 1;
                length++;
                i++;
            }
            _length = length;
            return i;
        }

        public readonly int Release(out char[] chars, out int[] starts, out int[] ends)
        {
            chars = _chars;
            starts = _starts;
            ends = _ends;
            return _length;
        }

        public void Append(char c, int sourceStart, int sourceEnd)
        {
            if (_length == _chars.Length) EnsureCapacity(_length + 1);
            _chars[_length] = c;
            _starts[_length] = sourceStart;
            _ends[_length] = sourceEnd;
            _length++;
        }

        public void ExtendLast(int sourceEnd)
        {
            // Removed marks belong to the letter they follow, so a span ending on that letter covers them.
            if (_length > 0 && ArabicChars.IsArabicLetter(_chars[_length - 1]) && _ends[_length - 1] == sourceEnd - 1)
                _ends[_length - 1] = sourceEnd;
            else if (_length > 0 && _chars[_length - 1] == '-' && _ends[_length - 1] == sourceEnd - 1)
                _ends[_length - 1] = sourceEnd;
        }

        public readonly NormalizedText Build(string original)
        {
            var text = new string(_chars, 0, _length);
            return new NormalizedText(original, text, _starts, _ends);
        }
    }

    private struct PlainWriter : IWriter
    {
        private char[] _chars;
        private int _length;

        public PlainWriter(int capacity)
        {
            _chars = new char[Math.Max(capacity, 4)];
            _length = 0;
        }

        public void CopyPrefix(ReadOnlySpan<char> prefix)
        {
            foreach (char c in prefix) Append(c, 0, 0);
        }

        public void Append(char c, int sourceStart, int sourceEnd)
        {
            if (_length == _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
            _chars[_length++] = c;
        }

        public readonly void ExtendLast(int sourceEnd) { }

        public int AppendMapped(ReadOnlySpan<char> s, int i, char[] map)
        {
            if (_chars.Length < _length + (s.Length - i)) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + (s.Length - i)));
            var chars = _chars;
            int length = _length;
            while (i < s.Length)
            {
                char m = map[s[i]];
                if (m == Special) break;
                chars[length++] = m;
                i++;
            }
            _length = length;
            return i;
        }

        public readonly string Build() => new(_chars, 0, _length);
    }

    private ref struct SpanWriter : IWriter
    {
        private readonly Span<char> _destination;

        public SpanWriter(Span<char> destination)
        {
            _destination = destination;
            Length = 0;
            Overflowed = false;
        }

        public int Length { get; private set; }
        public bool Overflowed { get; private set; }

        public void CopyPrefix(ReadOnlySpan<char> prefix)
        {
            foreach (char c in prefix) Append(c, 0, 0);
        }

        public void Append(char c, int sourceStart, int sourceEnd)
        {
            if (Length < _destination.Length) _destination[Length++] = c;
            else Overflowed = true;
        }

        public readonly void ExtendLast(int sourceEnd) { }

        public int AppendMapped(ReadOnlySpan<char> s, int i, char[] map)
        {
            var destination = _destination;
            int length = Length;
            while (i < s.Length)
            {
                char m = map[s[i]];
                if (m == Special) break;
                if (length < destination.Length) destination[length++] = m;
                else Overflowed = true;
                i++;
            }
            Length = length;
            return i;
        }
    }
}
