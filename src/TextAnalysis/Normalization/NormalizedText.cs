namespace TextAnalysis.Normalization;

/// <summary>
/// A normalized view of an original text, with the map from every normalized character back to the characters of
/// the original that produced it. Offsets everywhere in the library are UTF-16 indexes into <see cref="Original"/>.
/// </summary>
public sealed class NormalizedText
{
    // For normalized char i: the original span [starts[i], ends[i]) it came from. Null when Text == Original.
    // The arrays may be longer than Text (spare capacity of the writer); only the first Text.Length entries count.
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    internal NormalizedText(string original, string text, int[]? starts, int[]? ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The text as it was given.</summary>
    public string Original { get; }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>True when normalization changed nothing (and no map is held).</summary>
    public bool IsIdentity => _starts is null;

    /// <summary>Maps a span of <see cref="Text"/> (start inclusive, end exclusive) to the span of <see cref="Original"/>
    /// that produced it, including any removed marks (diacritics, tatweel) attached to its last letter.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if ((uint)start > (uint)Text.Length || end < start || end > Text.Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a span of a text of length {Text.Length}.");
        if (_starts is null) return (start, end);
        if (end == start)
        {
            int at = start < Text.Length ? _starts[start] : Original.Length;
            return (at, at);
        }
        return (_starts[start], _ends![end - 1]);
    }

    /// <summary>The original index of normalized character <paramref name="index"/>.</summary>
    public int ToOriginalStart(int index) =>
        _starts is null ? index : index < Text.Length ? _starts[index] : Original.Length;

    /// <summary>The original end (exclusive) of a normalized span that ends at <paramref name="end"/>.</summary>
    public int ToOriginalEnd(int end) =>
        _ends is null ? end : end <= 0 ? (Text.Length > 0 ? _starts![0] : 0) : _ends[end - 1];

    /// <inheritdoc />
    public override string ToString() => Text;
}
