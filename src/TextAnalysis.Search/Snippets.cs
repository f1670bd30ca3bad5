namespace TextAnalysis.Search;

/// <summary>Cuts a highlighted passage down to a window around its first match, without breaking words or marks.</summary>
internal static class Snippets
{
    internal const string Open = "<mark>";
    internal const string Close = "</mark>";
    internal const string Ellipsis = "…";

    /// <summary>Returns <paramref name="marked"/> (text with <see cref="Open"/>/<see cref="Close"/> tags) cut to about
    /// <paramref name="maxLength"/> visible characters, starting a little before the first mark.</summary>
    public static string Cut(string marked, int maxLength)
    {
        int visible = marked.Length - CountTagChars(marked);
        if (visible <= maxLength) return marked;

        int first = marked.IndexOf(Open, StringComparison.Ordinal);
        int start = 0;
        if (first > 0)
        {
            start = Math.Max(0, first - maxLength / 4);
            if (start > 0)
            {
                // Start at a word boundary.
                int space = marked.IndexOf(' ', start, first - start);
                start = space >= 0 ? space + 1 : first;
            }
        }

        int end = start, count = 0;
        bool inMark = false;
        while (end < marked.Length && (count < maxLength || inMark))
        {
            if (string.CompareOrdinal(marked, end, Open, 0, Open.Length) == 0) { end += Open.Length; inMark = true; continue; }
            if (string.CompareOrdinal(marked, end, Close, 0, Close.Length) == 0) { end += Close.Length; inMark = false; continue; }
            end++;
            count++;
        }
        if (end < marked.Length)
        {
            // End at a word boundary, but never inside a mark: the last closing tag bounds how far back we go.
            int lastClose = marked.LastIndexOf(Close, end - 1, end - start, StringComparison.Ordinal);
            int floor = lastClose >= 0 ? lastClose + Close.Length : start;
            int space = marked.LastIndexOf(' ', end - 1, end - floor);
            if (space > floor) end = space;
        }

        var body = marked.AsSpan(start, end - start).Trim();
        return string.Concat(start > 0 ? Ellipsis + " " : "", body, end < marked.Length ? " " + Ellipsis : "");
    }

    private static int CountTagChars(string marked)
    {
        int n = 0, at = 0;
        while ((at = marked.IndexOf(Open, at, StringComparison.Ordinal)) >= 0) { n += Open.Length; at += Open.Length; }
        at = 0;
        while ((at = marked.IndexOf(Close, at, StringComparison.Ordinal)) >= 0) { n += Close.Length; at += Close.Length; }
        return n;
    }
}
