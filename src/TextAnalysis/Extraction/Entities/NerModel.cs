using System.IO.Compression;
using System.Reflection;

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

    // exp of the previous-tag weights, by previous tag then tag: the normalizer of each previous tag is then a dot
    // product with the exponentiated emission scores (9 exps a token instead of 90).
    private readonly float[] _expTransition;

    /// <summary>A model from dense weights (by feature, <see cref="NerTags.Count"/> per feature) and biases by tag.</summary>
    public NerModel(float[] weights, float[] bias)
        : this(Compact(weights), bias)
    {
    }

    private NerModel((int[] RowOf, float[] Rows) compact, float[] bias)
    {
        if (bias.Length != NerTags.Count) throw new ArgumentException("The biases do not fit the tags.");
        (_rowOf, _rows) = compact;
        _bias = bias;
        _expTransition = new float[(NerTags.Count + 1) * NerTags.Count];
        for (int p = 0; p <= NerTags.Count; p++)
        {
            var row = Row(NerFeatures.PreviousTagFeature(p));
            for (int t = 0; t < NerTags.Count; t++) _expTransition[p * NerTags.Count + t] = MathF.Exp(row[t]);
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
        foreach (float b in _bias) w.Write(b);
        int rows = ActiveFeatures;
        w.Write(rows);
        int last = -1;
        for (int f = 0; f < NerFeatures.TotalDimension; f++)
        {
            if (_rowOf[f] == 0) continue;
            var row = Row(f);
            w.Write7BitEncodedInt(f - last);
            last = f;
            foreach (float x in row) w.Write((Half)x);
        }
    }

    public static NerModel Load(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(deflate, 1 << 16));
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a TextAnalysis entity model.");
        if (r.ReadInt32() != NerFeatures.Bits || r.ReadInt32() != NerTags.Count)
            throw new InvalidDataException("The entity model was trained for another feature space.");
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

    /// <summary>The best valid tag sequence for the tokens of <paramref name="features"/>' text.</summary>
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
        Span<float> expEmission = stackalloc float[T];
        Span<int> f = stackalloc int[NerFeatures.MaxPerToken];
        var rowOf = _rowOf;
        var rows = _rows;
        for (int i = 0; i < count; i++)
        {
            int n = features.Extract(i, f);
            _bias.CopyTo(emission);
            for (int k = 0; k < n; k++)
            {
                var row = rows.AsSpan(rowOf[f[k]] * T, T);
                for (int t = 0; t < T; t++) emission[t] += row[t];
            }
            bool start = features.StartsLine(i);
            float max = float.NegativeInfinity;
            for (int t = 0; t < T; t++) max = MathF.Max(max, emission[t]);
            for (int t = 0; t < T; t++) expEmission[t] = MathF.Exp(emission[t] - max);
            next.Fill(float.NegativeInfinity);
            for (int p = start ? NerTags.Start : 0; p < (start ? P : T); p++)
            {
                float from = start ? (i == 0 ? 0 : Best(score, out _)) : score[p];
                if (float.IsNegativeInfinity(from)) continue;
                var transition = Row(NerFeatures.PreviousTagFeature(p));
                var expTransition = _expTransition.AsSpan(p * T, T);
                float sum = 0;
                for (int t = 0; t < T; t++) sum += expEmission[t] * expTransition[t];
                float norm = max + MathF.Log(sum);
                for (int t = 0; t < T; t++)
                {
                    if (!NerTags.Allowed(p, t)) continue;
                    float s = from + emission[t] + transition[t] - norm;
                    if (s > next[t])
                    {
                        next[t] = s;
                        back[i * T + t] = (byte)p;
                    }
                }
            }
            if (start && i > 0)
            {
                // The previous line ends at its best tag; a line start remembers it as its back pointer.
                Best(score, out int bestPrev);
                for (int t = 0; t < T; t++) back[i * T + t] = (byte)bestPrev;
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
