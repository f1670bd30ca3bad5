using TextAnalysis.Extraction.Entities;
using TextAnalysis.Records;

namespace TextAnalysis.Tests.Entities;

public class EntityRecognizerTests
{
    private static IReadOnlyList<EntityRecord> Recognize(string text) => EntityRecognizer.Default.Recognize(new AnalyzedText(text));

    private static (string Text, string Label)[] Pairs(string text) => Recognize(text).Select(e => (e.Text, e.Label)).ToArray();

    [Fact]
    public void Gazetteer_finds_countries_and_cities()
    {
        Assert.Equal([("روسيا", "LOCATION"), ("اليابان", "LOCATION"), ("موسكو", "LOCATION")],
            Pairs("وقعت روسيا واليابان اتفاقاً في موسكو"));
    }

    [Fact]
    public void Gazetteer_prefers_the_longest_phrase()
    {
        Assert.Equal([("الولايات المتحدة الأمريكية", "LOCATION")], Pairs("سافر إلى الولايات المتحدة الأمريكية"));
    }

    [Fact]
    public void Gazetteer_knows_both_spellings_of_a_foreign_g()
    {
        Assert.Equal([("هامبورج", "LOCATION")], Pairs("وصل إلى هامبورج"));
    }

    [Theory]
    [InlineData("مر وبغداد", "بغداد")]
    [InlineData("وصل بالولايات المتحدة", "الولايات المتحدة")]
    [InlineData("سافر لموسكو", "موسكو")]
    [InlineData("من القاهرة ولموسكو", "موسكو")]
    public void Clitics_are_left_out_of_the_span(string text, string name)
    {
        var entity = Recognize(text)[^1];
        Assert.Equal(name, entity.Text);
        Assert.Equal(text[entity.Start..entity.End], entity.Text);
    }

    [Fact]
    public void Clitic_before_an_elided_article_leaves_the_lam()
    {
        // للأمم المتحدة: without the preposition what is written is لأمم المتحدة (the gold convention).
        var entity = Assert.Single(Recognize("رسالة للأمم المتحدة"));
        Assert.Equal("لأمم المتحدة", entity.Text);
        Assert.Equal("ORGANIZATION", entity.Label);
    }

    [Theory]
    [InlineData("زار الرئيس الروسي فلاديمير بوتين العاصمة", "فلاديمير بوتين")]
    [InlineData("وقالت الدكتورة منى حداد إن", "منى")]
    [InlineData("استقبل الشيخ عبد الله بن زايد الوفد", "عبد الله بن زايد")]
    [InlineData("أمر القيصر نيقولا الثاني بذلك", "نيقولا الثاني")]
    public void Title_is_left_out_of_a_person(string text, string name)
    {
        var person = Assert.Single(Recognize(text), e => e.Label == "PERSON");
        Assert.StartsWith(name, person.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("الرئيس", person.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("الشيخ", person.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("القيصر", person.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_alone_is_not_a_person()
    {
        Assert.DoesNotContain(Recognize("نفذ الجنود أوامر القيصر في المدينة"), e => e.Label == "PERSON");
    }

    [Theory]
    [InlineData("أعلنت وزارة الخارجية الأمريكية أن", "وزارة الخارجية الأمريكية")]
    [InlineData("قرر البنك المركزي الأوروبي رفع", "البنك المركزي الأوروبي")]
    [InlineData("انضم إلى حزب العمال البريطاني", "حزب العمال البريطاني")]
    [InlineData("درس في جامعة دمشق", "جامعة دمشق")]
    public void Organization_keeps_its_head_noun(string text, string name)
    {
        var org = Assert.Single(Recognize(text));
        Assert.Equal((name, "ORGANIZATION"), (org.Text, org.Label));
    }

    [Fact]
    public void Company_descriptor_and_quotes_are_left_out()
    {
        Assert.Equal([("سامسونج", "ORGANIZATION")], Pairs("وقعت شركة «سامسونج» الكورية عقداً"));
    }

    [Fact]
    public void Organization_stops_before_another_attached_organization()
    {
        var orgs = Recognize("قررت لجنة السياسة النقدية بالبنك المركزي السوري").Select(e => e.Text).ToArray();
        Assert.Equal(["لجنة السياسة النقدية", "البنك المركزي السوري"], orgs);
    }

    [Fact]
    public void Settlement_head_is_left_out_of_a_location()
    {
        Assert.Equal([("كفرنبل", "LOCATION")], Pairs("في بلدة كفرنبل"));
    }

    [Fact]
    public void Natural_feature_head_is_kept_in_a_location()
    {
        Assert.Equal([("جزيرة أرواد", "LOCATION")], Pairs("أبحروا إلى جزيرة أرواد"));
    }

    [Fact]
    public void Named_war_is_misc()
    {
        Assert.Equal([("الحرب العالمية الأولى", "MISC")], Pairs("بعد الحرب العالمية الأولى"));
    }

    [Fact]
    public void Revolution_named_by_a_date_is_not_misc()
    {
        Assert.DoesNotContain(Recognize("قامت ثورة يوليو 1952"), e => e.Label == "MISC");
    }

    [Fact]
    public void Latin_capitals_give_an_alias_to_the_arabic_name_before_them()
    {
        var e = Assert.Single(Recognize("تحصنوا في مرفأ بورت آرثر PORT ARTHUR طويلاً"));
        Assert.Equal(("بورت آرثر", "LOCATION", "PORT ARTHUR"), (e.Text, e.Label, e.Alias));
    }

    [Fact]
    public void Latin_capitals_mark_an_unknown_name()
    {
        var e = Assert.Single(Recognize("انسحبوا من كارتيلو KARTELO بعد المعركة"));
        Assert.Equal(("كارتيلو", "KARTELO"), (e.Text, e.Alias));
    }

    [Fact]
    public void Alias_in_parentheses_attaches_to_the_mention()
    {
        var e = Assert.Single(Recognize("هما حزب الأكتوبريين (OCTOBRISTS) فقط"));
        Assert.Equal(("حزب الأكتوبريين", "ORGANIZATION", "OCTOBRISTS"), (e.Text, e.Label, e.Alias));
    }

    [Theory]
    [InlineData("هاجم اليابانيون البلاشفة والمناشفة")]
    [InlineData("قال المسؤول المصري إن الشركة الألمانية")]
    [InlineData("دمر أسطولاً روسياً ضخماً")]
    public void Nationality_adjectives_and_groups_are_not_entities(string text) => Assert.Empty(Recognize(text));

    [Fact]
    public void Months_and_currencies_are_not_entities()
    {
        Assert.Empty(Recognize("ارتفع الدولار في نيسان إلى ثلاثة ريال"));
    }

    [Fact]
    public void Entities_come_in_document_order_with_exact_slices()
    {
        const string text = "زار الرئيس فلاديمير بوتين القاهرة وبغداد ثم عاد إلى موسكو عبر البحر الأسود.";
        var entities = Recognize(text);
        Assert.True(entities.Count >= 4);
        for (int i = 0; i < entities.Count; i++)
        {
            Assert.Equal(text[entities[i].Start..entities[i].End], entities[i].Text);
            if (i > 0) Assert.True(entities[i - 1].End <= entities[i].Start);
        }
    }

    [Fact]
    public void Tag_returns_valid_bio()
    {
        string[] tokens = ["قال", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو", "إن", "وزارة", "الخارجية", "الروسية", "و", "الأمم", "المتحدة", "."];
        var tags = EntityRecognizer.Default.Tag(tokens);
        Assert.Equal(tokens.Length, tags.Length);
        for (int i = 0; i < tags.Length; i++)
        {
            Assert.Matches("^(O|[BI]-(PERS|LOC|ORG|MISC))$", tags[i]);
            if (tags[i].StartsWith("I-", StringComparison.Ordinal))
                Assert.True(i > 0 && tags[i - 1] != "O" && tags[i - 1][2..] == tags[i][2..], $"I- without B- at {i}");
        }
        // The tagger follows ANERcorp, where a ministry (وزارة الخارجية) is not tagged.
        Assert.Equal(["O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"], tags);
    }

    [Fact]
    public void Tag_and_recognize_agree()
    {
        string[] tokens = ["وصل", "وفد", "من", "بالولايات", "المتحدة", "إلى", "بغداد"];
        var tags = EntityRecognizer.Default.Tag(tokens);
        var entities = Recognize(string.Join(' ', tokens));
        Assert.Equal(entities.Count, tags.Count(t => t.StartsWith("B-", StringComparison.Ordinal)));
        Assert.Equal(["O", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC"], tags);
    }

    [Fact]
    public void Random_text_never_breaks_the_spans()
    {
        var random = new Random(1905);
        const string alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ ـ،.()«»ABC-0123456789\u064B\u0651\n";
        for (int n = 0; n < 500; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            foreach (var e in Recognize(text)) Assert.Equal(text[e.Start..e.End], e.Text);
        }
    }
}
