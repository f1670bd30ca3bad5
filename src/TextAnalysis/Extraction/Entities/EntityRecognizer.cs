using TextAnalysis.Records;

namespace TextAnalysis.Extraction.Entities;

/// <summary>Finds names of people, places, organizations and other named things. (placeholder, being built)</summary>
public sealed class EntityRecognizer
{
    /// <summary>A shared instance.</summary>
    public static EntityRecognizer Default { get; } = new();

    /// <summary>The entity mentions of <paramref name="text"/>, in document order.</summary>
    public IReadOnlyList<EntityRecord> Recognize(AnalyzedText text) => [];

    /// <summary>BIO tags (B-PERS, I-LOC, O, ...) for a sentence given as tokens.</summary>
    public string[] Tag(IReadOnlyList<string> tokens) => tokens.Select(_ => "O").ToArray();
}
