using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TextAnalysis.Normalization;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Search.Analysis;

/// <summary>
/// The tokens of the <see cref="IndexSchema.EntityTerms"/> field of one passage: for each entity, its words
/// (search-normalized, unstemmed, punctuation left out) as <see cref="IndexSchema.EntityTerm"/>s, label first, with
/// a gap of <see cref="PositionGap"/> positions before each entity but the first, so that a phrase never spans two
/// entities. One field for every label: the label is in the term. Filled again for each passage and reused.
/// </summary>
internal sealed class EntityTermsStream : TokenStream
{
    /// <summary>Positions between two entities of a passage.</summary>
    public const int PositionGap = 100;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly List<(string Label, string Value)> _entities = [];
    private int _entity;
    private int _at;
    private bool _emitted;
    private bool _entityStarted;

    public EntityTermsStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>True when no entity has been added since <see cref="Clear"/>.</summary>
    public bool IsEmpty => _entities.Count == 0;

    /// <summary>Forgets the entities of the previous passage.</summary>
    public void Clear() => _entities.Clear();

    /// <summary>Adds an entity of <paramref name="label"/> whose search-normalized text is <paramref name="value"/>.</summary>
    public void Add(string label, string value) => _entities.Add((label, value));

    /// <summary>The terms of an entity of <paramref name="label"/> written <paramref name="text"/> (normalized here),
    /// in order: what a filter looks for as a phrase.</summary>
    public static List<string> Terms(string label, string text)
    {
        var terms = new List<string>();
        string value = ArabicNormalizer.Search.NormalizeToString(text);
        var cursor = new TokenCursor(value);
        while (cursor.MoveNext())
        {
            var (kind, s, e) = cursor.Current;
            if (kind != TokenKind.Punctuation) terms.Add(IndexSchema.EntityTerm(label, value[s..e]));
        }
        return terms;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_entity < _entities.Count)
        {
            var (label, value) = _entities[_entity];
            var cursor = new TokenCursor(value.AsSpan(_at));
            while (cursor.MoveNext())
            {
                var (kind, s, e) = cursor.Current;
                if (kind == TokenKind.Punctuation) continue;
                s += _at;
                e += _at;
                _at = e;
                // IndexSchema.EntityTerm(label, word), written straight into the term buffer (no string per word).
                var buffer = _term.ResizeBuffer(label.Length + 1 + e - s);
                label.CopyTo(buffer);
                buffer[label.Length] = IndexSchema.FacetSeparator;
                value.AsSpan(s, e - s).CopyTo(buffer.AsSpan(label.Length + 1));
                _term.Length = label.Length + 1 + e - s;
                _position.PositionIncrement = _emitted && !_entityStarted ? PositionGap + 1 : 1;
                _emitted = true;
                _entityStarted = true;
                return true;
            }
            _entity++;
            _at = 0;
            _entityStarted = false;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _entity = 0;
        _at = 0;
        _emitted = false;
        _entityStarted = false;
    }
}
