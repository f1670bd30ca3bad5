namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// Something that proposes entity candidates over a text: the gazetteer, the rules, and later a statistical
/// sequence tagger. The recognizer merges the candidates of all its sources.
/// </summary>
internal interface IMentionSource
{
    void Collect(EntityContext context, List<Mention> candidates);
}
