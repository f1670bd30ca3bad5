using TextAnalysis.Normalization;
using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// A trie over token sequences: each edge is one normalized token. Built once, then read-only and thread-safe.
/// Lookups take <see cref="ReadOnlySpan{T}"/> keys and allocate nothing.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Node _root = new();

    /// <summary>Number of phrases stored.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase (already normalized) with its label; an existing label is replaced when <paramref name="overwrite"/>.</summary>
    public void Add(string normalizedPhrase, EntityLabel label, bool overwrite)
    {
        var node = _root;
        var cursor = new TokenCursor(normalizedPhrase);
        int tokens = 0;
        while (cursor.MoveNext())
        {
            var (_, s, e) = cursor.Current;
            node = node.GetOrAdd(normalizedPhrase[s..e]);
            tokens++;
        }
        if (tokens == 0) return;
        if (node.Label == EntityLabel.None) Count++;
        else if (!overwrite) return;
        node.Label = label;
    }

    /// <summary>The node reached from the root by <paramref name="token"/>, or null.</summary>
    public Node? First(ReadOnlySpan<char> token) => _root.Next(token);

    /// <summary>The tokens that begin a phrase, with their nodes.</summary>
    public IEnumerable<(string Token, Node Node)> FirstWords() => _root.Children;

    /// <summary>A trie node: the label of the phrase that ends here (if any) and the edges onward.</summary>
    internal sealed class Node
    {
        private Dictionary<string, Node>? _children;

        public EntityLabel Label { get; set; }

        public bool HasChildren => _children is not null;

        public IEnumerable<(string Token, Node Node)> Children =>
            _children is null ? [] : _children.Select(kv => (kv.Key, kv.Value));

        public Node? Next(ReadOnlySpan<char> token)
        {
            if (_children is null) return null;
            return _children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var n) ? n : null;
        }

        public Node GetOrAdd(string token)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_children.TryGetValue(token, out var n))
            {
                n = new Node();
                _children.Add(token, n);
            }
            return n;
        }
    }

    /// <summary>Normalizes a phrase written in natural Arabic into the form the trie stores.</summary>
    public static string NormalizeKey(string phrase) => ArabicNormalizer.Search.NormalizeToString(phrase.AsSpan().Trim());
}
