namespace TextAnalysis.Tokenization;

/// <summary>Splits a text into passages: its non-empty lines, numbered from 0.</summary>
public static class PassageSplitter
{
    /// <summary>The passages of <paramref name="text"/>, in order.</summary>
    public static List<Passage> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var passages = new List<Passage>();
        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text.AsSpan(pos).IndexOfAny('\n', '\u2029');
            int lineEnd = nl < 0 ? text.Length : pos + nl;
            int s = pos, e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) passages.Add(new Passage(passages.Count, s, e));
            if (nl < 0) break;
            pos = lineEnd + 1;
        }
        return passages;
    }
}
