namespace TextAnalysis.Tokenization;

/// <summary>A sentence: its span in the original text and its tokens.</summary>
/// <param name="Start">Start in the original text.</param>
/// <param name="End">End in the original text, exclusive.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of its tokens.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount);

/// <summary>A passage (paragraph): a non-empty line of the original text, numbered from 0.</summary>
/// <param name="Index">Its number in the document, from 0.</param>
/// <param name="Start">Start in the original text (first non-space character).</param>
/// <param name="End">End in the original text, exclusive (last non-space character + 1).</param>
public readonly record struct Passage(int Index, int Start, int End);
