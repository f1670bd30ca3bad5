using TextAnalysis.Extraction.Entities;

namespace TextAnalysis.Tests.Entities;

/// <summary>The tagger's second stage: document hints from the first stage's tags (<see cref="DocumentHints"/>) and
/// decoding with them (<see cref="TwoStage"/>).</summary>
public class NerTwoStageTests
{
    private static NerModel Model => NerModel.Default ?? throw new InvalidOperationException("the entity model is not embedded");

    private static (EntityContext[] Contexts, int[][] Tags) Sentences(params (string Text, string Tags)[] sentences) =>
        TaggedSentences.Parse(sentences);

    [Fact]
    public void A_word_tagged_elsewhere_gets_that_label_as_its_form_hint()
    {
        var (contexts, tags) = Sentences(
            ("وصل كوناري إلى المدينة", "O B-PERS O O"),
            ("وقال كوناري إن الزيارة ناجحة", "O O O O O"));
        var (form, _) = DocumentHints.Compute(contexts, tags, window: 10);
        // كوناري in the second sentence: tagged PERS at its only other occurrence (code 2 + 2 × (PERS − 1) + 1).
        Assert.Equal(3, form[1][1]);
        // And in the first: its other occurrence is untagged (code 1).
        Assert.Equal(1, form[0][1]);
        // A word seen nowhere else has no hint.
        Assert.Equal(0, form[1][3]);
    }

    [Fact]
    public void A_token_does_not_count_its_own_tag()
    {
        var (contexts, tags) = Sentences(("وصل كوناري إلى المدينة", "O B-PERS O O"));
        var (form, phrase) = DocumentHints.Compute(contexts, tags, window: 10);
        Assert.All(form[0], code => Assert.Equal(0, code));
        Assert.All(phrase[0], code => Assert.Equal(0, code));
    }

    [Fact]
    public void A_repeat_of_a_tagged_name_gets_a_phrase_hint_on_each_word()
    {
        var (contexts, tags) = Sentences(
            ("التقى ألفا كوناري بالوفد", "O B-LOC I-LOC O"),
            ("وقال ألفا كوناري إن", "O O O O"));
        var (_, phrase) = DocumentHints.Compute(contexts, tags, window: 10);
        // First word 1 + 2 × (LOC − 1), the others one more.
        Assert.Equal(new byte[] { 0, 3, 4, 0 }, phrase[1]);
        // The name where it was tagged has no other tagged occurrence.
        Assert.Equal(new byte[] { 0, 0, 0, 0 }, phrase[0]);
    }

    [Fact]
    public void Hints_stop_at_the_window()
    {
        var (contexts, tags) = Sentences(
            ("وصل كوناري إلى المدينة", "O B-PERS O O"),
            ("ثم عاد الوفد", "O O O"),
            ("وقال كوناري إن", "O O O"));
        Assert.Equal(0, DocumentHints.Compute(contexts, tags, window: 1).Form[2][1]);
        Assert.Equal(3, DocumentHints.Compute(contexts, tags, window: 2).Form[2][1]);
    }

    [Fact]
    public void Hints_change_the_features_and_clearing_them_restores_them()
    {
        var context = new EntityContext(new AnalyzedText("وقال كوناري إن"), EntityLexicon.Default);
        var features = new NerFeatures(context);
        Span<int> f = stackalloc int[NerFeatures.MaxPerToken];
        int[] plain = f[..features.Extract(1, f)].ToArray();
        features.SetHints([0, 3, 0], [0, 1, 0]);
        int[] hinted = f[..features.Extract(1, f)].ToArray();
        Assert.True(hinted.Length > plain.Length);
        features.SetHints(null, null);
        Assert.Equal(plain, f[..features.Extract(1, f)].ToArray());
    }

    [Fact]
    public void Without_a_second_stage_two_stage_decoding_is_the_first_stage()
    {
        var first = Model.WithSecond(null);
        var context = new EntityContext(new AnalyzedText("استقبل الملك عبدالله الثاني في عمان رئيس الوزراء البريطاني توني بلير"), EntityLexicon.Default);
        var features = new NerFeatures(context);
        Assert.Equal(first.Decode(features, context.Count), TwoStage.Decode(first, [context], [features])[0]);
    }

    [Fact]
    public void A_model_with_a_second_stage_round_trips()
    {
        // The first stage paired with a shifted copy of itself stands in for a trained second stage.
        var staged = Model.WithSecond(null).WithSecond(Model.WithSecond(null).WithOutsidePenalty(1));
        using var stream = new MemoryStream();
        staged.Save(stream);
        stream.Position = 0;
        var copy = NerModel.Load(stream);
        Assert.NotNull(copy.Second);
        var context = new EntityContext(new AnalyzedText("التقى وزير الخارجية الأمريكي كولن باول نظيره الروسي إيغور إيفانوف في موسكو"), EntityLexicon.Default);
        Assert.Equal(TwoStage.Decode(staged, [context], [new NerFeatures(context)])[0], TwoStage.Decode(copy, [context], [new NerFeatures(context)])[0]);
    }

    [Fact]
    public void Second_stage_output_is_valid_BIO()
    {
        var contexts = new[]
        {
            new EntityContext(new AnalyzedText("وقال الرئيس المصري حسني مبارك في القاهرة إن الاتحاد الأوروبي سيرسل وفدا"), EntityLexicon.Default),
            new EntityContext(new AnalyzedText("وأضاف مبارك أن الوفد سيزور القاهرة والخرطوم"), EntityLexicon.Default),
        };
        var tags = TwoStage.Decode(Model, contexts, contexts.Select(c => new NerFeatures(c)).ToArray());
        foreach (var t in tags)
        {
            for (int i = 0; i < t.Length; i++)
            {
                if (t[i] != NerTags.Outside && !NerTags.IsBegin(t[i])) Assert.Equal(NerTags.Label(t[i - 1]), NerTags.Label(t[i]));
            }
        }
    }
}
