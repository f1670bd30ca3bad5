using TextAnalysis.Extraction.Entities;

namespace TextAnalysis.Tests.Entities;

/// <summary>Document-level consistency over sentences tagged one at a time (<see cref="DocumentConsistency"/>).</summary>
public class NerDocumentConsistencyTests
{
    private static (EntityContext[] Contexts, int[][] Tags) Sentences(params (string Text, string Tags)[] sentences) =>
        TaggedSentences.Parse(sentences);

    private static string Names(int[] tags) => string.Join(' ', tags.Select(NerTags.Name));

    private static readonly ConsistencyOptions Plain = new(Window: 10);

    [Fact]
    public void An_untagged_repeat_of_a_tagged_name_is_tagged()
    {
        var (contexts, tags) = Sentences(
            ("وصل كوناري إلى المدينة", "O B-PERS O O"),
            ("وقال كوناري إن الزيارة ناجحة", "O O O O O"));
        DocumentConsistency.Apply(contexts, tags, Plain);
        Assert.Equal("O B-PERS O O O", Names(tags[1]));
    }

    [Fact]
    public void A_repeat_with_a_clitic_is_tagged_without_moving_the_tag()
    {
        var (contexts, tags) = Sentences(
            ("زار الوفد موكدن أمس", "O O B-LOC O"),
            ("وعاد من الجبهة وموكدن هادئة", "O O O O O"));
        DocumentConsistency.Apply(contexts, tags, Plain);
        Assert.Equal("O O O B-LOC O", Names(tags[1]));
    }

    [Fact]
    public void A_name_of_several_words_is_tagged_whole()
    {
        var (contexts, tags) = Sentences(
            ("التقى ألفا كوناري بالوفد", "O B-PERS I-PERS O"),
            ("وقال ألفا كوناري إن", "O O O O"));
        DocumentConsistency.Apply(contexts, tags, Plain);
        Assert.Equal("O B-PERS I-PERS O", Names(tags[1]));
    }

    [Fact]
    public void A_family_name_alone_is_the_person()
    {
        var (contexts, tags) = Sentences(
            ("التقى ألفا كوناري بالوفد", "O B-PERS I-PERS O"),
            ("وقال كوناري إن", "O O O"));
        DocumentConsistency.Apply(contexts, tags, Plain);
        Assert.Equal("O B-PERS O", Names(tags[1]));
        var (contexts2, tags2) = Sentences(
            ("التقى ألفا كوناري بالوفد", "O B-PERS I-PERS O"),
            ("وقال كوناري إن", "O O O"));
        DocumentConsistency.Apply(contexts2, tags2, Plain with { FamilyNames = false });
        Assert.Equal("O O O", Names(tags2[1]));
    }

    [Fact]
    public void Sentences_beyond_the_window_are_not_context()
    {
        var (contexts, tags) = Sentences(
            ("وصل كوناري إلى المدينة", "O B-PERS O O"),
            ("ثم عاد الوفد", "O O O"),
            ("ثم عاد الوفد", "O O O"),
            ("وقال كوناري إن الزيارة ناجحة", "O O O O O"));
        DocumentConsistency.Apply(contexts, tags, new ConsistencyOptions(Window: 2));
        Assert.Equal("O O O O O", Names(tags[3]));
        DocumentConsistency.Apply(contexts, tags, new ConsistencyOptions(Window: 3));
        Assert.Equal("O B-PERS O O O", Names(tags[3]));
    }

    [Fact]
    public void A_tagged_name_is_not_cut_or_extended()
    {
        // كوناري is tagged inside a longer name in the second sentence: that mention stays as it is.
        var (contexts, tags) = Sentences(
            ("وصل كوناري إلى المدينة", "O B-PERS O O"),
            ("وقال ألفا كوناري إن", "O B-PERS I-PERS O"));
        DocumentConsistency.Apply(contexts, tags, Plain);
        Assert.Equal("O B-PERS I-PERS O", Names(tags[1]));
    }

    [Fact]
    public void Relabel_gives_a_name_its_majority_label()
    {
        var (contexts, tags) = Sentences(
            ("زار الوفد موكدن أمس", "O O B-LOC O"),
            ("وعاد الوفد إلى موكدن", "O O O B-LOC"),
            ("ثم غادر موكدن مساء", "O O B-PERS O"));
        DocumentConsistency.Apply(contexts, tags, Plain with { Relabel = true });
        Assert.Equal("O O B-LOC O", Names(tags[2]));
        Assert.Equal("O O O B-LOC", Names(tags[1]));
    }

    [Fact]
    public void Without_relabel_a_tagged_name_keeps_its_label()
    {
        var (contexts, tags) = Sentences(
            ("زار الوفد موكدن أمس", "O O B-LOC O"),
            ("وعاد الوفد إلى موكدن", "O O O B-LOC"),
            ("ثم غادر موكدن مساء", "O O B-PERS O"));
        DocumentConsistency.Apply(contexts, tags, Plain);
        Assert.Equal("O O B-PERS O", Names(tags[2]));
    }

    [Fact]
    public void A_frequent_common_word_tagged_once_is_not_spread()
    {
        // قال is a function-like common word: one stray tag on it is not copied to its other occurrences.
        var (contexts, tags) = Sentences(
            ("قال الوزير إن", "B-PERS O O"),
            ("ثم قال الوزير", "O O O"));
        DocumentConsistency.Apply(contexts, tags, Plain with { Strict = true });
        Assert.Equal("O O O", Names(tags[1]));
    }

    [Fact]
    public void The_tagger_can_veto_a_repeat_it_finds_unlikely()
    {
        var (contexts, tags) = Sentences(
            ("وصل كوناري إلى المدينة", "O B-PERS O O"),
            ("وقال كوناري إن الزيارة ناجحة", "O O O O O"));
        var model = NerModel.Default!;
        var features = contexts.Select(c => new NerFeatures(c)).ToArray();
        // A threshold no probability reaches stops every fill; a tiny one lets this one through.
        DocumentConsistency.Apply(contexts, tags, Plain with { MinProbability = 1.01 }, model, features);
        Assert.Equal("O O O O O", Names(tags[1]));
        DocumentConsistency.Apply(contexts, tags, Plain with { MinProbability = 1e-9 }, model, features);
        Assert.Equal("O B-PERS O O O", Names(tags[1]));
    }

    [Fact]
    public void TagSentences_tags_each_sentence_and_keeps_their_shape()
    {
        string[][] sentences = [["وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "إن"], [], ["وأضاف", "شيراك", "أن", "المحادثات", "مثمرة"]];
        var tags = EntityRecognizer.Default.TagSentences(sentences);
        Assert.Equal(3, tags.Length);
        for (int s = 0; s < sentences.Length; s++) Assert.Equal(sentences[s].Length, tags[s].Length);
        Assert.Equal(["O", "O", "O", "B-PERS", "I-PERS", "O"], tags[0]);
        Assert.Equal("B-PERS", tags[2][1]);
        // Alone, each sentence is tagged as Tag tags it.
        var alone = EntityRecognizer.Default.TagSentences(sentences, options: null);
        for (int s = 0; s < sentences.Length; s++) Assert.Equal(EntityRecognizer.Default.Tag(sentences[s]), alone[s]);
    }
}
