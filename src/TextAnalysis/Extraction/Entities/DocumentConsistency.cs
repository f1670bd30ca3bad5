using System.Text;

namespace TextAnalysis.Extraction.Entities;

/// <summary>What <see cref="DocumentConsistency"/> does with the names the tagger found in neighbouring sentences.</summary>
/// <param name="Window">Sentences on each side that count as the document around a sentence.</param>
/// <param name="Fill">Tag the untagged repeats of a name tagged nearby.</param>
/// <param name="Relabel">Give a tagged name the label its string carries most often nearby (ties keep it).</param>
/// <param name="FamilyNames">The last word of a person's name of two words or more counts as that person alone.</param>
/// <param name="MinTaggedShare">A name is filled in only when at least this share of its nearby occurrences is tagged.</param>
/// <param name="Strict">A one-word repeat is not filled in when the word as written is a common or function word, a
/// trigger, a month or a currency, even when its clitics off leave a name (لصالح).</param>
/// <param name="MinProbability">A repeat is filled in only when the tagger gives its first word at least this
/// probability of beginning a name of that label there (0: always).</param>
internal sealed record ConsistencyOptions(int Window, bool Fill = true, bool Relabel = false, bool FamilyNames = true, double MinTaggedShare = 0,
                                          bool Strict = false, double MinProbability = 0)
{
    /// <summary>The settings <c>tag --conll</c> uses (chosen on held-out slices of the ANERcorp training split).</summary>
    public static ConsistencyOptions Default { get; } = new(Window: 10, Relabel: true, Strict: true, MinProbability: 0.01);
}

/// <summary>
/// Document-level label consistency for sentences tagged one at a time (CoNLL): a name the tagger found in a sentence
/// is a name at its untagged repeats in the sentences around it (the first word compared without its clitics, as the
/// gazetteer compares it), and optionally takes the label its string carries most often there. The tagger's own
/// mentions are never cut or moved; only whole untagged runs of words are added.
/// </summary>
internal static class DocumentConsistency
{
    /// <summary>Rewrites <paramref name="tags"/> (one array of <see cref="NerTags"/> a sentence, over the library tokens of
    /// <paramref name="contexts"/>) in place.</summary>
    public static void Apply(IReadOnlyList<EntityContext> contexts, IReadOnlyList<int[]> tags, ConsistencyOptions options,
                             NerModel? model = null, IReadOnlyList<NerFeatures>? features = null)
    {
        float minLog = options.MinProbability > 0 && model is not null && features is not null ? MathF.Log((float)options.MinProbability) : float.NegativeInfinity;
        int count = contexts.Count;
        if (count == 0) return;
        // The names each sentence holds, as keys (first word without its clitics, then the others as written).
        var names = new List<(string Key, EntityLabel Label)>[count];
        var sb = new StringBuilder();
        for (int s = 0; s < count; s++)
        {
            var c = contexts[s];
            var t = tags[s];
            var list = new List<(string, EntityLabel)>();
            for (int i = 0; i < t.Length; i++)
            {
                if (!NerTags.IsBegin(t[i])) continue;
                int last = i;
                while (last + 1 < t.Length && t[last + 1] == t[i] + 1) last++;
                var label = NerTags.Label(t[i]);
                if (c.IsArabic(i))
                {
                    sb.Clear();
                    sb.Append(c.Form(i)[ModelSource.Strip(c, i)..]);
                    for (int k = i + 1; k <= last; k++) sb.Append(' ').Append(c.Form(k));
                    list.Add((sb.ToString(), label));
                    if (options.FamilyNames && label == EntityLabel.Person && last > i && c.IsArabic(last) && c.IsPersonPart(last) && !c.Lexicon.Regnal.Contains(c.Form(last)))
                        list.Add((c.Form(last).ToString(), EntityLabel.Person));
                }
                i = last;
            }
            names[s] = list;
        }

        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < count; s++)
        {
            int from = Math.Max(0, s - options.Window), to = Math.Min(count - 1, s + options.Window);
            votes.Clear();
            for (int k = from; k <= to; k++)
            {
                foreach (var (key, label) in names[k])
                {
                    if (!votes.TryGetValue(key, out var v)) votes[key] = v = new int[5];
                    v[(int)label]++;
                }
            }
            if (votes.Count == 0) continue;
            var trie = new PhraseTrie();
            foreach (var (key, v) in votes) trie.Add(key, Majority(v), overwrite: true);
            var c = contexts[s];
            var t = tags[s];
            if (options.Relabel) Relabel(c, t, votes, sb);
            if (!options.Fill) continue;
            if (options.MinTaggedShare > 0) CountOccurrences(contexts, from, to, trie, occurrences);
            for (int i = 0; i < c.Count; i++)
            {
                if (t[i] != NerTags.Outside) continue;
                int length = GazetteerSource.Match(c, trie, i, out var label, out int strip);
                if (length == 0 || c.HasTanween(i + length - 1)) continue;
                if (length == 1 && strip == 0 && c.IsCommon(i) && !c.IsNamePart(i)) continue;
                if (length == 1 && options.Strict && (c.IsCommon(i) || c.IsCliticCommon(i) || c.IsStop(i) || c.IsTrigger(i) || c.IsNotName(i))) continue;
                bool free = true;
                for (int k = i; k < i + length && free; k++) free = t[k] == NerTags.Outside;
                if (!free) continue;
                if (options.MinTaggedShare > 0)
                {
                    var key = Key(c, i, length, strip, sb);
                    int tagged = 0;
                    if (votes.TryGetValue(key, out var v)) tagged = v[1] + v[2] + v[3] + v[4];
                    int seen = occurrences.GetValueOrDefault(key);
                    if (seen > 0 && tagged < options.MinTaggedShare * seen) continue;
                }
                int begin = NerTags.Begin(label);
                if (minLog > float.NegativeInfinity)
                {
                    int previous = i == 0 || features![s].StartsLine(i) ? NerTags.Start : t[i - 1];
                    if (model!.LogProbability(features![s], i, previous, begin) < minLog) continue;
                }
                t[i] = begin;
                for (int k = i + 1; k < i + length; k++) t[k] = begin + 1;
                i += length - 1;
            }
        }
    }

    private static string Key(EntityContext c, int i, int length, int strip, StringBuilder sb)
    {
        sb.Clear();
        sb.Append(c.Form(i)[strip..]);
        for (int k = i + 1; k < i + length; k++) sb.Append(' ').Append(c.Form(k));
        return sb.ToString();
    }

    // How often each key of the trie occurs, tagged or not, in sentences from..to.
    private static void CountOccurrences(IReadOnlyList<EntityContext> contexts, int from, int to, PhraseTrie trie, Dictionary<string, int> occurrences)
    {
        occurrences.Clear();
        var sb = new StringBuilder();
        for (int s = from; s <= to; s++)
        {
            var c = contexts[s];
            for (int i = 0; i < c.Count; i++)
            {
                int length = GazetteerSource.Match(c, trie, i, out _, out int strip);
                if (length == 0) continue;
                var key = Key(c, i, length, strip, sb);
                occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            }
        }
    }

    // Tagged names whose string carries another label more often nearby take that label.
    private static void Relabel(EntityContext c, int[] t, Dictionary<string, int[]> votes, StringBuilder sb)
    {
        for (int i = 0; i < t.Length; i++)
        {
            if (!NerTags.IsBegin(t[i])) continue;
            int last = i;
            while (last + 1 < t.Length && t[last + 1] == t[i] + 1) last++;
            if (c.IsArabic(i) && votes.TryGetValue(Key(c, i, last - i + 1, ModelSource.Strip(c, i), sb), out var v))
            {
                var label = NerTags.Label(t[i]);
                var best = Majority(v);
                if (best != label && v[(int)best] > v[(int)label])
                {
                    int begin = NerTags.Begin(best);
                    t[i] = begin;
                    for (int k = i + 1; k <= last; k++) t[k] = begin + 1;
                }
            }
            i = last;
        }
    }

    private static EntityLabel Majority(int[] v)
    {
        int best = 1;
        for (int l = 2; l < v.Length; l++)
        {
            if (v[l] > v[best]) best = l;
        }
        return (EntityLabel)best;
    }
}
