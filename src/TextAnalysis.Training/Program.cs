using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using TextAnalysis.Extraction.Entities;

namespace TextAnalysis.Training;

/// <summary>
/// Trains the entity tagger: reads CoNLL sentences, computes the core library's features (NerFeatures) with the
/// gold previous tag, trains an ML.NET maximum-entropy classifier (L-BFGS with L1 and L2 regularization), and writes
/// its weights as the compact model file the library embeds (NerModel). With --holdout, the last part of the
/// sentences is kept out of training and scored.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: --train FILE.conll [--extra FILE.conll ...] --out MODEL [--holdout 0.1] [--holdout-slice K] [--load MODEL] [--consistency none|window=10,fill=true,relabel=false,family=true,share=0 ...] [--exclude FILE.conll] [--l1 0.1] [--l2 3] [--iterations 150] [--folds 5] [--o-penalty 0.75] [--bonus LOC=-0.75 ...] [--inside-bonus ORG=-0.5 ...] [--groups 63] [--tune-bonuses true] [--penalties 0,0.5,1]");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        var sentences = Conll.Read(options.Train);
        if (options.CrossValidation.Count > 0) return CrossValidate(sentences, options);
        // The held-out part: the last fraction of the sentences, or with --holdout-slice K the K-th slice of that size
        // (0 = the first), so that decisions can be checked on a second, unused slice.
        var (train, heldOut) = Split(sentences, options.Holdout, options.HoldoutSlice);
        // Extra corpora (NewsFANE) are mapped to the four labels; their segments that repeat text of an excluded
        // corpus (the ANERcorp test split, never trained on) or of the training split are left out.
        var seen = Conll.Shingles(sentences);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in options.Exclude) excluded.UnionWith(Conll.Shingles(Conll.Read(path)));
        var extraSentences = new List<Sentence>();
        foreach (var extra in options.Extra)
        {
            int kept = 0, dropped = 0;
            foreach (var s in Conll.Read(extra))
            {
                var shingles = Conll.Shingles([s]);
                int repeated = 0;
                bool leak = false;
                foreach (var g in shingles)
                {
                    if (excluded.Contains(g)) leak = true;
                    if (seen.Contains(g)) repeated++;
                }
                if (leak || (shingles.Count > 0 && repeated * 5 > shingles.Count)) { dropped++; continue; }
                extraSentences.Add(Conll.MapFane(s));
                kept++;
            }
            Console.WriteLine($"{extra}: {kept} segments kept, {dropped} left out as repeats");
        }
        Console.WriteLine($"{train.Count} training sentences, {heldOut.Count} held out");

        // Held out: the gazetteer and common-word lists are rebuilt from the training part only, as the shipped ones
        // were built from the whole training split.
        var lexicon = heldOut.Count == 0 ? EntityLexicon.Default : PartLexicon(train);
        // Jackknife: each fold of the training sentences is featurized with lists built from the other folds, so
        // that the gazetteer and name-part features cover the training text as sparsely as they cover new text.
        var model = options.Load.Length > 0 ? LoadModel(options.Load) : Train(train, extraSentences, lexicon, options, clock);
        // The O bias is lowered by a margin tuned on the held-out slice of the training split (recall for precision).
        // (Both stages alike.)
        if (options.Load.Length == 0) model = Adjust(model, options);
        Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s; {model.ActiveFeatures} active features");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
        using (var file = File.Create(options.Out)) model.Save(file);
        Console.WriteLine($"wrote {options.Out} ({new FileInfo(options.Out).Length / 1024.0:F0} KiB)");

        if (heldOut.Count > 0)
        {
            using var file = File.OpenRead(options.Out);
            var loaded = NerModel.Load(file);
            // The whole recognizer (model, gazetteer, rules) with the held-out lexicon, model first and model alone.
            var recognizer = new EntityRecognizer(() => lexicon, new ModelSource(() => loaded), new GazetteerSource(), new RuleSource());
            foreach (var policy in new[] { MergePolicy.ModelFirst, MergePolicy.ModelFills })
            {
                Console.WriteLine($"recognizer, {policy}:");
                Evaluate(tokens => recognizer.Tag(tokens, policy), heldOut);
            }
            // Document-level consistency over neighbouring sentences (the held-out slice is consecutive text).
            var alone = new EntityRecognizer(() => lexicon, new ModelSource(() => loaded));
            var tokens = heldOut.Select(s => (IReadOnlyList<string>)s.Tokens).ToList();
            foreach (var consistency in options.Consistency)
            {
                Console.WriteLine($"model alone, then {consistency}:");
                EvaluateAll(() => alone.TagSentences(tokens, consistency), heldOut, options.Consistency.Count == 1 ? "NER_DUMP_DOC" : null);
            }
            if (options.TuneBonuses) TuneBonuses(loaded, heldOut, lexicon, options.Consistency[0]);
            // Candidate bonus sets on top of the model's own biases, scored as `tag --conll` tags (to compare slices).
            foreach (var trial in options.TryBonuses)
            {
                var m = loaded;
                foreach (var item in trial.Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
                    var kv = item.Split('=');
                    bool inside = kv[0].StartsWith("I-", StringComparison.Ordinal);
                    var label = EntityLabels.Parse(inside ? kv[0][2..] : kv[0]);
                    float value = float.Parse(kv[1], CultureInfo.InvariantCulture);
                    m = inside ? m.WithInsideBonus(label, value) : m.WithLabelBonus(label, value);
                }
                Console.WriteLine($"bonuses {trial} more: micro F1 {MicroF1(m, heldOut, lexicon, options.Consistency.Count > 0 ? options.Consistency[0] : null):F2}");
            }
            foreach (float penalty in options.Penalties)
            {
                Console.WriteLine($"model alone (ModelOnly), O penalty {penalty} more:");
                Evaluate(loaded.WithOutsidePenalty(penalty), heldOut, lexicon);
                // The same margin under the document-level consistency (as `tag --conll` tags), when one is given.
                if (options.Consistency.Count > 0 && options.Consistency[0] is { } doc)
                    Console.WriteLine($"  with the consistency pass: micro F1 {MicroF1(loaded.WithOutsidePenalty(penalty), heldOut, lexicon, doc):F2}");
            }
        }
        return 0;
    }

    // One maximum-entropy model over the features and the previous tag. (A right-to-left model decoded jointly and a
    // second stage over document hints were tried in the second and third rounds; their code is on the git tag
    // ner-research-decoders.)
    private static NerModel Train(List<Sentence> train, List<Sentence> extraSentences, EntityLexicon lexicon, Options options, Stopwatch clock)
    {
        var rows = new List<Row>();
        var foldRows = new List<(int From, int To)>();
        var foldLexicons = new List<EntityLexicon>();
        int folds = options.Folds;
        for (int k = 0; k < folds; k++)
        {
            int from = train.Count * k / folds, to = train.Count * (k + 1) / folds;
            var part = train.GetRange(from, to - from);
            var rest = train.Take(from).Concat(train.Skip(to)).ToList();
            var partLexicon = folds == 1 ? lexicon : PartLexicon(rest);
            int start = rows.Count;
            rows.AddRange(Featurize(part, options.GazetteerDropout, partLexicon));
            foldRows.Add((start, rows.Count));
            foldLexicons.Add(partLexicon);
        }
        if (extraSentences.Count > 0) rows.AddRange(Featurize(extraSentences, options.GazetteerDropout, lexicon));
        Console.WriteLine($"{rows.Count} training tokens featurized in {clock.Elapsed.TotalSeconds:F1} s");
        if (options.Predicted != PredictedPrevious.None && folds >= 2) rows = PredictedRows(train, rows, foldRows, foldLexicons, options, clock);
        return Fit(rows, options);
    }

    // The model of every training row but those of one fold, with the O penalty and bonuses it would decode with.
    private static NerModel FoldTagger(List<Row> rows, (int From, int To) fold, Options options)
    {
        var others = new List<Row>(rows.Count);
        others.AddRange(rows.Take(fold.From));
        others.AddRange(rows.Skip(fold.To));
        return Adjust(Fit(others, options), options);
    }

    // The sentences of fold j of k (the folds the rows were made in).
    private static List<Sentence> Fold(List<Sentence> train, int j, int k) =>
        train.GetRange(train.Count * j / k, train.Count * (j + 1) / k - train.Count * j / k);

    // Exposure bias of the MEMM (as in DAgger / stacked MEMMs): the previous-tag feature is learnt from gold previous
    // tags but decoded on predicted ones. Each fold of the training sentences is tagged by a model trained on the other
    // folds (with the shipped O penalty and bonuses, as it would decode), and its rows are made again with those
    // predicted previous tags: in place of the gold ones (Replace) or as extra rows where they differ (Add). The tag to
    // learn stays the gold one, except an I- tag after a predicted tag it cannot follow, which becomes B- (the best
    // move left from there). The extra corpora keep their gold previous tags.
    private static List<Row> PredictedRows(List<Sentence> train, List<Row> rows, List<(int From, int To)> foldRows, List<EntityLexicon> foldLexicons, Options options, Stopwatch clock)
    {
        int folds = foldRows.Count;
        var result = new List<Row>(rows.Count * 5 / 4);
        for (int j = 0; j < folds; j++)
        {
            var tagger = FoldTagger(rows, foldRows[j], options);
            var part = Fold(train, j, folds);
            var predicted = new List<int[]>(part.Count);
            foreach (var s in part)
            {
                var (text, _) = ConllAlignment.Align(s.Tokens);
                var context = new EntityContext(text, foldLexicons[j]);
                predicted.Add(tagger.Decode(new NerFeatures(context), context.Count));
            }
            if (options.Predicted == PredictedPrevious.Add)
                for (int r = foldRows[j].From; r < foldRows[j].To; r++) result.Add(rows[r]);
            result.AddRange(Featurize(part, 0, foldLexicons[j], predicted: predicted, onlyChanged: options.Predicted == PredictedPrevious.Add));
            Console.WriteLine($"predicted previous tags: fold {j} tagged by a model of the other folds ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        // The extra corpora's rows follow the folds'.
        for (int r = foldRows[^1].To; r < rows.Count; r++) result.Add(rows[r]);
        Console.WriteLine($"{result.Count} training rows with predicted previous tags");
        return result;
    }

    // The O penalty and the label bonuses of the options.
    private static NerModel Adjust(NerModel model, Options options)
    {
        model = model.WithOutsidePenalty(options.OutsidePenalty);
        foreach (var (label, bonus) in options.Bonuses) model = model.WithLabelBonus(label, bonus);
        foreach (var (label, bonus) in options.InsideBonuses) model = model.WithInsideBonus(label, bonus);
        return model;
    }

    private static NerModel Fit(List<Row> rows, Options options)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            MaximumNumberOfIterations = options.Iterations,
            OptimizationTolerance = 1e-5f,
            HistorySize = 20,
            NumberOfThreads = 2,
        });
        var transformer = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue).Append(trainer).Fit(data).LastTransformer;
        var parameters = transformer.Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out int classes);
        var biases = parameters.GetBiases().ToArray();
        if (classes != NerTags.Count) throw new InvalidOperationException($"expected {NerTags.Count} classes, got {classes}");
        var dense = new float[NerFeatures.TotalDimension * NerTags.Count];
        for (int t = 0; t < classes; t++)
        {
            foreach (var (index, value) in weights[t].Items()) dense[index * NerTags.Count + t] = value;
        }
        return new NerModel(dense, biases);
    }

    // A model written by an earlier run (--load: decoding experiments without retraining; the biases are as saved).
    private static NerModel LoadModel(string path)
    {
        using var file = File.OpenRead(path);
        return NerModel.Load(file);
    }

    // The held-out part: the last fraction of the sentences (slice < 0), or the slice-th part of that size (0 = the
    // first); the training part is the rest.
    private static (List<Sentence> Train, List<Sentence> HeldOut) Split(List<Sentence> sentences, double fraction, int slice)
    {
        int held = (int)(sentences.Count * fraction);
        int from = slice < 0 ? sentences.Count - held : Math.Min(slice * held, sentences.Count - held);
        return (sentences.Take(from).Concat(sentences.Skip(from + held)).ToList(), sentences.GetRange(from, held));
    }

    private static EntityLexicon PartLexicon(List<Sentence> sentences)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var s in sentences)
        {
            for (int k = 0; k < s.Tokens.Count; k++) sb.Append(s.Tokens[k]).Append(' ').Append(s.Tags[k]).Append('\n');
            sb.Append('\n');
        }
        var (entities, common) = AnercorpLexiconGenerator.Generate(new StringReader(sb.ToString()));
        static IEnumerable<string> Split(string text) => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');
        return EntityLexicon.Load(name => name switch
        {
            "anercorp-entities.tsv" => Split(entities),
            "anercorp-common-words.txt" => Split(common),
            _ => EntityLexicon.Lines(name),
        });
    }

    // Training rows of the sentences, with the gold previous tag (or the predicted one where given).
    private static List<Row> Featurize(List<Sentence> sentences, double dropout, EntityLexicon lexicon,
                                       List<int[]>? predicted = null, bool onlyChanged = false)
    {
        var rows = new List<Row>(sentences.Count * 25);
        var random = new Random(7);
        var featureList = new List<NerFeatures>(sentences.Count);
        var owners = new List<int[]>(sentences.Count);
        foreach (var s in sentences)
        {
            var (text, owner) = ConllAlignment.Align(s.Tokens);
            var context = new EntityContext(text, lexicon);
            featureList.Add(new NerFeatures(context, gazetteer: random.NextDouble() >= dropout));
            owners.Add(owner);
        }
        var f = new int[NerFeatures.MaxPerToken];
        var counts = new Dictionary<int, float>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var features = featureList[si];
            var tags = TokenTags(sentences[si], owners[si]);
            for (int i = 0; i < tags.Length; i++)
            {
                int n = features.Extract(i, f);
                counts.Clear();
                for (int k = 0; k < n; k++) counts[f[k]] = counts.GetValueOrDefault(f[k]) + 1;
                int previous = features.StartsLine(i) ? NerTags.Start : tags[i - 1];
                int label = tags[i];
                if (predicted is not null)
                {
                    int gold = previous;
                    previous = features.StartsLine(i) ? NerTags.Start : predicted[si][i - 1];
                    if (onlyChanged && previous == gold) continue;
                    if (!NerTags.Allowed(previous, label)) label--;
                }
                counts[NerFeatures.PreviousTagFeature(previous)] = 1;
                var indices = counts.Keys.ToArray();
                Array.Sort(indices);
                var values = new float[indices.Length];
                for (int k = 0; k < indices.Length; k++) values[k] = counts[indices[k]];
                rows.Add(new Row
                {
                    Features = new VBuffer<float>(NerFeatures.TotalDimension, indices.Length, values, indices),
                    Label = (uint)label,
                });
            }
        }
        return rows;
    }

    // The gold tag of each library token: the tag of the CoNLL token it lies in, I- for the later pieces of a B- token.
    private static int[] TokenTags(Sentence s, int[] owner)
    {
        var tags = new int[owner.Length];
        for (int j = 0; j < owner.Length; j++)
        {
            int tag = NerTags.Parse(s.Tags[owner[j]]);
            if (j > 0 && owner[j - 1] == owner[j] && NerTags.IsBegin(tag)) tag++;
            tags[j] = tag;
        }
        return tags;
    }

    /// <summary>The model's tags on CoNLL tokens: each takes the tag of its first library token.</summary>
    private static string[] Predict(NerModel model, IReadOnlyList<string> tokens, EntityLexicon lexicon)
    {
        var (text, owner) = ConllAlignment.Align(tokens);
        var context = new EntityContext(text, lexicon);
        var tags = model.Decode(new NerFeatures(context), context.Count);
        var result = new string[tokens.Count];
        Array.Fill(result, "O");
        for (int j = owner.Length - 1; j >= 0; j--) result[owner[j]] = NerTags.Name(tags[j]);
        return result;
    }

    // --cv SLICE=MODEL,...: models written by held-out runs of each slice (-1: the default last one), scored together
    // (pooled counts, as `tag --conll` tags), and label bonuses searched on top of their own biases for the best pooled
    // micro F1: the same coordinate ascent as --tune-bonuses, over ten slices' worth of entities instead of one.
    private static int CrossValidate(List<Sentence> sentences, Options options)
    {
        var consistency = options.Consistency[0];
        var parts = new List<(NerModel Model, List<Sentence> HeldOut, EntityLexicon Lexicon)>();
        foreach (var (slice, path) in options.CrossValidation)
        {
            var (train, heldOut) = Split(sentences, options.Holdout, slice);
            parts.Add((LoadModel(path), heldOut, PartLexicon(train)));
        }
        (int Correct, int Found, int Gold)[] Score(float[] b)
        {
            var result = new (int, int, int)[parts.Count];
            Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                         k => result[k] = MicroCounts(WithBonuses(parts[k].Model, b), parts[k].HeldOut, parts[k].Lexicon, consistency));
            return result;
        }
        static double F1(int correct, int found, int gold) => correct == 0 ? 0 : 200.0 * correct / (found + gold);
        static double Pooled((int Correct, int Found, int Gold)[] s) => F1(s.Sum(x => x.Correct), s.Sum(x => x.Found), s.Sum(x => x.Gold));
        void Print(string name, (int Correct, int Found, int Gold)[] s) =>
            Console.WriteLine($"{name}: pooled micro F1 {Pooled(s):F2} ({s.Sum(x => x.Gold)} gold); slices " +
                              string.Join(" ", s.Select(x => F1(x.Correct, x.Found, x.Gold).ToString("F1", CultureInfo.InvariantCulture))));
        // Each bonus set's per-slice counts, to print the slices of each round's best.
        var scores = new Dictionary<string, (int Correct, int Found, int Gold)[]>();
        var none = new float[8];
        Print("models' own biases", scores[Key(none)] = Score(none));
        SearchBonuses(b => Pooled(scores[Key(b)] = Score(b)), [-1f, -0.75f, -0.5f, -0.25f, 0f, 0.25f, 0.5f, 0.75f, 1f], Pooled(scores[Key(none)]),
                      (round, best, _) => Print($"round {round}: {Describe(best)}", scores[Key(best)]));
        return 0;

        static string Key(float[] b) => string.Join(',', b);
    }

    // Correct, found and gold entities of the model on the sentences (tagged as MicroF1 tags them).
    private static (int Correct, int Found, int Gold) MicroCounts(NerModel model, List<Sentence> sentences, EntityLexicon lexicon, ConsistencyOptions? consistency)
    {
        var recognizer = new EntityRecognizer(() => lexicon, new ModelSource(() => model));
        var predicted = recognizer.TagSentences(sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList(), consistency);
        int correct = 0, found = 0, gold = 0;
        for (int k = 0; k < sentences.Count; k++)
        {
            var g = Chunks(sentences[k].Tags);
            var p = Chunks(predicted[k]);
            gold += g.Count;
            found += p.Count;
            foreach (var c in p) if (g.Contains(c)) correct++;
        }
        return (correct, found, gold);
    }

    // Coordinate ascent over per-label bias bonuses on the held-out slice: B- and I- together, then I- alone.
    private static void TuneBonuses(NerModel model, List<Sentence> heldOut, EntityLexicon lexicon, ConsistencyOptions? consistency) =>
        SearchBonuses(b => MicroF1(WithBonuses(model, b), heldOut, lexicon, consistency), [-1f, -0.5f, -0.25f, 0f, 0.25f, 0.5f, 0.75f, 1f, 1.5f],
                      MicroF1(model, heldOut, lexicon, consistency),
                      (round, best, f1) => Console.WriteLine($"bonus round {round}: {Describe(best)} -> micro F1 {f1:F2}"));

    private static readonly EntityLabel[] BonusLabels = [EntityLabel.Person, EntityLabel.Location, EntityLabel.Organization, EntityLabel.Misc];

    // The model with label bonuses b (PERS, LOC, ORG, MISC for B- and I- together, then the same for I- alone) added.
    private static NerModel WithBonuses(NerModel model, float[] b)
    {
        for (int k = 0; k < 4; k++) model = model.WithLabelBonus(BonusLabels[k], b[k]).WithInsideBonus(BonusLabels[k], b[4 + k]);
        return model;
    }

    private static string Describe(float[] b) =>
        $"PERS {b[0]} LOC {b[1]} ORG {b[2]} MISC {b[3]}; inside PERS {b[4]} LOC {b[5]} ORG {b[6]} MISC {b[7]}";

    // Two rounds of coordinate ascent over the eight bonuses, each taking the values of the grid in turn; a value is kept
    // when it raises the score. report is told each round's best bonuses and score.
    private static void SearchBonuses(Func<float[], double> score, float[] grid, double start, Action<int, float[], double> report)
    {
        var best = new float[8];
        double bestScore = start;
        for (int round = 0; round < 2; round++)
        {
            for (int l = 0; l < 8; l++)
            {
                foreach (float value in grid)
                {
                    if (value == best[l]) continue;
                    var trial = (float[])best.Clone();
                    trial[l] = value;
                    double f = score(trial);
                    if (f > bestScore + 1e-9)
                    {
                        bestScore = f;
                        best[l] = value;
                    }
                }
            }
            report(round, best, bestScore);
        }
    }

    // Micro F1 of the model on the sentences, tagged together with the document-level consistency given (or each alone).
    private static double MicroF1(NerModel model, List<Sentence> sentences, EntityLexicon lexicon, ConsistencyOptions? consistency)
    {
        var (correct, found, gold) = MicroCounts(model, sentences, lexicon, consistency);
        return correct == 0 ? 0 : 200.0 * correct / (found + gold);
    }

    private static void Evaluate(NerModel model, List<Sentence> sentences, EntityLexicon lexicon) =>
        Evaluate(tokens => Predict(model, tokens, lexicon), sentences);

    private static void Evaluate(Func<List<string>, string[]> tagger, List<Sentence> sentences) =>
        EvaluateAll(() => sentences.Select(s => tagger(s.Tokens)).ToArray(), sentences, "NER_DUMP");

    // Scores the tags of all the sentences; dumpVariable names the environment variable of a dump file (or null).
    private static void EvaluateAll(Func<string[][]> tagger, List<Sentence> sentences, string? dumpVariable)
    {
        var found = new Dictionary<string, int>();
        var gold = new Dictionary<string, int>();
        var correct = new Dictionary<string, int>();
        long tokens = sentences.Sum(s => (long)s.Tokens.Count);
        var clock = Stopwatch.StartNew();
        var predicted = tagger();
        double seconds = clock.Elapsed.TotalSeconds;
        var dump = dumpVariable is null ? null : Environment.GetEnvironmentVariable(dumpVariable);
        if (dump is not null)
        {
            using var w = new StreamWriter(dump);
            for (int k = 0; k < sentences.Count; k++)
            {
                for (int j = 0; j < sentences[k].Tokens.Count; j++) w.WriteLine($"{sentences[k].Tokens[j]} {sentences[k].Tags[j]} {predicted[k][j]}");
                w.WriteLine();
            }
        }
        for (int k = 0; k < sentences.Count; k++)
        {
            var g = Chunks(sentences[k].Tags);
            var p = Chunks(predicted[k]);
            foreach (var c in g) gold[c.Type] = gold.GetValueOrDefault(c.Type) + 1;
            foreach (var c in p)
            {
                found[c.Type] = found.GetValueOrDefault(c.Type) + 1;
                if (g.Contains(c)) correct[c.Type] = correct.GetValueOrDefault(c.Type) + 1;
            }
        }
        Console.WriteLine($"held-out: {tokens} tokens tagged in {seconds:F2} s");
        foreach (var type in new[] { "PERS", "LOC", "ORG", "MISC" }) Report(type, correct.GetValueOrDefault(type), found.GetValueOrDefault(type), gold.GetValueOrDefault(type));
        Report("micro", correct.Values.Sum(), found.Values.Sum(), gold.Values.Sum());
    }

    private static void Report(string name, int correct, int found, int gold)
    {
        double p = found == 0 ? 0 : 100.0 * correct / found, r = gold == 0 ? 0 : 100.0 * correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-6} P {p,5:F1}  R {r,5:F1}  F1 {f,5:F1}  ({gold} gold)"));
    }

    // Entities as conlleval reads them: an I- that does not continue its type starts a new one.
    private static HashSet<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var result = new HashSet<(int, int, string)>();
        int start = -1;
        string? kind = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string prefix = tag.Length > 1 ? tag[..1] : tag;
            string? type = tag.Length > 2 ? Normalize(tag[2..]) : null;
            bool begins = prefix == "B" || (prefix == "I" && kind != type);
            if (kind is not null && (prefix == "O" || begins))
            {
                result.Add((start, i, kind));
                kind = null;
            }
            if (begins)
            {
                start = i;
                kind = type;
            }
        }
        return result;
    }

    private static string Normalize(string type) => type == "PER" ? "PERS" : type;

    private sealed class Row
    {
        [VectorType(NerFeatures.TotalDimension)]
        public VBuffer<float> Features { get; set; }

        public uint Label { get; set; }
    }
}

/// <summary>Which previous tags the training rows of the ANERcorp folds carry (see PredictedRows).</summary>
internal enum PredictedPrevious
{
    None,
    Replace,
    Add,
}

internal sealed record Sentence(List<string> Tokens, List<string> Tags);

internal static class Conll
{
    /// <summary>The six-word shingles of the sentences, in normalized letters.</summary>
    public static HashSet<string> Shingles(List<Sentence> sentences)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            var words = s.Tokens.Select(t => TextAnalysis.Normalization.ArabicNormalizer.Search.NormalizeToString(t)).ToArray();
            for (int i = 0; i + 6 <= words.Length; i++) result.Add(string.Join(' ', words, i, 6));
        }
        return result;
    }

    /// <summary>NewsFANE's fine-grained classes mapped to ANERcorp's four labels; groups (العرب، المسلمين) are not names there.</summary>
    public static Sentence MapFane(Sentence s)
    {
        var tags = new List<string>(s.Tags.Count);
        foreach (var tag in s.Tags)
        {
            if (tag.Length < 3) { tags.Add("O"); continue; }
            string type = tag[2..] switch
            {
                "Politician" or "Athlete" or "Artist" or "Other_PER" or "Religious_PER" or "Scientist" or "Businessperson" or "Lawyer" or "Engineer" or "Police" => "PERS",
                "Nation" or "Population-Center" or "State-or-Province" or "GPE-Cluster" or "Continent" or "Water-Body" or "County-or-District" or
                    "Land-Region-Natural" or "Celestial" or "Building-Grounds" or "Airport" or "Path" or "Subarea-Facility" => "LOC",
                "Non-Governmental" or "Sports" or "Media" or "Government" or "Commercial" or "Educational" or "Medical-Science" or "Entertainment" or "Religious_ORG" => "ORG",
                "Group" => "",
                _ => "MISC",
            };
            tags.Add(type.Length == 0 ? "O" : tag[..2] + type);
        }
        return new Sentence(s.Tokens, tags);
    }

    /// <summary>Sentences of a CoNLL file: TOKEN TAG a line (the last column is the tag), blank lines between sentences.</summary>
    public static List<Sentence> Read(string path)
    {
        var result = new List<Sentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Replace("\u200E", "", StringComparison.Ordinal).Trim('\uFEFF', ' ', '\t', '\r');
            if (line.Length == 0)
            {
                if (tokens.Count > 0) result.Add(new Sentence(tokens, tags));
                tokens = [];
                tags = [];
                continue;
            }
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            tokens.Add(parts[0]);
            tags.Add(parts.Length > 1 ? parts[^1] : "O");
        }
        if (tokens.Count > 0) result.Add(new Sentence(tokens, tags));
        return result;
    }
}

internal sealed class Options
{
    public string Train { get; private set; } = "";
    public List<string> Extra { get; } = [];
    public List<string> Exclude { get; } = [];
    public List<float> Penalties { get; } = [];
    public float OutsidePenalty { get; private set; } = 0.75f;
    public List<(EntityLabel Label, float Bonus)> Bonuses { get; } = [];
    public List<(EntityLabel Label, float Bonus)> InsideBonuses { get; } = [];
    public bool TuneBonuses { get; private set; }
    public List<string> TryBonuses { get; } = [];
    public string Out { get; private set; } = "";
    public double Holdout { get; private set; }
    public int HoldoutSlice { get; private set; } = -1;
    public string Load { get; private set; } = "";
    public List<(int Slice, string Model)> CrossValidation { get; } = [];
    public List<ConsistencyOptions?> Consistency { get; } = [];
    public float L1 { get; private set; } = 0.1f;
    public float L2 { get; private set; } = 3f;
    public int Iterations { get; private set; } = 150;
    public double GazetteerDropout { get; private set; }
    public int Folds { get; private set; } = 5;
    public PredictedPrevious Predicted { get; private set; }

    // none, or window=10,fill=true,relabel=false,family=true,share=0 (any subset; the rest as ConsistencyOptions' defaults).
    private static ConsistencyOptions? ParseConsistency(string v)
    {
        if (v == "none") return null;
        var c = new ConsistencyOptions(ConsistencyOptions.Default.Window);
        foreach (var part in v.Split(','))
        {
            var kv = part.Split('=');
            c = kv[0] switch
            {
                "window" => c with { Window = int.Parse(kv[1], CultureInfo.InvariantCulture) },
                "fill" => c with { Fill = kv[1] == "true" },
                "relabel" => c with { Relabel = kv[1] == "true" },
                "family" => c with { FamilyNames = kv[1] == "true" },
                "share" => c with { MinTaggedShare = double.Parse(kv[1], CultureInfo.InvariantCulture) },
                "strict" => c with { Strict = kv[1] == "true" },
                "p" => c with { MinProbability = double.Parse(kv[1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown consistency setting {kv[0]}"),
            };
        }
        return c;
    }

    public static Options? Parse(string[] args)
    {
        var o = new Options();
        for (int k = 0; k + 1 < args.Length; k += 2)
        {
            string v = args[k + 1];
            switch (args[k])
            {
                case "--train": o.Train = v; break;
                case "--extra": o.Extra.Add(v); break;
                case "--exclude": o.Exclude.Add(v); break;
                case "--o-penalty": o.OutsidePenalty = float.Parse(v, CultureInfo.InvariantCulture); break;
                case "--bonus":
                    var parts = v.Split('=');
                    o.Bonuses.Add((EntityLabels.Parse(parts[0]), float.Parse(parts[1], CultureInfo.InvariantCulture)));
                    break;
                case "--inside-bonus":
                    var inside = v.Split('=');
                    o.InsideBonuses.Add((EntityLabels.Parse(inside[0]), float.Parse(inside[1], CultureInfo.InvariantCulture)));
                    break;
                case "--tune-bonuses": o.TuneBonuses = v == "true"; break;
                case "--try-bonuses": o.TryBonuses.AddRange(v.Split('|')); break;
                case "--penalties": o.Penalties.AddRange(v.Split(',').Select(x => float.Parse(x, CultureInfo.InvariantCulture))); break;
                case "--out": o.Out = v; break;
                case "--holdout-slice": o.HoldoutSlice = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--load": o.Load = v; break;
                case "--cv":
                    foreach (var item in v.Split(',', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var sm = item.Split('=');
                        o.CrossValidation.Add((int.Parse(sm[0], CultureInfo.InvariantCulture), sm[1]));
                    }
                    break;
                case "--consistency": o.Consistency.Add(ParseConsistency(v)); break;
                case "--holdout": o.Holdout = double.Parse(v, CultureInfo.InvariantCulture); break;
                case "--l1": o.L1 = float.Parse(v, CultureInfo.InvariantCulture); break;
                case "--l2": o.L2 = float.Parse(v, CultureInfo.InvariantCulture); break;
                case "--iterations": o.Iterations = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--predicted-previous": o.Predicted = Enum.Parse<PredictedPrevious>(v, ignoreCase: true); break;
                case "--groups": NerFeatures.Groups = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--folds": o.Folds = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--gazetteer-dropout": o.GazetteerDropout = double.Parse(v, CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }
        if (o.Penalties.Count == 0) o.Penalties.Add(0);
        if (o.Consistency.Count == 0) o.Consistency.Add(ConsistencyOptions.Default);
        // Tuned by --tune-bonuses on the held-out slice (see the README); --bonus LABEL=0 / --inside-bonus LABEL=0 turn them off.
        if (o.Bonuses.Count == 0) o.Bonuses.AddRange([(EntityLabel.Location, -0.75f), (EntityLabel.Misc, 1f)]);
        if (o.InsideBonuses.Count == 0) o.InsideBonuses.AddRange([(EntityLabel.Organization, -0.5f), (EntityLabel.Misc, -1f)]);
        return o.Train.Length == 0 || o.Out.Length == 0 ? null : o;
    }
}
