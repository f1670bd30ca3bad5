using TextAnalysis.Extraction.Entities;

namespace TextAnalysis.Tests.Entities;

/// <summary>The trained tagger as shipped: its features, the model file, and BIO decoding.</summary>
public class NerModelTests
{
    private static NerModel Model => NerModel.Default ?? throw new InvalidOperationException("the entity model is not embedded");

    private static int[] Tags(string text, NerModel? model = null)
    {
        var context = new EntityContext(new AnalyzedText(text), EntityLexicon.Default);
        return (model ?? Model).Decode(new NerFeatures(context), context.Count);
    }

    [Fact]
    public void Shipped_model_is_embedded_and_has_weights()
    {
        Assert.True(Model.ActiveFeatures > 10_000);
    }

    [Fact]
    public void Features_are_the_same_in_every_run()
    {
        var context = new EntityContext(new AnalyzedText("قال وزير الخارجية الروسي سيرجي لافروف"), EntityLexicon.Default);
        var a = new NerFeatures(context);
        var b = new NerFeatures(context);
        Span<int> fa = stackalloc int[NerFeatures.MaxPerToken], fb = stackalloc int[NerFeatures.MaxPerToken];
        for (int i = 0; i < context.Count; i++)
        {
            int n = a.Extract(i, fa);
            Assert.Equal(n, b.Extract(i, fb));
            Assert.True(fa[..n].SequenceEqual(fb[..n]));
            foreach (int f in fa[..n]) Assert.InRange(f, 0, NerFeatures.Dimension - 1);
        }
        // A fixed word has a fixed hash (no per-process string hashing).
        Assert.Equal(NerFeatures.Hash("موسكو"), NerFeatures.Hash("موسكو".AsSpan()));
        Assert.NotEqual(NerFeatures.Hash("موسكو"), NerFeatures.Hash("موسكا"));
    }

    [Fact]
    public void Decoded_tags_are_valid_BIO()
    {
        const string text = "وقال الرئيس المصري حسني مبارك في القاهرة إن الاتحاد الأوروبي والأمم المتحدة سيرسلان وفداً إلى الخرطوم.\n" +
                            "وأعلنت شركة تويوتا اليابانية أن كأس العالم لكرة القدم ستقام في ألمانيا.";
        var tags = Tags(text);
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] == NerTags.Outside || NerTags.IsBegin(tags[i])) continue;
            Assert.True(i > 0 && NerTags.Label(tags[i - 1]) == NerTags.Label(tags[i]), $"I- tag at {i} does not continue an entity");
        }
        Assert.Contains(tags, t => t != NerTags.Outside);
    }

    [Fact]
    public void Scorer_rows_give_the_probabilities_of_the_full_precision_weights()
    {
        const string text = "وقال الرئيس المصري حسني مبارك في القاهرة إن الاتحاد الأوروبي والأمم المتحدة سيرسلان وفداً إلى الخرطوم.";
        var context = new EntityContext(new AnalyzedText(text), EntityLexicon.Default);
        var features = new NerFeatures(context);
        for (int i = 0; i < context.Count; i++)
            for (int previous = 0; previous <= NerTags.Count; previous++)
                for (int tag = 0; tag < NerTags.Count; tag++)
                {
                    float expected = Model.ReferenceLogProbability(features, i, previous, tag);
                    float actual = Model.LogProbability(features, i, previous, tag);
                    Assert.True(MathF.Abs(expected - actual) < 1e-2f, $"token {i}, {previous} → {tag}: {actual} against {expected}");
                }
    }

    [Fact]
    public void Word_table_gives_the_sums_of_all_the_features_for_words_met_again()
    {
        // Repeated words (the second time from the thread's table), with clitics and a Latin word, and one form
        // written with and without tanween (روسياً، روسيا: the same normalized form, other word classes).
        const string text = "وقال الرئيس المصري حسني مبارك في القاهرة إن الرئيس المصري سيزور القاهرة وموسكو MOSCOW غداً.\n" +
                            "وأعلن مبارك في القاهرة أن مبارك سيزور موسكو غداً، وأرسل أسطولاً روسياً إلى روسيا.";
        var context = new EntityContext(new AnalyzedText(text), EntityLexicon.Default);
        var features = new NerFeatures(context);
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < context.Count; i++)
                Assert.Equal(Model.SummedRows(features, i, throughWordTable: false), Model.SummedRows(features, i, throughWordTable: true));
    }

    [Fact]
    public void Tagger_finds_a_person_after_a_title()
    {
        var tags = EntityRecognizer.Default.Tag(["وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "إن", "المحادثات", "كانت", "مثمرة"]);
        Assert.Equal(["O", "O", "O", "B-PERS", "I-PERS", "O", "O", "O", "O"], tags);
    }

    [Fact]
    public void Model_file_round_trips()
    {
        using var stream = new MemoryStream();
        Model.Save(stream);
        stream.Position = 0;
        var copy = NerModel.Load(stream);
        Assert.Equal(Model.ActiveFeatures, copy.ActiveFeatures);
        const string text = "استقبل الملك عبدالله الثاني في عمان رئيس الوزراء البريطاني توني بلير";
        Assert.Equal(Tags(text), Tags(text, copy));
    }

    [Fact]
    public void Outside_penalty_never_removes_mentions()
    {
        const string text = "التقى وزير الخارجية الأمريكي كولن باول نظيره الروسي إيغور إيفانوف في موسكو";
        int plain = Tags(text).Count(NerTags.IsBegin);
        int eager = Tags(text, Model.WithOutsidePenalty(2)).Count(t => t != NerTags.Outside);
        Assert.True(eager >= Tags(text).Count(t => t != NerTags.Outside));
        Assert.True(plain > 0);
    }

    [Theory]
    [InlineData("وكراسنويارسك", 1)]
    [InlineData("والقاهرة", 1)]
    [InlineData("للينين", 1)]
    [InlineData("كراسنويارسك", 0)]
    public void Model_mentions_leave_clitics_out(string word, int strip)
    {
        var context = new EntityContext(new AnalyzedText(word), EntityLexicon.Default);
        Assert.Equal(strip, ModelSource.Strip(context, 0));
    }

    [Fact]
    public void Conll_tokens_split_by_the_tokenizer_map_back_to_their_token()
    {
        var (text, owner) = ConllAlignment.Align(["قال", "(أ.ف.ب)", "إن"]);
        Assert.Equal(0, owner[0]);
        Assert.Equal(2, owner[^1]);
        for (int j = 1; j < owner.Length - 1; j++) Assert.Equal(1, owner[j]);
        Assert.True(text.Tokens.Count > 3);
    }

    [Theory]
    [InlineData("جورج", true)]
    [InlineData("وجورج", true)]
    [InlineData("لفاطمة", true)]
    [InlineData("الحكومة", false)]
    [InlineData("كتاب", false)]
    public void General_name_words_are_recognized_with_clitics(string word, bool name)
    {
        var context = new EntityContext(new AnalyzedText(word), EntityLexicon.Default);
        Assert.Equal(name, context.IsNameWord(0));
    }

    [Fact]
    public void Known_organization_names_change_the_features_of_their_words()
    {
        // The same sentence shape with a listed company name and with an unlisted word of the same length.
        int FeatureCount(string company)
        {
            var context = new EntityContext(new AnalyzedText("وقالت " + company + " إنها ستزيد الإنتاج"), EntityLexicon.Default);
            var features = new NerFeatures(context);
            Span<int> f = stackalloc int[NerFeatures.MaxPerToken];
            int n = features.Extract(1, f);
            return n;
        }
        // غازبروم is listed (one more feature: its list code); the made-up غازبرون is not, and neither is in the gazetteer.
        Assert.Equal(FeatureCount("غازبرون") + 1, FeatureCount("غازبروم"));
    }

    [Fact]
    public void Feature_count_stays_within_the_buffer_for_long_words_and_neighbours()
    {
        var context = new EntityContext(new AnalyzedText("وبالاستراتيجيات والمستشفيات فسيكتبونها لجورج وللتويوتا MUKDEN (OCTOBRISTS)"), EntityLexicon.Default);
        var features = new NerFeatures(context);
        Span<int> f = stackalloc int[NerFeatures.MaxPerToken];
        for (int i = 0; i < context.Count; i++) Assert.InRange(features.Extract(i, f), 1, NerFeatures.MaxPerToken);
    }

    [Fact]
    public void A_model_round_trips_through_its_file_and_decodes_the_same_valid_BIO()
    {
        using var stream = new MemoryStream();
        Model.Save(stream);
        stream.Position = 0;
        var copy = NerModel.Load(stream);
        Assert.Equal(Model.ActiveFeatures, copy.ActiveFeatures);
        const string text = "استقبل الملك عبدالله الثاني في عمان رئيس الوزراء البريطاني توني بلير";
        var tags = Tags(text, copy);
        Assert.Equal(Tags(text, Model), tags);
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != NerTags.Outside && !NerTags.IsBegin(tags[i])) Assert.Equal(NerTags.Label(tags[i - 1]), NerTags.Label(tags[i]));
        }
    }

    [Fact]
    public void A_file_with_a_further_model_after_the_rows_is_refused_with_a_clear_error()
    {
        // Research versions wrote a right-to-left model or a second stage after marker 1 or 2.
        using var plain = new MemoryStream();
        Model.Save(plain);
        plain.Position = 0;
        var raw = new MemoryStream();
        using (var inflate = new System.IO.Compression.DeflateStream(plain, System.IO.Compression.CompressionMode.Decompress)) inflate.CopyTo(raw);
        var bytes = raw.ToArray();
        BitConverter.GetBytes(1).CopyTo(bytes, bytes.Length - 4);
        var patched = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(patched, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(bytes);
        patched.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(patched));
        Assert.Contains("right-to-left", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin_capitals_change_the_features_of_a_Latin_token()
    {
        // The normalized forms are the same (Latin is lower-cased); only the capitalization feature tells them apart.
        int[] Features(string text)
        {
            var context = new EntityContext(new AnalyzedText(text), EntityLexicon.Default);
            Span<int> f = stackalloc int[NerFeatures.MaxPerToken];
            int n = new NerFeatures(context).Extract(1, f);
            return f[..n].ToArray();
        }
        Assert.NotEqual(Features("موكدن mukden"), Features("موكدن MUKDEN"));
    }
}
