namespace TextAnalysis.Normalization;

/// <summary>
/// A reusable, growable buffer that holds one normalized text with its offset map, for callers that normalize many
/// documents in turn (an indexer, a token stream): after the first few documents nothing is allocated. Not
/// thread-safe: use one per thread.
/// </summary>
public sealed class NormalizationBuffer
{
    private char[] _chars = new char[256];
    private int[] _starts = new int[256];
    private int[] _ends = new int[256];

    /// <summary>Length of the normalized text.</summary>
    public int Length { get; private set; }

    /// <summary>Length of the original text it came from.</summary>
    public int OriginalLength { get; private set; }

    /// <summary>The normalized text (valid until the next <see cref="Normalize"/>).</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, Length);

    /// <summary>Normalizes <paramref name="source"/> with <paramref name="normalizer"/> into this buffer.</summary>
    public void Normalize(ArabicNormalizer normalizer, ReadOnlySpan<char> source)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        Length = normalizer.NormalizeInto(source, ref _chars, ref _starts, ref _ends);
        OriginalLength = source.Length;
    }

    /// <summary>Maps a span of <see cref="Text"/> to the span of the original that produced it.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if ((uint)start > (uint)Length || end < start || end > Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a span of a text of length {Length}.");
        if (end == start) return start < Length ? (_starts[start], _starts[start]) : (OriginalLength, OriginalLength);
        return (_starts[start], _ends[end - 1]);
    }
}
