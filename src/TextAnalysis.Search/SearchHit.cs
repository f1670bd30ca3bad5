namespace TextAnalysis.Search;

/// <summary>A passage that matched a query.</summary>
/// <param name="Id">The document's id, as given to <see cref="PassageIndexWriter.Index(string, string)"/>.</param>
/// <param name="Passage">The passage's number in the document, from 0.</param>
/// <param name="Score">Lucene's relevance score; hits come best first.</param>
/// <param name="Snippet">The passage's original text with each matched term wrapped in <c>&lt;mark&gt;</c>…<c>&lt;/mark&gt;</c>;
/// a long passage is cut around its matches, with … where text was left out.</param>
/// <param name="Start">The passage's start offset in the document's original text.</param>
/// <param name="End">The passage's end offset (exclusive) in the document's original text.</param>
public sealed record SearchHit(string Id, int Passage, float Score, string Snippet, int Start, int End);
