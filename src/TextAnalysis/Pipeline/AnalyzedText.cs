using TextAnalysis.Normalization;
using TextAnalysis.Tokenization;

namespace TextAnalysis;

/// <summary>
/// A text after the text layer: the original, its search-normalized view with the offset map, its tokens,
/// sentences and passages. Extractors read it; nothing in it changes after construction.
/// </summary>
public sealed class AnalyzedText
{
    private readonly List<Token> _tokens;
    private List<Sentence>? _sentences;
    private List<Passage>? _passages;

    /// <summary>Runs the text layer over <paramref name="original"/> with the given normalizer (search profile by default).</summary>
    public AnalyzedText(string original, ArabicNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        Normalized = (normalizer ?? ArabicNormalizer.Search).Normalize(original);
        _tokens = Tokenizer.Tokenize(Normalized);
    }

    /// <summary>The text as given; all offsets point into it.</summary>
    public string Original => Normalized.Original;

    /// <summary>The normalized view with its map back to <see cref="Original"/>.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>The tokens, in order.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The sentences, computed on first use.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences ??= SentenceSplitter.Split(Original, _tokens);

    /// <summary>The passages (non-empty lines), computed on first use.</summary>
    public IReadOnlyList<Passage> Passages => _passages ??= PassageSplitter.Split(Original);

    /// <summary>The token's normalized form.</summary>
    public ReadOnlySpan<char> Form(in Token token) => Normalized.Text.AsSpan(token.NormStart, token.NormLength);

    /// <summary>The token's normalized form as a string.</summary>
    public string FormString(in Token token) => Normalized.Text.Substring(token.NormStart, token.NormLength);

    /// <summary>The token as written in the original text.</summary>
    public ReadOnlySpan<char> Surface(in Token token) => Original.AsSpan(token.Start, token.Length);

    /// <summary>The original text of [start, end).</summary>
    public string Slice(int start, int end) => Original.Substring(start, end - start);

    /// <summary>The original start of the normalized position <paramref name="normIndex"/> (e.g. after a clitic).</summary>
    public int OriginalStartOf(int normIndex) => Normalized.ToOriginalStart(normIndex);

    /// <summary>True when there is a line break in the original between tokens <paramref name="a"/> and <paramref name="b"/> (a &lt; b).</summary>
    public bool LineBreakBetween(int a, int b) =>
        Original.AsSpan(_tokens[a].End, Math.Max(0, _tokens[b].Start - _tokens[a].End)).IndexOfAny('\n', '\u2029') >= 0;
}
