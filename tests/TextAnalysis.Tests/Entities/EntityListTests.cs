using TextAnalysis.Extraction.Entities;

namespace TextAnalysis.Tests.Entities;

/// <summary>The general-knowledge word lists of the entity stage, as shipped.</summary>
public class EntityListTests
{
    [Fact]
    public void Name_word_list_holds_single_words()
    {
        // The feature looks words up one at a time: a phrase in the list would never match.
        var phrases = EntityLexicon.Lines("name-words.txt").Where(line => line.Contains(' ', StringComparison.Ordinal)).ToList();
        Assert.Empty(phrases);
    }

    [Theory]
    [InlineData("كاسياس")]
    [InlineData("وشارابوفا")]
    [InlineData("لساكاشفيلي")]
    public void Transliterated_foreign_surnames_are_name_words(string word)
    {
        var context = new EntityContext(new AnalyzedText(word), EntityLexicon.Default);
        Assert.True(context.IsNameWord(0));
    }

    [Theory]
    [InlineData("مراقبون", true)]
    [InlineData("الباحثين", true)]
    [InlineData("وغارات", true)]
    [InlineData("كلينتون", false)]
    [InlineData("عرفات", false)]
    [InlineData("حسين", false)]
    public void The_regular_plural_of_a_common_word_is_told_from_a_name(string word, bool plural)
    {
        var context = new EntityContext(new AnalyzedText(word), EntityLexicon.Default);
        Assert.Equal(plural, context.IsPluralNoun(0));
    }

    [Theory]
    [InlineData("قيدهما", true)]
    [InlineData("عملياتها", true)]
    [InlineData("دعمه", true)]
    [InlineData("فاطمة", false)]
    [InlineData("جمعه", false)]
    [InlineData("رنا", false)]
    [InlineData("حاكم", false)]
    public void A_common_word_with_a_pronoun_suffix_is_told_from_a_name(string word, bool suffixed)
    {
        var context = new EntityContext(new AnalyzedText(word), EntityLexicon.Default);
        Assert.Equal(suffixed, context.HasPronounSuffix(0));
    }
}
