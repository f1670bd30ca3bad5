namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// The conventions of running text (the gold texts' and the records'), which no weight of the tagger expresses since it
/// learnt ANERcorp's: filters on the candidate mentions of every source, and the widening of a person found by a list
/// to the tagger's longer span. Sentences given as CoNLL tokens keep ANERcorp's convention and pass none of this.
/// </summary>
internal static class RunningText
{
    /// <summary>True when candidate <paramref name="m"/> is no name in running text: a not-alone word, a MISC name
    /// beginning with a month or a currency, a one-word person of the rules the tagger vetoes, a generic organization
    /// or a body every organization has.</summary>
    public static bool Drops(EntityContext c, Mention m, NerModel? model) =>
        NeverAName(c, m) || Vetoed(c, m, model) || IsGenericOrganization(c, m) || IsGenericBody(c, m);

    // An organization mention that is exactly a body every organization has (مجلس الإدارة، الجهاز الفني).
    private static bool IsGenericBody(EntityContext c, Mention m)
    {
        if (m.Label != EntityLabel.Organization || m.Last == m.First || m.Last - m.First > 2) return false;
        var node = c.Lexicon.GenericBodies.First(c.Form(m.First)[m.Strip..]);
        for (int k = m.First + 1; k <= m.Last && node is not null; k++) node = node.Next(c.Form(k));
        return node is { Label: not EntityLabel.None };
    }

    // A word of the not-alone list (الله، الشيعة، عضو، باسم) is no name by itself, whichever source
    // found it, nor the first word of a person's name (لشؤون الأمن after مساعد الوزير) or of a MISC one (الله الحرام);
    // an organization or a place may begin with one (الجامعة العربية، مكتب الإحصاء الأوروبي).
    private static bool NeverAName(EntityContext c, Mention m) =>
        ((m.First == m.Last || m.Label is EntityLabel.Person or EntityLabel.Misc) && c.IsNotAlone(m.First)) ||
        // A definite nisba after a definite word agrees with it as its adjective (الجامعات السعودية، الحدود السعودية،
        // الجوانب الجمالية، القطاع الأهلي): adjectives are not names. After an indefinite word it is a place in a
        // construct (مستشفى الدوادمي، سكان الإسكندرية), and after a function word the country (في السعودية).
        (m.Label is EntityLabel.Location or EntityLabel.Organization && m.First == m.Last && m.Strip == 0 && c.IsNisba(m.First) && c.IsPlainDefinite(m.First) &&
         m.First > 0 && c.Joined(m.First - 1, m.First) && c.IsArabic(m.First - 1) && c.IsPlainDefinite(m.First - 1) && !c.IsStop(m.First - 1)) ||
        // The gold texts keep MISC small (named wars, days, documents, ships, festivals): a definite word alone that the
        // tagger calls MISC is a common noun there (اليورانيوم، الكراهية، الميليشيات، القرآن), unless quoted («الجرافولوجي»).
        (m.Label == EntityLabel.Misc && m.First == m.Last && m.Priority == ModelSource.ModelPriority && c.IsDefinite(m.First) && !Quoted(c, m.First)) ||
        // A club whose name is a common word (الاتفاق، التعاون، النصر) is that word, alone, outside sports reports
        // (الاتفاق النووي); a name in quotation marks stays (مجلة «العربي»).
        (m.Label == EntityLabel.Organization && m.First == m.Last && c.Lookup(m.First, c.Lexicon.ClubWords, out _) && !c.IsAboutSports(SportsReport) &&
         !Quoted(c, m.First)) ||
        // Nor is an epithet or a regnal ordinal alone (النجم | المخضرم، العربي | الأول), or a title's nationality
        // (الرئيس | الجزائري). (Another nisba after a title may be the family name: العميد الغامدي.)
        (m.Label == EntityLabel.Person && m.First == m.Last && c.IsArabic(m.First) &&
         (c.Lookup(m.First, c.Lexicon.NotComplements, out _) || c.Lexicon.Regnal.Contains(c.Form(m.First)) ||
          (AfterTitle(c, m.First) && IsNationality(c, m.First)))) ||
        // Nor is the namesake of an institution or a place (مركز الملك | سلمان للإغاثة، طريق الملك | عبدالله).
        (m.Label == EntityLabel.Person && m.First >= 2 && c.Joined(m.First - 2, m.First - 1) && c.Joined(m.First - 1, m.First) && c.IsArabic(m.First - 2) &&
         RuleSource.NamingTitles.Contains(c.Form(m.First - 1)) && c.Lookup(m.First - 2, c.Lexicon.NamesakeHeads, out _)) ||
        // The plural of a common word is no one person (وقال مراقبون، وقال الباحثون، الضربات الصاروخية وغارات التحالف).
        (m.Label == EntityLabel.Person && m.First == m.Last && c.IsPluralNoun(m.First)) ||
        // Nor is a common word with a pronoun suffix part of one's name (وسيتم قيدهما، مواقعهم).
        (m.Label == EntityLabel.Person && AnyWord(c, m, c.HasPronounSuffix)) ||
        // Nor does a MISC name begin with a month or a currency (ريال لتأهيل المرشدين، رمضان المبارك): a corpus
        // convention of the tagger (ANERcorp tags currencies), not a name.
        (m.Label == EntityLabel.Misc && c.IsMonthOrCurrency(m.First));

    /// <summary>A person's candidate without the title, the epithet or the nationality adjective it begins with where
    /// more words follow (الملك | سلمان، النبي | محمد، المصري | عبدالفتاح السيسي، المعزول | محمد مرسي): the gold texts'
    /// persons hold the name alone. False when what is left is one definite word that is no known name part (العربي |
    /// الأول): no name at all.</summary>
    public static bool TrimTitles(EntityContext c, ref Mention m)
    {
        if (m.Label != EntityLabel.Person) return true;
        // A nisba that is also a family name (المصري) is the title's adjective only right after a title (الرئيس المصري).
        int first = m.First;
        var lex = c.Lexicon;
        while (first < m.Last && c.IsArabic(first) &&
               ((!c.IsNamePart(first) && (c.Lookup(first, lex.Titles, out _) || c.Lookup(first, lex.NotComplements, out _))) ||
                (c.IsPlainDefinite(first) && c.IsNisba(first) && (!c.IsNamePart(first) || AfterTitle(c, first)))))
        {
            first++;
            // The dot of an abbreviated title goes with it (د.مي عجاج).
            while (first < m.Last && !c.IsArabic(first)) first++;
        }
        if (first == m.First) return true;
        if (first == m.Last && c.IsPlainDefinite(first) && !c.IsNamePart(first) && !c.IsNameWord(first)) return false;
        int strip = ModelSource.Strip(c, first);
        m = m with { First = first, Start = c.StartAfter(first, strip), Strip = strip };
        return true;
    }

    /// <summary>A candidate inside a dotted abbreviation written in Arabic letters (بي.سي.سي، إم.تي.في، اس.بي.دي.ار),
    /// whose letters the tokenizer keeps apart, covers the whole abbreviation.</summary>
    public static Mention Glue(EntityContext c, Mention m)
    {
        var tokens = c.Tokens;
        var original = c.Text.Original;
        bool Dot(int k) => (uint)k < (uint)tokens.Count && tokens[k].Kind == Tokenization.TokenKind.Punctuation && tokens[k].End - tokens[k].Start == 1 &&
                           original[tokens[k].Start] == '.';
        bool Touch(int a, int b) => tokens[a].End == tokens[b].Start;
        // The pieces are letter names (بي، سي، إم، ار): a longer word glued to a dot ends a sentence (حائل.وأوضح), and so
        // does a short word with a clitic (دي.ولم).
        bool Letter(int k) => c.IsArabic(k) && tokens[k].End - tokens[k].Start <= 3 && original[tokens[k].Start] is not ('و' or 'ف');
        int first = m.First, last = m.Last;
        // …X . Y . Z: a dot between two Arabic tokens with no space on either side.
        while (last + 2 < tokens.Count && Letter(last) && Dot(last + 1) && Touch(last, last + 1) && Touch(last + 1, last + 2) && Letter(last + 2)) last += 2;
        if (Dot(last) && last > first && Letter(last - 1) && last + 1 < tokens.Count && Touch(last, last + 1) && Letter(last + 1))
        {
            last++;
            while (last + 2 < tokens.Count && Letter(last) && Dot(last + 1) && Touch(last, last + 1) && Touch(last + 1, last + 2) && Letter(last + 2)) last += 2;
        }
        while (first >= 2 && m.TokenCount <= 2 && Letter(first) && Dot(first - 1) && Touch(first - 1, first) && Touch(first - 2, first - 1) && Letter(first - 2)) first -= 2;
        if (first == m.First && last == m.Last) return m;
        while (last > first && Dot(last)) last--;
        return m with { First = first, Last = last, Start = first == m.First ? m.Start : tokens[first].Start, End = tokens[last].End, Strip = first == m.First ? m.Strip : 0 };
    }

    // A definite nisba of a known place: الجزائري (الجزائر)، المصري (مصر).
    private static bool IsNationality(EntityContext c, int i)
    {
        var w = c.Form(i);
        if (w.Length < 5 || !w.StartsWith("ال", StringComparison.Ordinal) || w[^1] != 'ي') return false;
        var trie = c.Lexicon.Gazetteer;
        return trie.First(w[..^1])?.Label == EntityLabel.Location || trie.First(w[2..^1])?.Label == EntityLabel.Location;
    }

    private static bool AfterTitle(EntityContext c, int i) =>
        i > 0 && c.Joined(i - 1, i) && c.IsArabic(i - 1) && c.Lookup(i - 1, c.Lexicon.Titles, out _);

    // Sports words a text needs before a club named by a common word is kept alone.
    private const int SportsReport = 3;

    // Token i is right after an opening quotation mark.
    private static bool Quoted(EntityContext c, int i) =>
        i > 0 && c.Tokens[i - 1].Kind == Tokenization.TokenKind.Punctuation && c.Text.Original[c.Tokens[i - 1].Start] is '«' or '"' or '“';

    private static bool AnyWord(EntityContext c, Mention m, Func<int, bool> test)
    {
        for (int k = m.First; k <= m.Last; k++) if (test(k)) return true;
        return false;
    }

    // A person that a list or a rule found by one part of the name (محمد، خالد) takes the tagger's longer span of the
    // same person (ناصر الشمراني، تيبو كورتوا) where the extra words are free and look like parts of a name: no title,
    // function or common word (الضابط), no not-alone word but الله (ولي العهد out, جار الله in), and no ب، ل، ف، ك
    // before an unknown word (بالتخصصي).
    public static void WidenToModel(EntityContext c, List<Mention> candidates, List<Mention> chosen, int[] owner)
    {
        foreach (var candidate in candidates)
        {
            var w = candidate;
            if (w.Priority != ModelSource.ModelPriority || w.Label != EntityLabel.Person) continue;
            int m = owner[w.First] >= 0 ? owner[w.First] : owner[w.Last];
            if (m < 0) continue;
            var x = chosen[m];
            if (x.Priority == ModelSource.ModelPriority || x.Label != EntityLabel.Person || w.First > x.First || w.Last < x.Last || w.TokenCount == x.TokenCount)
                continue;
            bool fits = true;
            for (int k = w.First; k <= w.Last && fits; k++)
            {
                if (k >= x.First && k <= x.Last) continue;
                fits = owner[k] < 0 && !c.EndsName(k) &&
                       (EntityRecognizer.Continues(c, k) || (c.IsPersonPart(k) && c.Form(k)[0] is not ('ب' or 'ل' or 'ف' or 'ك')));
            }
            if (!fits) continue;
            // A connector the tagger ended on (… بن عبدالعزيز آل) is left to the name-part extension that follows.
            while (w.Last > x.Last && EntityRecognizer.IsConnector(c, w.Last)) w = w with { Last = w.Last - 1, End = c.Tokens[w.Last - 1].End };
            for (int k = w.First; k <= w.Last; k++) owner[k] = m;
            // The first word keeps the clitics the list or rule left out where it is the same word.
            chosen[m] = w.First == x.First ? w with { Start = x.Start, Strip = x.Strip, Priority = x.Priority } : w with { Priority = x.Priority };
        }
    }

    // An indefinite head of an organization followed by a preposition or an indefinite adjective names no particular
    // body (أول منظمة للعمال، هيئة منتخبة من ممثلي المصانع، منظمة جماهيرية للفلاحين), or is no noun at all (الطبقة
    // العاملة منظمة بصورة كافية: "organized"). Names go on with a definite word or a name (منظمة التحرير، شركة أرامكو).
    private static bool IsGenericOrganization(EntityContext c, Mention m)
    {
        if (m.Label != EntityLabel.Organization || m.Last == m.First || c.IsDefinite(m.First) ||
            !(c.Lookup(m.First, c.Lexicon.OrganizationHeads, out _) || c.Lookup(m.First, c.Lexicon.FacilityHeads, out _)))
            return false;
        int next = m.First + 1;
        if (!c.IsArabic(next) || c.IsNamePart(next) || c.IsPlace(next) || c.IsPlainDefinite(next)) return false;
        var form = c.Form(next);
        int after = next + 1;
        bool construct = c.Joined(next, after) && c.IsDefinite(after);
        // للعمال, or ب / ل / ك before a common word that no definite word follows (بصورة كافية); not a foreign name
        // that begins with the letter (بايرن، كوينز) nor a construct chain (منظمة برامج الطاقة).
        bool preposition = form.StartsWith("لل") || (form[0] is 'ب' or 'ل' or 'ك' && c.IsCommon(next) && !construct);
        // An indefinite feminine word that ends the phrase (before punctuation, a function word or a preposition): an
        // adjective (هيئة منتخبة من، منظمة جماهيرية للفلاحين، جامعة مرموقة.); a noun in a construct chain goes on
        // (مجلس صيانة الدستور، جمعية إعانة مرضى …، نقابة صيادلة سوريا).
        bool ends = !c.Joined(next, after) || !c.IsArabic(after) || c.IsStop(after) || c.Form(after).StartsWith("لل");
        bool adjective = c.Text.Surface(c.Tokens[next]).EndsWith('ة') && ends;
        return preposition || adjective;
    }

    // Below this probability of beginning a person where a rule sees a one-word name after a title or a verb of
    // saying, the tagger vetoes it (العالم كله، الكاتب ارسل، وزير الدفاع بتأمين، وزير الدفاع الأمريكي حرص). On a day of
    // SaudiNewsNet (smoke data, 1,318 articles) 5 % took out about 540 such words and about 30 real names the rules had
    // found alone (a family name after a comma, a surname after an unknown given name); 1 % took out 420 and the same
    // names. The annotated texts do not move between 0 and 20 %.
    private const double PersonVeto = 0.05;

    // The same for a rule's person of several words, which the rule's stronger evidence (a title, then words that look
    // like a name) makes likelier: the tagger vetoes it below 1 % (الفريق تمارين الإحماء المعتادة: "the team" read as the
    // rank).
    private const double LongPersonVeto = 0.01;

    // A one-word person of the trigger rules that the tagger, seeing the same words, gives little chance of being one;
    // and a company's or a team's name after its descriptor (شركة، مجموعة، فريق) that begins with no article and where
    // the tagger sees no name of any kind begin: the descriptor was followed by an adjective, a verb or a preposition
    // (مجموعة متواترة من، لدينا فريق متزن وكامل، شركة لتأجير السيارات). A definite name goes on (شركة الاتصالات السعودية:
    // the tagger would begin that name at شركة, so its probability of beginning at الاتصالات says nothing).
    private static bool Vetoed(EntityContext c, Mention m, NerModel? model) =>
        m.Label == EntityLabel.Person && m.Priority is RuleSource.TriggerPriority or RuleSource.TriggerPriority - 1 &&
        BeginProbability(c, model, m.First, EntityLabel.Person) < (m.First == m.Last ? PersonVeto : LongPersonVeto) ||
        m.Label == EntityLabel.Organization && m.Priority == RuleSource.TriggerPriority && !c.IsDefinite(m.First) && AfterDescriptor(c, m.First) &&
        NameProbability(c, model, m.First) < DescriptorVeto ||
        // The same after a facility's head, which the tagger does not know as a head (مستشفى شهير، مستشفى قريب).
        m.Label == EntityLabel.Organization && m.Priority == RuleSource.TriggerPriority && m.Last == m.First + 1 && !c.IsDefinite(m.Last) &&
        c.Lookup(m.First, c.Lexicon.FacilityHeads, out _) && NameProbability(c, model, m.Last) < DescriptorVeto;

    // Below this probability of beginning a name of any label after a company's or a team's descriptor, the tagger
    // vetoes the rule's name.
    private const double DescriptorVeto = 0.05;

    // Token i follows a company's or a team's descriptor directly (the rules leave the descriptor out of the name).
    private static bool AfterDescriptor(EntityContext c, int i) =>
        i > 0 && c.Joined(i - 1, i) && c.IsArabic(i - 1) &&
        (c.Lookup(i - 1, c.Lexicon.OrganizationDescriptors, out _) || c.Lookup(i - 1, c.Lexicon.TeamDescriptors, out _));

    /// <summary>The tagger's probability that token <paramref name="i"/> begins a name of any label after no name, or 1
    /// when there is no tagger.</summary>
    public static double NameProbability(EntityContext c, NerModel? model, int i) =>
        model is null || c.ModelFeatures is null ? 1 :
        BeginProbability(c, model, i, EntityLabel.Person) + BeginProbability(c, model, i, EntityLabel.Location) +
        BeginProbability(c, model, i, EntityLabel.Organization) + BeginProbability(c, model, i, EntityLabel.Misc);

    /// <summary>The tagger's probability that token <paramref name="i"/> begins a <paramref name="label"/> name after no
    /// name, or 1 when there is no tagger (nothing to veto with).</summary>
    public static double BeginProbability(EntityContext c, NerModel? model, int i, EntityLabel label) =>
        model is not null && c.ModelFeatures is { } features
            ? Math.Exp(model.LogProbability(features, i, NerTags.Outside, NerTags.Begin(label)))
            : 1;
}
