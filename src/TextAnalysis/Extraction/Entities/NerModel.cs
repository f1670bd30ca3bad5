using System.IO.Compression;
using System.Numerics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TextAnalysis.Extraction.Entities;

/// <summary>The nine BIO tags of the tagger: O, then B- and I- of each label in <see cref="EntityLabel"/> order.</summary>
internal static class NerTags
{
    public const int Count = 9;

    /// <summary>The "previous tag" at the start of a sentence.</summary>
    public const int Start = Count;

    public const int Outside = 0;

    private static readonly string[] Names = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public static string Name(int tag) => Names[tag];

    /// <summary>The tag of a CoNLL name (B-PER and B-PERS alike); O when unknown.</summary>
    public static int Parse(ReadOnlySpan<char> name)
    {
        if (name.Length < 3 || name[1] != '-') return Outside;
        var label = EntityLabels.Parse(name[2..]);
        if (label == EntityLabel.None) return Outside;
        return Begin(label) + (name[0] == 'I' ? 1 : 0);
    }

    public static int Begin(EntityLabel label) => 1 + 2 * ((int)label - 1);

    public static bool IsBegin(int tag) => tag != Outside && (tag & 1) == 1;

    public static EntityLabel Label(int tag) => tag == Outside ? EntityLabel.None : (EntityLabel)((tag + 1) / 2);

    /// <summary>True when <paramref name="tag"/> may follow <paramref name="previous"/>: an I- tag only continues its own label.</summary>
    public static bool Allowed(int previous, int tag) => IsBegin(tag) || tag == Outside || (previous != Start && previous != Outside && Label(previous) == Label(tag));
}

/// <summary>
/// The trained tagger: a maximum-entropy model over <see cref="NerFeatures"/> with the previous tag as a feature
/// (MEMM), trained with ML.NET by TextAnalysis.Training and shipped as the embedded resource
/// Resources/Entities/ner.model. Decoding is Viterbi over the BIO constraints, so the output is always a valid
/// tag sequence. Immutable and thread-safe.
/// </summary>
internal sealed class NerModel
{
    /// <summary>The file's first bytes.</summary>
    public const uint Magic = 0x3152454E; // "NER1"

    public const string FileName = "ner.model";

    private static readonly Lazy<NerModel?> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // The non-zero rows of weights (NerTags.Count floats each; row 0 is all zeros) and the row of each feature (0
    // when all its weights are zero): a few MB however wide the hashed space, and fewer cache misses than a dense table.
    private readonly int[] _rowOf;
    private readonly float[] _rows;
    private readonly float[] _bias;

    // The scorer's view of _rowOf: one bit per feature (has it a row?) and, per 64 features, the rows before them
    // (rows are numbered in feature order): 256 KB that stay in the cache, where the 4 MB table missed it on almost
    // every look-up. A feature without a row is skipped; one with a row is its word's count plus the bits below it.
    private readonly RankWord[] _rank;

    private readonly record struct RankWord(ulong Present, int RowsBefore);

    // The rows as the scorer reads them. A tag's probability depends only on the differences between the tags'
    // scores, so every row can give O a weight of 0 and the eight other tags their weight minus O's. Those eight are
    // stored as 16-bit multiples of _quantum (the largest weight / 32767, about 0.0002 for the shipped model, whose
    // file keeps half floats anyway): a row is 16 bytes, aligned, four to a cache line, and the table 1.3 MB instead
    // of 3 MB of nine floats that straddled two lines every other row. The sums are exact integers, converted once a
    // token. Row k starts at _scoreRowsStart + 8 k; the array is pinned so the alignment holds.
    private readonly short[] _scoreRows;
    private readonly int _scoreRowsStart;
    private readonly float _quantum;

    // The biases of the eight tags after O, minus O's; O scores 0 before the previous tag's weight.
    private readonly Vector256<float> _scoreBias;

    // exp of the previous-tag weights, by previous tag then tag: the normalizer of each previous tag is then a dot
    // product with the exponentiated emission scores (9 exps a token instead of 90).
    private readonly float[] _expTransition;

    // The previous-tag weights, by previous tag then tag.
    private readonly float[] _transition;

    /// <summary>A model from dense weights (by feature, <see cref="NerTags.Count"/> per feature) and biases by tag.</summary>
    public NerModel(float[] weights, float[] bias)
        : this(Compact(weights), bias)
    {
    }

    private NerModel((int[] RowOf, float[] Rows) compact, float[] bias)
    {
        if (bias.Length != NerTags.Count) throw new ArgumentException("The biases do not fit the tags.");
        (_rowOf, _rows) = compact;
        _rank = BuildRank(_rowOf);
        _bias = bias;
        (_scoreRows, _scoreRowsStart, _quantum) = BuildScoreRows(_rows);
        Span<float> relativeBias = stackalloc float[Vector256<float>.Count];
        for (int t = 1; t < NerTags.Count; t++) relativeBias[t - 1] = bias[t] - bias[NerTags.Outside];
        _scoreBias = Vector256.Create((ReadOnlySpan<float>)relativeBias);
        _expTransition = new float[(NerTags.Count + 1) * NerTags.Count];
        _transition = new float[(NerTags.Count + 1) * NerTags.Count];
        for (int p = 0; p <= NerTags.Count; p++)
        {
            var row = Row(NerFeatures.PreviousTagFeature(p));
            for (int t = 0; t < NerTags.Count; t++)
            {
                _transition[p * NerTags.Count + t] = row[t];
                _expTransition[p * NerTags.Count + t] = MathF.Exp(row[t]);
            }
        }
    }

    private static (int[] RowOf, float[] Rows) Compact(float[] weights)
    {
        if (weights.Length != NerFeatures.TotalDimension * NerTags.Count)
            throw new ArgumentException("The weights do not fit the feature space.");
        var rowOf = new int[NerFeatures.TotalDimension];
        var rows = new List<float>(NerTags.Count * 1024);
        for (int t = 0; t < NerTags.Count; t++) rows.Add(0);
        for (int f = 0; f < NerFeatures.TotalDimension; f++)
        {
            var row = weights.AsSpan(f * NerTags.Count, NerTags.Count);
            bool any = false;
            foreach (float x in row) any |= x != 0;
            if (!any) continue;
            rowOf[f] = rows.Count / NerTags.Count;
            foreach (float x in row) rows.Add(x);
        }
        return (rowOf, rows.ToArray());
    }

    private static RankWord[] BuildRank(int[] rowOf)
    {
        var rank = new RankWord[(rowOf.Length + 63) / 64];
        int before = 0;
        for (int w = 0; w < rank.Length; w++)
        {
            ulong present = 0;
            for (int b = 0; b < 64 && w * 64 + b < rowOf.Length; b++)
            {
                if (rowOf[w * 64 + b] == 0) continue;
                // Row 0 is the zero row; the others follow the features' order, which the rank relies on.
                if (rowOf[w * 64 + b] != before + BitOperations.PopCount(present) + 1)
                    throw new InvalidOperationException("The rows of the entity model are not in feature order.");
                present |= 1UL << b;
            }
            rank[w] = new RankWord(present, before);
            before += BitOperations.PopCount(present);
        }
        return rank;
    }

    private static (short[] Rows, int Start, float Quantum) BuildScoreRows(float[] rows)
    {
        const int T = NerTags.Count;
        const int Width = T - 1; // the tags after O: one Vector128<short>
        int count = rows.Length / T;
        float largest = 0;
        for (int k = 0; k < count; k++)
            for (int t = 1; t < T; t++) largest = MathF.Max(largest, MathF.Abs(rows[k * T + t] - rows[k * T + NerTags.Outside]));
        float quantum = largest > 0 ? largest / short.MaxValue : 1;
        var aligned = GC.AllocateUninitializedArray<short>(count * Width + Width, pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(aligned, 0);
        int start = (int)((16 - address % 16) % 16) / sizeof(short);
        for (int k = 0; k < count; k++)
        {
            float outside = rows[k * T + NerTags.Outside];
            for (int t = 1; t < T; t++) aligned[start + k * Width + t - 1] = (short)MathF.Round((rows[k * T + t] - outside) / quantum);
        }
        return (aligned, start, quantum);
    }

    private ReadOnlySpan<float> Row(int feature) => _rows.AsSpan(_rowOf[feature] * NerTags.Count, NerTags.Count);

    /// <summary>The same weights with <paramref name="penalty"/> taken off the O tag's bias (more recall).</summary>
    public NerModel WithOutsidePenalty(float penalty)
    {
        var bias = (float[])_bias.Clone();
        bias[NerTags.Outside] -= penalty;
        return new NerModel((_rowOf, _rows), bias);
    }

    /// <summary>The same weights with <paramref name="bonus"/> added to the biases of the B- and I- tags of <paramref name="label"/>.</summary>
    public NerModel WithLabelBonus(EntityLabel label, float bonus)
    {
        var bias = (float[])_bias.Clone();
        bias[NerTags.Begin(label)] += bonus;
        bias[NerTags.Begin(label) + 1] += bonus;
        return new NerModel((_rowOf, _rows), bias);
    }

    /// <summary>The same weights with <paramref name="bonus"/> added to the bias of the I- tag of <paramref name="label"/>
    /// alone (negative: names end sooner).</summary>
    public NerModel WithInsideBonus(EntityLabel label, float bonus)
    {
        var bias = (float[])_bias.Clone();
        bias[NerTags.Begin(label) + 1] += bonus;
        return new NerModel((_rowOf, _rows), bias);
    }

    /// <summary>The shipped model, or null when the library was built without it.</summary>
    public static NerModel? Default => LazyDefault.Value;

    /// <summary>Features with at least one non-zero weight.</summary>
    public int ActiveFeatures => _rows.Length / NerTags.Count - 1;

    /// <summary>Writes the model: magic, feature bits, biases, then the non-zero rows (delta-coded index, half-precision weights), deflated.</summary>
    public void Save(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate);
        w.Write(Magic);
        w.Write(NerFeatures.Bits);
        w.Write(NerTags.Count);
        WriteRows(w);
        // A marker for "no further model" (research versions wrote a right-to-left model or a second stage after it).
        w.Write(0);
    }

    // The biases, the number of non-zero rows, then each row's feature (delta-coded) and weights: what ReadRows reads.
    private void WriteRows(BinaryWriter w)
    {
        foreach (float b in _bias) w.Write(b);
        w.Write(ActiveFeatures);
        int last = -1;
        for (int f = 0; f < NerFeatures.TotalDimension; f++)
        {
            if (_rowOf[f] == 0) continue;
            w.Write7BitEncodedInt(f - last);
            last = f;
            foreach (float x in Row(f)) w.Write((Half)x);
        }
    }

    public static NerModel Load(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(deflate, 1 << 16));
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a TextAnalysis entity model.");
        if (r.ReadInt32() != NerFeatures.Bits || r.ReadInt32() != NerTags.Count)
            throw new InvalidDataException("The entity model was trained for another feature space.");
        var model = ReadRows(r);
        int marker;
        try
        {
            marker = r.ReadInt32();
        }
        catch (EndOfStreamException)
        {
            marker = 0; // a file written before the marker existed
        }
        if (marker != 0)
            throw new InvalidDataException("The entity model holds a right-to-left model or a second stage, which this version does not decode.");
        return model;
    }

    private static NerModel ReadRows(BinaryReader r)
    {
        var bias = new float[NerTags.Count];
        for (int t = 0; t < bias.Length; t++) bias[t] = r.ReadSingle();
        int count = r.ReadInt32();
        var rowOf = new int[NerFeatures.TotalDimension];
        var rows = new float[(count + 1) * NerTags.Count];
        int f = -1;
        for (int k = 1; k <= count; k++)
        {
            f += r.Read7BitEncodedInt();
            rowOf[f] = k;
            for (int t = 0; t < NerTags.Count; t++) rows[k * NerTags.Count + t] = (float)r.ReadHalf();
        }
        return new NerModel((rowOf, rows), bias);
    }

    private static NerModel? LoadDefault()
    {
        Stream stream;
        try
        {
            stream = EntityLexicon.OpenResource(FileName);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        using (stream) return Load(stream);
    }

    // Sums the rows of the features and the biases into the scores of the nine tags, then the log normalizer of each
    // previous tag (the nine tags and the line start): norm[p] = log Σ_t exp(emission[t] + transition[p][t]).
    private void Score(ReadOnlySpan<int> f, Span<float> emission, Span<float> norm) => Finish(SumRows(f), emission, norm);

    // The integer sum of the features' rows. O's score is 0 and the other eight tags' are relative to it (see
    // _scoreRows): one 16-byte row a feature, summed as integers (at most MaxPerToken rows of at most 32767: no
    // overflow), so any grouping of the features gives the same sum.
    private Vector256<int> SumRows(ReadOnlySpan<int> f)
    {
        const int T = NerTags.Count;
        var rank = _rank;
        ref short rows = ref MemoryMarshal.GetArrayDataReference(_scoreRows);
        nuint start = (nuint)_scoreRowsStart;
        var total = Vector256<int>.Zero;
        foreach (int feature in f)
        {
            var word = rank[feature >> 6];
            ulong bit = 1UL << feature; // the shift counts modulo 64: the feature's bit in its word
            if ((word.Present & bit) == 0) continue; // all its weights are zero
            int row = word.RowsBefore + BitOperations.PopCount(word.Present & (bit - 1)) + 1;
            // In range: the rank counts exactly the rows the array holds.
            var weights = Vector128.LoadUnsafe(ref rows, start + (nuint)row * (T - 1));
            total += Vector256.WidenLower(Vector256.Create(weights, Vector128<short>.Zero));
        }
        return total;
    }

    // The tags' scores from the summed rows and the biases, and the log normalizer of each previous tag.
    private void Finish(Vector256<int> total, Span<float> emission, Span<float> norm)
    {
        const int T = NerTags.Count;
        var scores = _scoreBias + Vector256.ConvertToSingle(total) * _quantum;
        emission[NerTags.Outside] = 0;
        scores.CopyTo(emission[1..]);
        float max = float.NegativeInfinity;
        for (int t = 0; t < T; t++) max = MathF.Max(max, emission[t]);
        Span<float> exp = stackalloc float[T];
        for (int t = 0; t < T; t++) exp[t] = MathF.Exp(emission[t] - max);
        for (int p = 0; p <= T; p++)
        {
            var expTransition = _expTransition.AsSpan(p * T, T);
            float sum = 0;
            for (int t = 0; t < T; t++) sum += exp[t] * expTransition[t];
            norm[p] = max + MathF.Log(sum);
        }
    }

    // The summed rows of the word features (NerFeatures.ExtractWord) of the words a thread has tagged lately, by the
    // word's key (form hash, kind and class flags): a word met again (most words of running text) costs one look-up
    // instead of some thirty features and rows. Direct-mapped, 2^14 entries in arrays without references (nothing for
    // the collector to scan: a table of strings did cost more than it saved); tied to one set of rows, lexicon and
    // feature groups, emptied when another model or lexicon uses the thread. About 700 KB a thread.
    private sealed class WordSums
    {
        public const int Bits = 14;
        public readonly ulong[] Forms = new ulong[1 << Bits];
        public readonly uint[] Classes = new uint[1 << Bits]; // 0: empty (a key's classes are never 0)
        public readonly Vector256<int>[] Sums = new Vector256<int>[1 << Bits];
        public short[]? Rows;
        public EntityLexicon? Lexicon;
        public int Groups;

        public static int Slot(ulong form, uint classes) => (int)((form ^ classes * 0x9E3779B97F4A7C15UL) * 0xBF58476D1CE4E5B9UL >> (64 - Bits));
    }

    [ThreadStatic]
    private static WordSums? t_wordSums;

    private WordSums SumsOfThisThread(EntityLexicon lexicon)
    {
        var sums = t_wordSums ??= new WordSums();
        if (!ReferenceEquals(sums.Rows, _scoreRows) || !ReferenceEquals(sums.Lexicon, lexicon) || sums.Groups != NerFeatures.Groups)
        {
            Array.Clear(sums.Classes);
            sums.Rows = _scoreRows;
            sums.Lexicon = lexicon;
            sums.Groups = NerFeatures.Groups;
        }
        return sums;
    }

    // The summed rows of token i's features: its word's from the thread's table (or computed and remembered), plus
    // its context's.
    private Vector256<int> SumFeatures(NerFeatures features, int i, Span<int> f, WordSums sums)
    {
        Vector256<int> word;
        if (features.WordKey(i, out ulong form, out uint classes))
        {
            int slot = WordSums.Slot(form, classes);
            if (sums.Forms[slot] == form && sums.Classes[slot] == classes) word = sums.Sums[slot];
            else
            {
                word = SumRows(f[..features.ExtractWord(i, f)]);
                sums.Forms[slot] = form;
                sums.Classes[slot] = classes;
                sums.Sums[slot] = word;
            }
        }
        else word = SumRows(f[..features.ExtractWord(i, f)]);
        return word + SumRows(f[..features.ExtractContext(i, f)]);
    }

    // NerTags.Allowed by previous tag (the nine tags and the line start) then tag.
    private static readonly bool[] AllowedTable = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var table = new bool[(NerTags.Count + 1) * NerTags.Count];
        for (int p = 0; p <= NerTags.Count; p++)
            for (int t = 0; t < NerTags.Count; t++) table[p * NerTags.Count + t] = NerTags.Allowed(p, t);
        return table;
    }

    // log P(tag | previous) of one token: emission + transition − normalizer.
    private float Local(ReadOnlySpan<float> emission, ReadOnlySpan<float> norm, int previous, int tag) =>
        emission[tag] + _transition[previous * NerTags.Count + tag] - norm[previous];

    /// <summary>The best valid tag sequence for the tokens of <paramref name="features"/>' text: Viterbi over the
    /// model's log probabilities, each line of the text a sequence of its own.</summary>
    public int[] Decode(NerFeatures features, int count)
    {
        var tags = new int[count];
        if (count == 0) return tags;
        const int T = NerTags.Count;
        const int P = NerTags.Count + 1;
        var back = new byte[count * T];
        Span<float> score = stackalloc float[T];
        Span<float> next = stackalloc float[T];
        Span<float> emission = stackalloc float[T];
        Span<float> norm = stackalloc float[P];
        Span<int> f = stackalloc int[NerFeatures.MaxPerToken];
        var sums = SumsOfThisThread(features.Lexicon);
        for (int i = 0; i < count; i++)
        {
            Finish(SumFeatures(features, i, f, sums), emission, norm);
            next.Fill(float.NegativeInfinity);
            if (features.StartsLine(i))
            {
                // The previous line ends at its best tag; a line start remembers it as its back pointer.
                float from = 0;
                int bestPrev = 0;
                if (i > 0) from = Best(score, out bestPrev);
                for (int t = 0; t < T; t++)
                {
                    if (!AllowedTable[NerTags.Start * T + t]) continue;
                    next[t] = from + Local(emission, norm, NerTags.Start, t);
                    back[i * T + t] = (byte)bestPrev;
                }
            }
            else
            {
                var allowed = AllowedTable;
                var transition = _transition;
                for (int p = 0; p < T; p++)
                {
                    float from = score[p];
                    if (float.IsNegativeInfinity(from)) continue;
                    float np = norm[p];
                    for (int t = 0; t < T; t++)
                    {
                        if (!allowed[p * T + t]) continue;
                        // Local(emission, norm, p, t), written out.
                        float s = from + (emission[t] + transition[p * T + t] - np);
                        if (s > next[t])
                        {
                            next[t] = s;
                            back[i * T + t] = (byte)p;
                        }
                    }
                }
            }
            next.CopyTo(score);
        }
        Best(score, out int tag);
        for (int i = count - 1; i >= 0; i--)
        {
            tags[i] = tag;
            tag = back[i * T + tag];
        }
        return tags;
    }

    /// <summary>log P(<paramref name="tag"/> | <paramref name="previous"/>) of token <paramref name="i"/> under the
    /// left-to-right model alone.</summary>
    public float LogProbability(NerFeatures features, int i, int previous, int tag)
    {
        Span<int> f = stackalloc int[NerFeatures.MaxPerToken];
        Span<float> emission = stackalloc float[NerTags.Count];
        Span<float> norm = stackalloc float[NerTags.Count + 1];
        int n = features.Extract(i, f);
        Score(f[..n], emission, norm);
        return Local(emission, norm, previous, tag);
    }

    /// <summary><see cref="LogProbability"/> computed the plain way, from the nine full-precision weights of each
    /// feature's row: what the scorer's relative, 16-bit rows approximate (for tests).</summary>
    internal float ReferenceLogProbability(NerFeatures features, int i, int previous, int tag)
    {
        Span<int> f = stackalloc int[NerFeatures.MaxPerToken];
        int n = features.Extract(i, f);
        Span<float> score = stackalloc float[NerTags.Count];
        _bias.CopyTo(score);
        foreach (int feature in f[..n])
        {
            var row = Row(feature);
            for (int t = 0; t < NerTags.Count; t++) score[t] += row[t];
        }
        double sum = 0;
        for (int t = 0; t < NerTags.Count; t++) sum += Math.Exp(score[t] + _transition[previous * NerTags.Count + t]);
        return (float)(score[tag] + _transition[previous * NerTags.Count + tag] - Math.Log(sum));
    }

    /// <summary>The summed rows of token <paramref name="i"/>'s features as the decoder gets them (the word's part
    /// through this thread's table) or from all its features at once (for tests).</summary>
    internal Vector256<int> SummedRows(NerFeatures features, int i, bool throughWordTable)
    {
        Span<int> f = stackalloc int[NerFeatures.MaxPerToken];
        return throughWordTable ? SumFeatures(features, i, f, SumsOfThisThread(features.Lexicon)) : SumRows(f[..features.Extract(i, f)]);
    }

    private static float Best(ReadOnlySpan<float> score, out int tag)
    {
        tag = 0;
        for (int t = 1; t < score.Length; t++)
        {
            if (score[t] > score[tag]) tag = t;
        }
        return score[tag];
    }
}
