using System.Text;
using TextAnalysis.Records;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// Finds names of people, places, organizations and other named things with a trained sequence tagger
/// (<see cref="NerModel"/>, embedded), a gazetteer (ANERcorp training entities and general geography) and
/// trigger-word rules, all behind one internal interface (<see cref="IMentionSource"/>). In running text
/// (<see cref="Recognize"/>) the gazetteer and the rules lead and the tagger adds the names they miss; sentences given
/// as tokens (<see cref="Tag(IReadOnlyList{string})"/>, CoNLL) are tagged by the tagger alone, which was trained on
/// that convention. Spans leave attached clitics out. Immutable and thread-safe.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly IMentionSource[] _sources;
    private readonly Func<EntityLexicon> _lexicon;

    internal EntityRecognizer(Func<EntityLexicon> lexicon, params IMentionSource[] sources)
    {
        _lexicon = lexicon;
        _sources = sources;
    }

    /// <summary>A recognizer with the default sources over another lexicon.</summary>
    internal static EntityRecognizer WithLexicon(EntityLexicon lexicon) => new(() => lexicon, new ModelSource(() => NerModel.Default), new GazetteerSource(), new RuleSource());

    /// <summary>A recognizer with the gazetteer and the rules only (no trained model).</summary>
    internal static EntityRecognizer RulesOnly { get; } = new(() => EntityLexicon.Default, new GazetteerSource(), new RuleSource());

    /// <summary>A shared instance: the trained tagger, the gazetteer and the rules over the bundled word lists.</summary>
    public static EntityRecognizer Default { get; } = new(() => EntityLexicon.Default, new ModelSource(() => NerModel.Default), new GazetteerSource(), new RuleSource());

    /// <summary>The entity mentions of <paramref name="text"/>, in document order.</summary>
    public IReadOnlyList<EntityRecord> Recognize(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (mentions, aliases) = Find(text, MergePolicy.ModelFills);
        var records = new List<EntityRecord>(mentions.Count);
        for (int m = 0; m < mentions.Count; m++)
        {
            var x = mentions[m];
            records.Add(new EntityRecord
            {
                Text = text.Slice(x.Start, x.End),
                Start = x.Start,
                End = x.End,
                Label = EntityLabels.RecordName(x.Label),
                Alias = aliases[m],
            });
        }
        return records;
    }

    /// <summary>BIO tags (B-PERS, I-LOC, O, ...) for a sentence given as tokens.</summary>
    public string[] Tag(IReadOnlyList<string> tokens) => Tag(tokens, MergePolicy.ModelOnly);

    /// <summary>BIO tags for consecutive sentences of one text, each given as tokens (CoNLL): each sentence is tagged by
    /// the tagger alone, then a name tagged in one sentence is also tagged where the sentences around it repeat it
    /// untagged (document-level consistency).</summary>
    public string[][] TagSentences(IReadOnlyList<IReadOnlyList<string>> sentences) => TagSentences(sentences, ConsistencyOptions.Default);

    /// <summary>BIO tags for consecutive sentences given as tokens, made consistent across sentences as
    /// <paramref name="options"/> says (null: each sentence alone).</summary>
    internal string[][] TagSentences(IReadOnlyList<IReadOnlyList<string>> sentences, ConsistencyOptions? options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new string[sentences.Count][];
        var model = Array.Find(_sources, static s => s is ModelSource) is ModelSource source ? source.Model : null;
        if (model is null)
        {
            for (int s = 0; s < sentences.Count; s++) result[s] = Tag(sentences[s]);
            return result;
        }
        var lexicon = _lexicon();
        var contexts = new EntityContext[sentences.Count];
        var owners = new int[sentences.Count][];
        var decoded = new int[sentences.Count][];
        var features = new NerFeatures[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            ArgumentNullException.ThrowIfNull(sentences[s]);
            var (text, owner) = ConllAlignment.Align(sentences[s]);
            contexts[s] = new EntityContext(text, lexicon) { ConllTokens = true };
            owners[s] = owner;
            features[s] = new NerFeatures(contexts[s]);
            decoded[s] = model.Decode(features[s], contexts[s].Count);
        }
        if (options is not null) DocumentConsistency.Apply(contexts, decoded, options, model, features);
        for (int s = 0; s < sentences.Count; s++)
        {
            // Each given token takes the tag of the first library token in it.
            var tags = new string[sentences[s].Count];
            Array.Fill(tags, "O");
            var owner = owners[s];
            for (int j = owner.Length - 1; j >= 0; j--) tags[owner[j]] = NerTags.Name(decoded[s][j]);
            result[s] = tags;
        }
        return result;
    }

    /// <summary>BIO tags for a sentence given as tokens, the sources merged by <paramref name="policy"/>.</summary>
    internal string[] Tag(IReadOnlyList<string> tokens, MergePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var tags = new string[tokens.Count];
        Array.Fill(tags, "O");
        if (tokens.Count == 0) return tags;
        var model = Array.Find(_sources, static s => s is ModelSource) is ModelSource source ? source.Model : null;
        if (policy == MergePolicy.ModelOnly && model is not null)
        {
            // Each given token takes the tag of the first library token in it.
            var (text, owner) = ConllAlignment.Align(tokens);
            var context = new EntityContext(text, _lexicon()) { ConllTokens = true };
            var decoded = model.Decode(new NerFeatures(context), context.Count);
            for (int j = owner.Length - 1; j >= 0; j--) tags[owner[j]] = NerTags.Name(decoded[j]);
            return tags;
        }
        if (policy == MergePolicy.ModelOnly) policy = MergePolicy.ModelFills;
        var starts = new int[tokens.Count];
        var sb = new StringBuilder();
        for (int k = 0; k < tokens.Count; k++)
        {
            if (k > 0) sb.Append(' ');
            starts[k] = sb.Length;
            sb.Append(tokens[k]);
        }
        var (mentions, _) = Find(new AnalyzedText(sb.ToString()), policy, conll: true);
        int t = 0;
        foreach (var m in mentions)
        {
            while (t < tokens.Count && starts[t] + tokens[t].Length <= m.Start) t++;
            string type = EntityLabels.ConllName(m.Label);
            bool first = true;
            for (int k = t; k < tokens.Count && starts[k] < m.End; k++)
            {
                if (tags[k] != "O") continue;
                tags[k] = (first ? "B-" : "I-") + type;
                first = false;
            }
        }
        return tags;
    }

    // The resolved mentions of a text, in document order, and their Latin aliases.
    private (List<Mention> Mentions, List<string?> Aliases) Find(AnalyzedText text, MergePolicy policy, bool conll = false)
    {
        var context = new EntityContext(text, _lexicon()) { ConllTokens = conll };
        var candidates = new List<Mention>();
        foreach (var source in _sources) source.Collect(context, candidates);
        if (!conll)
        {
            int kept = 0;
            for (int k = 0; k < candidates.Count; k++)
            {
                var m = RunningText.Glue(context, candidates[k]);
                if (RunningText.TrimTitles(context, ref m)) candidates[kept++] = m;
            }
            candidates.RemoveRange(kept, candidates.Count - kept);
        }

        // The model's mentions first or last, as the policy says; then the longest, then the most trusted source. A
        // token belongs to at most one mention.
        int modelRank = policy == MergePolicy.ModelFirst ? -1 : 1;
        candidates.Sort((a, b) =>
            (a.Priority == ModelSource.ModelPriority) != (b.Priority == ModelSource.ModelPriority) ? (a.Priority == ModelSource.ModelPriority ? modelRank : -modelRank)
            : a.TokenCount != b.TokenCount ? b.TokenCount.CompareTo(a.TokenCount)
            : a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.First.CompareTo(b.First));
        var owner = new int[context.Count];
        Array.Fill(owner, -1);
        var chosen = new List<Mention>();
        var model = Array.Find(_sources, static s => s is ModelSource) is ModelSource modelSource ? modelSource.Model : null;
        foreach (var m in candidates)
        {
            if (!conll && RunningText.Drops(context, m, model)) continue;
            bool free = true;
            for (int k = m.First; k <= m.Last && free; k++) free = owner[k] < 0;
            if (!free) continue;
            for (int k = m.First; k <= m.Last; k++) owner[k] = chosen.Count;
            chosen.Add(m);
        }
        if (!conll) RunningText.WidenToModel(context, candidates, chosen, owner);
        ExtendPersons(context, chosen, owner);
        var aliases = new List<string?>(new string?[chosen.Count]);
        LatinAliases(context, chosen, aliases, owner);
        Repeat(context, chosen, aliases, owner, model, conll);

        // Document order.
        var order = new int[chosen.Count];
        for (int k = 0; k < order.Length; k++) order[k] = k;
        Array.Sort(order, (x, y) => chosen[x].Start.CompareTo(chosen[y].Start));
        var mentions = new List<Mention>(order.Length);
        var orderedAliases = new List<string?>(order.Length);
        foreach (int k in order)
        {
            mentions.Add(chosen[k]);
            orderedAliases.Add(aliases[k]);
        }
        return (mentions, orderedAliases);
    }

    // The most words a person's name grows to over known name parts (a nasab chain: محمد بن نايف بن عبد العزيز آل سعود).
    private const int MaxPersonWords = 8;

    // A person's name runs on over known name parts next to it (جورج + بوش → جورج بوش), and over a connector followed
    // by one (عبد الله + بن + فيصل, فيصل + بن + عبد الله).
    private static void ExtendPersons(EntityContext c, List<Mention> chosen, int[] owner)
    {
        for (int m = 0; m < chosen.Count; m++)
        {
            var x = chosen[m];
            if (x.Label != EntityLabel.Person) continue;
            int last = x.Last;
            while (last - x.First < MaxPersonWords - 1)
            {
                if (Free(c, owner, last, last + 1) && Continues(c, last + 1)) owner[++last] = m;
                else if (last - x.First < MaxPersonWords - 2 && Free(c, owner, last, last + 1) && IsConnector(c, last + 1) &&
                         Free(c, owner, last + 1, last + 2) && Continues(c, last + 2))
                {
                    owner[++last] = m;
                    owner[++last] = m;
                }
                else break;
            }
            int first = x.First;
            int strip = first == x.First ? x.Start - c.Tokens[first].Start : 0;
            // A first word that lost clitics (وعبد الله) begins the name.
            bool open = x.Start == c.Tokens[first].Start;
            while (open && last - first < MaxPersonWords - 1 && first > 0)
            {
                if (Free(c, owner, first, first - 1) && Continues(c, first - 1) && !c.IsNisba(first - 1)) owner[--first] = m;
                else if (last - first < MaxPersonWords - 2 && first > 1 && Free(c, owner, first, first - 1) && IsConnector(c, first - 1) &&
                         Free(c, owner, first - 1, first - 2) && Continues(c, first - 2) && !c.IsNisba(first - 2))
                {
                    owner[--first] = m;
                    owner[--first] = m;
                }
                else break;
                strip = c.ArticleClitics(first);
                open = strip == 0;
            }
            if (first != x.First || last != x.Last)
                chosen[m] = new Mention(first, last, first == x.First ? x.Start : c.StartAfter(first, strip), c.Tokens[last].End, x.Label, x.Priority,
                                        first == x.First ? x.Strip : strip);
        }
    }

    // Token j is next to token i on the same line and in no mention yet.
    private static bool Free(EntityContext c, int[] owner, int i, int j) =>
        (uint)j < (uint)owner.Length && c.Joined(Math.Min(i, j), Math.Max(i, j)) && owner[j] < 0;

    // A known part of a person's name that is no common or function word as written (فيصل reads as ف + يصل too, and
    // stays), nor و before a common word (ومعالي: "and his excellency" begins something else).
    internal static bool Continues(EntityContext c, int i) =>
        c.IsNamePart(i) && !c.IsStop(i) && (!c.IsCommon(i) || (c.IsCliticCommon(i) && c.Form(i)[0] != 'و'));

    // بن، ابن، بنت، أبو، عبد، آل …: a word that joins the pieces of one name.
    internal static bool IsConnector(EntityContext c, int i) => c.IsArabic(i) && c.Lexicon.Connectors.Contains(c.Form(i));

    // Below this probability of beginning a person where a person's name is repeated, the tagger vetoes the repeat.
    // On a day of SaudiNewsNet, 0.1 % took out about 140 repeats of words that are no names (ترسية، الملح، العربي،
    // الفنون) and about 15 of real family names; 1 % took out more of both (ترمب، دوابشة، البغدادي), and places (عسير)
    // lost as many repeats as wrong ones, so places are not vetoed.
    private const double RepeatVeto = 0.001;

    // A name that a rule or a transliteration found once is a name wherever else the text repeats it; a person's
    // family name alone (بوش after جورج بوش) is that person. As in the CoNLL consistency pass, the tagger may veto a
    // person's repeat (one article on salt: الملح tagged once as a person, repeated 59 times).
    private static void Repeat(EntityContext c, List<Mention> chosen, List<string?> aliases, int[] owner, NerModel? model, bool conll)
    {
        PhraseTrie? local = null;
        var sb = new StringBuilder();
        int found = chosen.Count;
        for (int m = 0; m < found; m++)
        {
            var x = chosen[m];
            if (x.Priority is GazetteerSource.SinglePriority or GazetteerSource.PhrasePriority) continue;
            sb.Clear();
            sb.Append(c.Form(x.First)[x.Strip..]);
            for (int k = x.First + 1; k <= x.Last; k++) sb.Append(' ').Append(c.Form(k));
            local ??= new PhraseTrie();
            local.Add(sb.ToString(), x.Label, overwrite: false);
            // Not the second half of a compound (عبد الله، عبد العزيز، أبو مازن, آل سعود): alone it names someone else.
            if (x.Label == EntityLabel.Person && x.Last > x.First && c.IsPersonPart(x.Last) && !c.Lexicon.Regnal.Contains(c.Form(x.Last)) &&
                !c.Lexicon.Connectors.Contains(c.Form(x.Last - 1)) && !c.IsNotAlone(x.Last))
                local.Add(c.Form(x.Last).ToString(), EntityLabel.Person, overwrite: false);
        }
        if (local is null) return;
        for (int i = 0; i < c.Count; i++)
        {
            if (owner[i] >= 0) continue;
            int length = GazetteerSource.Match(c, local, i, out var label, out int strip);
            if (length == 0 || c.HasTanween(i + length - 1)) continue;
            if (length == 1 && strip == 0 && c.IsCommon(i) && !c.IsNamePart(i)) continue;
            if (label == EntityLabel.Person && RunningText.BeginProbability(c, model, i, label) < RepeatVeto) continue;
            bool free = true;
            for (int k = i; k < i + length && free; k++) free = owner[k] < 0;
            if (!free) continue;
            // A repeat meets the running-text conventions its first mention met (a club named by a common word in quotation
            // marks, «العربي», is not repeated as the bare word).
            var repeat = c.Make(i, i + length - 1, strip, label, Mention.RepeatedPriority);
            if (!conll && RunningText.Drops(c, repeat, model)) continue;
            for (int k = i; k < i + length; k++) owner[k] = chosen.Count;
            chosen.Add(repeat);
            aliases.Add(null);
            i += length - 1;
        }
    }

    // A Latin transliteration in capitals right after Arabic words (بورت آرثر PORT ARTHUR, (OCTOBRISTS)) is the alias of
    // the mention it follows; when no mention ends there, it marks the Arabic words before it as a name.
    private static void LatinAliases(EntityContext c, List<Mention> chosen, List<string?> aliases, int[] owner)
    {
        var tokens = c.Tokens;
        var original = c.Text.Original;
        for (int i = 1; i < c.Count; i++)
        {
            if (!IsCapitals(c, i)) continue;
            int anchor = i - 1;
            if (tokens[anchor].Kind == TokenKind.Punctuation && original[tokens[anchor].Start] == '(') anchor--;
            if (anchor < 0 || !c.IsArabic(anchor) || c.Text.LineBreakBetween(anchor, i)) continue;
            int words = 1, end = i;
            for (int k = i + 1; k < c.Count && !c.Text.LineBreakBetween(k - 1, k); k++)
            {
                if (IsCapitals(c, k)) { words++; end = k; continue; }
                if (tokens[k].Kind == TokenKind.Punctuation && original[tokens[k].Start] is '-' or '–' or 'ـ' && k + 1 < c.Count && IsCapitals(c, k + 1)) continue;
                break;
            }
            string alias = original[tokens[i].Start..tokens[end].End];
            i = end;
            if (owner[anchor] >= 0)
            {
                int m = owner[anchor];
                if (chosen[m].Last == anchor) aliases[m] = alias;
                continue;
            }
            int first = anchor;
            while (anchor - first + 1 < Math.Min(words, 3) && first > 0 && c.Joined(first - 1, first) && c.IsArabic(first - 1) && owner[first - 1] < 0 && c.IsNameLike(first - 1))
                first--;
            if (!c.IsNameLike(first) && !c.IsNamePart(first)) continue;
            if (first == anchor && c.IsNisba(first)) continue;
            // An acronym (للمدفوعات (SPAN), أوبك OPEC) is shorter than the words it follows, whose vowels Arabic leaves
            // unwritten: a transliteration (موكدن MUKDEN) has at least as many letters, give or take one.
            int arabic = -c.ArticleClitics(first);
            for (int k = first; k <= anchor; k++) arabic += c.Form(k).Length;
            if (LatinLetters(alias) < arabic - 1) continue;
            var label = EntityLabel.Location;
            var lex = c.Lexicon;
            if (first > 0 && c.Joined(first - 1, first))
            {
                if (c.Lookup(first - 1, lex.Titles, out _)) label = EntityLabel.Person;
                else if (c.Lookup(first - 1, lex.OrganizationHeads, out _) || c.Lookup(first - 1, lex.OrganizationDescriptors, out _)) label = EntityLabel.Organization;
            }
            for (int k = first; k <= anchor; k++) owner[k] = chosen.Count;
            chosen.Add(c.Make(first, anchor, c.ArticleClitics(first), label, Mention.AliasPriority));
            aliases.Add(alias);
        }
    }

    private static int LatinLetters(string s)
    {
        int n = 0;
        foreach (char ch in s) n += char.IsAsciiLetter(ch) ? 1 : 0;
        return n;
    }

    private static bool IsCapitals(EntityContext c, int i)
    {
        if (c.Tokens[i].Kind != TokenKind.Latin) return false;
        var s = c.Text.Surface(c.Tokens[i]);
        if (s.Length < 2) return false;
        foreach (char ch in s)
        {
            if (!char.IsUpper(ch)) return false;
        }
        return true;
    }
}

/// <summary>How the recognizer merges the tagger's mentions with the gazetteer's and the rules'.</summary>
internal enum MergePolicy
{
    /// <summary>The tagger alone (sentences given as CoNLL tokens).</summary>
    ModelOnly,

    /// <summary>The gazetteer and the rules first; the tagger's mentions fill the words they leave free (running text).</summary>
    ModelFills,

    /// <summary>The tagger's mentions first; the gazetteer and the rules fill the rest.</summary>
    ModelFirst,
}
