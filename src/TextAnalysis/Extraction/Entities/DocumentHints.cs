using System.Text;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// Document context for the second stage of the tagger (Krishnan and Manning 2006): from the first stage's tags over
/// the sentences around each token, what the rest of the document says about it. Two codes a token (0: nothing):
/// <list type="bullet">
/// <item>form: how the same word without its clitics was tagged elsewhere (never tagged, or the label it carried most
/// often and whether that was at least half of its other occurrences);</item>
/// <item>phrase: the token lies in a repeat of a name tagged elsewhere (its label, first word or not).</item>
/// </list>
/// The token's own tag and the mention at its own place never count, so training on first-stage tags that were
/// themselves predicted (jackknifed) teaches how far the rest of the document can be trusted.
/// </summary>
internal static class DocumentHints
{
    /// <summary>Hint codes by sentence then library token.</summary>
    public static (byte[][] Form, byte[][] Phrase) Compute(IReadOnlyList<EntityContext> contexts, IReadOnlyList<int[]> tags, int window)
    {
        int count = contexts.Count;
        var form = new byte[count][];
        var phrase = new byte[count][];
        // Where the clitic-stripped form of every Arabic token starts in it (-1: not counted), and the names of each
        // sentence as keys.
        var stripped = new int[count][];
        var names = new List<(int First, int Length, string Key, EntityLabel Label)>[count];
        var sb = new StringBuilder();
        for (int s = 0; s < count; s++)
        {
            var c = contexts[s];
            var t = tags[s];
            form[s] = new byte[c.Count];
            phrase[s] = new byte[c.Count];
            var forms = new int[c.Count];
            for (int i = 0; i < c.Count; i++)
            {
                forms[i] = -1;
                if (!c.IsArabic(i) || c.IsStop(i)) continue;
                var w = c.Form(i);
                int strip = w.Length > 3 ? Clitics.Split(w).Total : 0;
                if (w.Length - strip >= 2) forms[i] = strip;
            }
            stripped[s] = forms;
            var list = new List<(int, int, string, EntityLabel)>();
            for (int i = 0; i < t.Length; i++)
            {
                if (!NerTags.IsBegin(t[i])) continue;
                int last = i;
                while (last + 1 < t.Length && t[last + 1] == t[i] + 1) last++;
                if (c.IsArabic(i))
                {
                    sb.Clear();
                    sb.Append(c.Form(i)[ModelSource.Strip(c, i)..]);
                    for (int k = i + 1; k <= last; k++) sb.Append(' ').Append(c.Form(k));
                    list.Add((i, last - i + 1, sb.ToString(), NerTags.Label(t[i])));
                }
                i = last;
            }
            names[s] = list;
        }

        var formVotes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var formLookup = formVotes.GetAlternateLookup<ReadOnlySpan<char>>();
        var nameVotes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        Span<int> others = stackalloc int[5];
        for (int s = 0; s < count; s++)
        {
            int from = Math.Max(0, s - window), to = Math.Min(count - 1, s + window);
            formVotes.Clear();
            nameVotes.Clear();
            for (int k = from; k <= to; k++)
            {
                var forms = stripped[k];
                for (int i = 0; i < forms.Length; i++)
                {
                    if (forms[i] < 0) continue;
                    var key = contexts[k].Form(i)[forms[i]..];
                    if (!formLookup.TryGetValue(key, out var v)) formLookup[key] = v = new int[5];
                    v[(int)NerTags.Label(tags[k][i])]++;
                }
                foreach (var (_, _, key, label) in names[k])
                {
                    if (!nameVotes.TryGetValue(key, out var v)) nameVotes[key] = v = new int[5];
                    v[(int)label]++;
                }
            }
            var c = contexts[s];
            var t = tags[s];
            // Form: the other occurrences of the word.
            for (int i = 0; i < c.Count; i++)
            {
                if (stripped[s][i] < 0) continue;
                formLookup[c.Form(i)[stripped[s][i]..]].CopyTo(others);
                others[(int)NerTags.Label(t[i])]--;
                int total = others[0] + others[1] + others[2] + others[3] + others[4];
                if (total == 0) continue;
                int best = Majority(others);
                form[s][i] = others[best] == 0 ? (byte)1 : (byte)(2 + (best - 1) * 2 + (2 * others[best] >= total ? 1 : 0));
            }
            // Phrase: repeats of the names tagged nearby, the mention at this very place left out.
            if (nameVotes.Count == 0) continue;
            var trie = new PhraseTrie();
            foreach (var (key, _) in nameVotes) trie.Add(key, EntityLabel.Person, overwrite: false);
            var own = names[s];
            int next = 0;
            for (int i = 0; i < c.Count; i++)
            {
                int length = GazetteerSource.Match(c, trie, i, out _, out int strip);
                if (length == 0) continue;
                sb.Clear();
                sb.Append(c.Form(i)[strip..]);
                for (int k = i + 1; k < i + length; k++) sb.Append(' ').Append(c.Form(k));
                var key = sb.ToString();
                if (!nameVotes.TryGetValue(key, out var v)) continue;
                v.CopyTo(others);
                while (next < own.Count && own[next].First < i) next++;
                if (next < own.Count && own[next].First == i && own[next].Length == length && own[next].Key == key) others[(int)own[next].Label]--;
                int best = Majority(others);
                if (others[best] <= 0) continue;
                phrase[s][i] = (byte)(1 + (best - 1) * 2);
                for (int k = i + 1; k < i + length; k++) phrase[s][k] = (byte)(2 + (best - 1) * 2);
            }
        }
        return (form, phrase);
    }

    // The label (1-4) with the most votes, the first on ties.
    private static int Majority(ReadOnlySpan<int> v)
    {
        int best = 1;
        for (int l = 2; l < v.Length; l++)
        {
            if (v[l] > v[best]) best = l;
        }
        return best;
    }
}

/// <summary>The tagger's two stages over consecutive sentences of one text (or a whole text as one).</summary>
internal static class TwoStage
{
    /// <summary>Sentences on each side that count as the document around a sentence (CoNLL input has no document
    /// boundaries).</summary>
    public const int Window = 10;

    /// <summary>The first stage's tags, then, when the model has a second stage, its tags with the document hints.</summary>
    public static int[][] Decode(NerModel model, IReadOnlyList<EntityContext> contexts, IReadOnlyList<NerFeatures> features, int window = Window)
    {
        var tags = new int[contexts.Count][];
        for (int s = 0; s < contexts.Count; s++) tags[s] = model.Decode(features[s], contexts[s].Count);
        if (model.Second is not { } second) return tags;
        var (form, phrase) = DocumentHints.Compute(contexts, tags, window);
        for (int s = 0; s < contexts.Count; s++)
        {
            features[s].SetHints(form[s], phrase[s]);
            tags[s] = second.Decode(features[s], contexts[s].Count);
            features[s].SetHints(null, null);
        }
        return tags;
    }
}
