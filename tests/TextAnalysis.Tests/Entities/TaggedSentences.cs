using TextAnalysis.Extraction.Entities;

namespace TextAnalysis.Tests.Entities;

/// <summary>Sentences written as words with one BIO tag a word, for the tests of the document-level steps.</summary>
internal static class TaggedSentences
{
    // Each sentence as words and its tags (one tag a word: the sentences of these tests have no punctuation).
    public static (EntityContext[] Contexts, int[][] Tags) Parse(params (string Text, string Tags)[] sentences)
    {
        var contexts = new EntityContext[sentences.Length];
        var tags = new int[sentences.Length][];
        for (int s = 0; s < sentences.Length; s++)
        {
            contexts[s] = new EntityContext(new AnalyzedText(sentences[s].Text), EntityLexicon.Default) { ConllTokens = true };
            tags[s] = sentences[s].Tags.Split(' ').Select(t => NerTags.Parse(t)).ToArray();
            Assert.Equal(contexts[s].Count, tags[s].Length);
        }
        return (contexts, tags);
    }
}
