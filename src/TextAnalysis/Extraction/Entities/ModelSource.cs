using TextAnalysis.Tokenization;

namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// The statistical tagger as a mention source: decodes the text with <see cref="NerModel"/> and turns each B-/I- run
/// into a mention whose span leaves the clitics of its first word out (وبغداد → بغداد، للينين → لينين).
/// </summary>
internal sealed class ModelSource : IMentionSource
{
    /// <summary>Priority of a mention found by the model.</summary>
    public const int ModelPriority = 4;

    private readonly Func<NerModel?> _model;

    public ModelSource(Func<NerModel?> model) => _model = model;

    /// <summary>The model, or null when none is embedded.</summary>
    public NerModel? Model => _model();

    public void Collect(EntityContext context, List<Mention> candidates)
    {
        var model = _model();
        if (model is null || context.Count == 0) return;
        var features = new NerFeatures(context);
        context.ModelFeatures = features;
        var tags = model.Decode(features, context.Count);
        for (int i = 0; i < tags.Length; i++)
        {
            if (!NerTags.IsBegin(tags[i])) continue;
            int last = i;
            while (last + 1 < tags.Length && tags[last + 1] == tags[i] + 1) last++;
            var label = NerTags.Label(tags[i]);
            if (context.ConllTokens)
            {
                if (context.IsArabic(i) || context.Tokens[i].Kind == TokenKind.Latin)
                    candidates.Add(context.Make(i, last, Strip(context, i), label, ModelPriority));
            }
            else
            {
                // In running text a mention is Arabic words only (a Latin transliteration after it is its alias), with
                // no tanween, written or, in a person's name after its first word, read in an accusative alif
                // (مورينيو ضاحكا، منصور مسؤولا), and no month, currency, function word or title alone.
                int first = i, end = i;
                bool person = label == EntityLabel.Person;
                while (end <= last && context.IsArabic(end) && !context.HasTanween(end) && !(person && end > first && context.IsAccusativeCommon(end))) end++;
                end--;
                if (end >= first && !(end == first && Unlikely(context, first)))
                    candidates.Add(context.Make(first, end, Strip(context, first), label, ModelPriority));
            }
            i = last;
        }
    }

    // A lone word that running text rarely uses as a name: a month or a currency (with or without clitics, or with the
    // accusative alif), a function word, a title, or a frequent common word.
    private static bool Unlikely(EntityContext c, int i) =>
        c.IsMonthOrCurrency(i) || c.IsStop(i) || c.IsTrigger(i) || (c.IsCommon(i) && !c.IsNamePart(i)) ||
        IsAccusativeNotName(c, i);

    // A month or currency with the alif of the accusative tanween written and its mark left out (دولارا، ريالا).
    private static bool IsAccusativeNotName(EntityContext c, int i)
    {
        var word = c.Form(i);
        return word.Length >= 4 && word[^1] == 'ا' && c.Lexicon.NotNames.Contains(word[..^1]);
    }

    /// <summary>The clitic letters before a name's first word: none for a known name as written (فالنسيا), those before
    /// an article, those whose removal leaves a known name (لبغداد), or a و before an unknown word of five letters or
    /// more (وموسكو) but for وا and وي, which begin foreign names (واشنطن، ويندوز، ويمبلي).</summary>
    public static int Strip(EntityContext c, int i)
    {
        if (!c.IsArabic(i)) return 0;
        var word = c.Form(i);
        var lex = c.Lexicon;
        // A known name as written keeps its letters even where they read as clitics and an article (فالنسيا).
        if (word.Length > CliticForms.MaxWord || lex.NameTokens.Contains(word) || lex.Gazetteer.First(word)?.Label is EntityLabel.Location or EntityLabel.Person or EntityLabel.Organization)
            return 0;
        int article = c.ArticleClitics(i);
        if (article > 0) return article;
        Span<int> codes = stackalloc int[CliticForms.MaxReadings];
        Span<char> buffer = stackalloc char[CliticForms.MaxWord + 2];
        int n = CliticForms.Readings(word, codes);
        for (int r = 1; r < n; r++)
        {
            var key = CliticForms.Key(word, codes[r], buffer);
            if (lex.NameTokens.Contains(key) || lex.Gazetteer.First(key) is { Label: not EntityLabel.None }) return CliticForms.Stripped(codes[r]);
        }
        return word.Length >= 5 && word[0] == 'و' && word[1] is not ('ا' or 'ي') ? 1 : 0;
    }
}
