using System.Buffers;
using TextAnalysis.Normalization;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Input;

/// <summary>
/// Finds the lines of a saved web page that are its frame rather than its content: breadcrumbs
/// (<c>Home Page / الأقسام / ...</c>) anywhere, and, before the first and after the last line of running prose,
/// navigation menus (many short words, no punctuation, no function words) and lines of interface words. The text
/// itself is never changed: callers skip these passages, so every offset still points into the original.
/// </summary>
public static class Boilerplate
{
    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".،؛؟!:");

    private static readonly string[] Separators = [" / ", " > ", " » ", " | ", " « ", " :: ", " - "];

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        // search-normalized: prepositions, conjunctions, relatives and particles that running prose always has
        "في", "من", "علي", "الي", "عن", "ان", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "مع", "كان", "كانت",
        "قد", "لم", "لا", "ما", "بين", "حتي", "او", "ثم", "كما", "بعد", "قبل", "عند", "هو", "هي", "فيها", "فيه",
    };

    private static readonly HashSet<string> InterfaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "page", "login", "logout", "search", "menu", "contact", "about", "copyright", "privacy", "terms", "rss", "share",
        "الرئيسية", "الرييسيه", "اتصل", "بنا", "دخول", "تسجيل", "خروج", "بحث", "البحث", "القايمه", "شارك", "حقوق", "محفوظه", "النشر",
    };

    /// <summary>The passages of <paramref name="text"/> that are boilerplate, in order.</summary>
    public static IReadOnlyList<Passage> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var passages = PassageSplitter.Split(text);
        var result = new List<Passage>();
        int firstProse = passages.FindIndex(p => IsProse(text, p));
        int lastProse = passages.FindLastIndex(p => IsProse(text, p));
        for (int i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            var line = text.AsSpan(p.Start, p.End - p.Start);
            bool outside = firstProse < 0 || i < firstProse || i > lastProse;
            if (IsBreadcrumb(line) || (outside && (IsMenu(line) || IsInterface(line)))) result.Add(p);
        }
        return result;
    }

    /// <summary>True when [start, end) lies inside one of <paramref name="boilerplate"/>.</summary>
    public static bool Covers(IReadOnlyList<Passage> boilerplate, int start, int end)
    {
        foreach (var p in boilerplate)
            if (start >= p.Start && end <= p.End) return true;
        return false;
    }

    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        int count = 0;
        foreach (var sep in Separators)
        {
            for (int at = line.IndexOf(sep, StringComparison.Ordinal), from = 0; at >= 0; at = line[from..].IndexOf(sep, StringComparison.Ordinal))
            {
                count++;
                from += at + sep.Length;
                if (from >= line.Length) break;
            }
        }
        return count >= 2;
    }

    // A line of running prose: a dozen words or more and sentence punctuation or function words.
    private static bool IsProse(string text, Passage p)
    {
        var words = Words(text.AsSpan(p.Start, p.End - p.Start));
        return words.Count >= 12 && words.Count(w => FunctionWords.Contains(w)) >= 2;
    }

    private static bool IsMenu(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(SentencePunctuation) >= 0) return false;
        var words = Words(line);
        return words.Count >= 5 && !words.Any(FunctionWords.Contains);
    }

    private static bool IsInterface(ReadOnlySpan<char> line)
    {
        var words = Words(line);
        return words.Count > 0 && words.Count(InterfaceWords.Contains) * 2 >= words.Count;
    }

    private static List<string> Words(ReadOnlySpan<char> line)
    {
        var words = new List<string>();
        var normalized = ArabicNormalizer.Search.NormalizeToString(line);
        var cursor = new TokenCursor(normalized);
        while (cursor.MoveNext())
        {
            var (kind, s, e) = cursor.Current;
            if (kind is TokenKind.Arabic or TokenKind.Latin) words.Add(normalized[s..e]);
        }
        return words;
    }
}
