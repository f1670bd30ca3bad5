namespace TextAnalysis.Extraction.Entities;

/// <summary>
/// Trigger-word rules: a title before a PERSON (left out of the span), a settlement head before a LOCATION (left
/// out), a natural-feature or facility head that starts a LOCATION (kept), an organization head that starts an
/// ORGANIZATION (kept), a company descriptor before an ORGANIZATION (left out), an event head that starts a MISC,
/// and runs of known name parts as PERSON.
/// </summary>
internal sealed class RuleSource : IMentionSource
{
    public const int TriggerPriority = 3;
    public const int NameRunPriority = 0;

    private const int MaxNameTokens = 4;
    private const int MaxOrganizationTokens = 10;

    public void Collect(EntityContext c, List<Mention> candidates)
    {
        var lex = c.Lexicon;
        for (int i = 0; i < c.Count; i++)
        {
            if (!c.IsArabic(i)) continue;
            if (c.Lookup(i, lex.SpeechVerbs, out _))
            {
                SpokenBy(c, i, candidates);
                continue;
            }
            if (c.Lookup(i, lex.FacilityHeads, out int sf))
            {
                Organization(c, i, sf, candidates);
                continue;
            }
            if (c.IsTrigger(i))
            {
                if (c.Lookup(i, lex.Titles, out _)) Person(c, i, candidates);
                else if (c.Lookup(i, lex.LocationHeadsOut, out _)) LocationAfterHead(c, i, candidates);
                else if (c.Lookup(i, lex.LocationHeadsIn, out int s1)) LocationWithHead(c, i, s1, candidates);
                else if (c.Lookup(i, lex.OrganizationHeads, out int s2)) Organization(c, i, s2, candidates);
                else if (c.Lookup(i, lex.OrganizationDescriptors, out int s3) && !StartsWithArticle(c, i, s3)) Company(c, i, candidates);
                else if (c.Lookup(i, lex.TeamDescriptors, out _)) Team(c, i, candidates);
                else if (c.Lookup(i, lex.MiscHeads, out int s4)) Event(c, i, s4, candidates);
                continue;
            }
            if (c.IsPlainDefinite(i) && c.IsNisba(i) && c.IsCommon(i)) AfterNationality(c, i, candidates);
            // Two or more known name parts in a row (محمد حسني مبارك) are a person.
            if (c.IsNamePart(i) && !c.IsCommon(i) && (i == 0 || !c.IsNamePart(i - 1) || !c.Joined(i - 1, i)))
            {
                int last = NameEnd(c, i, requireKnown: true);
                if (last > i) candidates.Add(c.Make(i, last, c.ArticleClitics(i), EntityLabel.Person, NameRunPriority));
            }
        }
    }

    // قال كلاوس برينر: a name of two words or a known name part right after a verb of saying.
    private static void SpokenBy(EntityContext c, int verb, List<Mention> candidates)
    {
        int first = verb + 1;
        if (!c.Joined(verb, first) || !c.IsPersonPart(first) || c.IsDefinite(first)) return;
        // أفادت بقرض، صرح لوكالة: a preposition after the verb, not a subject.
        if (!c.IsNamePart(first) && c.Form(first)[0] is 'ب' or 'ل') return;
        int last = NameEnd(c, first, requireKnown: false);
        if (last > first || (last == first && (c.IsNamePart(first) || EndsClause(c, first))))
            candidates.Add(c.Make(first, last, 0, EntityLabel.Person, TriggerPriority));
    }

    // وقالت هيلاري "...", ويقول ديمورا إن: a one-word subject closed by punctuation or إن/أن.
    private static bool EndsClause(EntityContext c, int i)
    {
        int n = i + 1;
        if (n >= c.Count) return true;
        if (c.Tokens[n].Kind == Tokenization.TokenKind.Punctuation) return true;
        return c.Joined(i, n) && c.Form(n) is "ان" or "انه" or "انها";
    }

    // الإسباني دانيال سوردو، التركي حمزة يرلكاب: a nationality adjective before a name of two words or a known name.
    private static void AfterNationality(EntityContext c, int adjective, List<Mention> candidates)
    {
        int first = adjective + 1;
        if (!c.Joined(adjective, first) || !c.IsPersonPart(first) || c.IsDefinite(first) || c.IsCommon(first)) return;
        if (!c.IsNamePart(first) && c.Form(first)[0] is 'ب' or 'ل' or 'ف') return;
        int last = NameEnd(c, first, requireKnown: false);
        if (last > first || (last == first && c.IsNamePart(first)))
            candidates.Add(c.Make(first, last, 0, EntityLabel.Person, TriggerPriority - 1));
    }

    // Title [role words] Name: الرئيس الأمريكي جورج بوش، وزير الخارجية كولن باول، القيصر نيقولا الثاني.
    private static void Person(EntityContext c, int title, List<Mention> candidates)
    {
        int j = title + 1;
        // Role words between the title and the name are definite (وزير الخارجية الأمريكي) or further titles; after an
        // indefinite title (رئيس، وزير) a definite word is its complement (رئيس الأركان), never the name.
        bool indefiniteTitle = !c.IsDefinite(title);
        for (int skipped = 0; skipped < 3 && c.Joined(j - 1, j) && c.IsArabic(j) && !c.IsStop(j) &&
                              (c.IsPlainDefinite(j) && (indefiniteTitle || !c.IsNamePart(j) && (c.IsCommon(j) || c.IsNisba(j))) || c.IsTrigger(j)); skipped++)
            j++;
        if (!c.Joined(j - 1, j) || !c.IsArabic(j)) return;
        int last = NameEnd(c, j, requireKnown: false);
        // Right after a title an indefinite word is a name even when it is also a common word (سلوى، أمل).
        if (last < j && !c.IsStop(j) && !c.IsNotName(j) && !c.HasTanween(j) && !c.IsDefinite(j) && !c.IsTrigger(j) && !c.IsIndefiniteNisba(j) &&
            !c.Form(j).EndsWith("وا") && !c.IsCliticCommon(j) && !c.Lexicon.Regnal.Contains(c.Form(j)))
        {
            last = j;
            int more = NameEnd(c, j + 1, requireKnown: false);
            if (c.Joined(j, j + 1) && more > j) last = more;
        }
        if (last >= j) candidates.Add(c.Make(j, last, 0, EntityLabel.Person, TriggerPriority));
    }

    // The last token of a name starting at <paramref name="first"/>, or first - 1 when there is none.
    private static int NameEnd(EntityContext c, int first, bool requireKnown)
    {
        var lex = c.Lexicon;
        int last = first - 1;
        int k = first;
        for (int parts = 0; parts < MaxNameTokens && (k == first || c.Joined(k - 1, k)) && c.IsArabic(k);)
        {
            if (c.Lookup(k, lex.Connectors, out _) && c.Joined(k, k + 1) && c.IsPersonPart(k + 1))
            {
                last = k + 1;
                k += 2;
                parts += 2;
                continue;
            }
            if (lex.Regnal.Contains(c.Form(k)))
                return last >= first ? k : last;
            // After the first word, a word with a bare ب، ف or ل in front (بتمزق، فتابعها) is not a name part, nor is a
            // common word in the accusative (أجاب مورينيو | ضاحكا).
            if (k > first && !c.IsNamePart(k) && c.Form(k)[0] is 'ب' or 'ف' or 'ل') break;
            if (k > first && c.IsAccusativeCommon(k)) break;
            bool ok = requireKnown ? c.IsNamePart(k) && !c.IsStop(k) && !c.HasCliticArticle(k) : c.IsPersonPart(k);
            if (ok && c.EndsName(k)) ok = false;
            if (!ok) break;
            last = k++;
            parts++;
        }
        return last;
    }

    // مدينة X، مرفأ X، ولاية X: the name without its head.
    private static void LocationAfterHead(EntityContext c, int head, List<Mention> candidates)
    {
        int first = head + 1;
        if (!c.Joined(head, first) || !c.IsNameLike(first) || c.IsNisba(first) || c.IsIndefiniteNisba(first) || c.HasCliticArticle(first)) return;
        int last = PlaceNameEnd(c, first);
        candidates.Add(c.Make(first, last, 0, EntityLabel.Location, TriggerPriority));
    }

    // The last word of a place's name after its head: up to three more name-like words, no nisba (the adjective after
    // the name), and no common word or known place behind a clitic (شارع تايمز سكوير | بنيويورك | للتنديد، جزيرة فيلكا
    // | بالكويت); other words that begin with those letters go on (خان بني سعد، ملعب كوينز بارك).
    private static int PlaceNameEnd(EntityContext c, int first)
    {
        int last = first;
        for (int next = c.After(last); last - first < 3 && next > 0 && c.IsNameLike(next) && !c.IsNisba(next); next = c.After(last))
        {
            if (c.IsCliticCommon(next) || (c.GazetteerMatch(next, out _, out int strip) > 0 && strip > 0)) break;
            last = next;
        }
        return last;
    }

    // نهر X، جزيرة X، شارع X: the head belongs to the name.
    private static void LocationWithHead(EntityContext c, int head, int strip, List<Mention> candidates)
    {
        int first = head + 1;
        if (!c.Joined(head, first)) return;
        // Named after a person (جسر الملك فهد، ملعب الأمير مولاي عبد الله، مطار الملك عبد العزيز): the head, the title and
        // the name, of known name parts only (جبل الشيخ وقراها is no one's).
        if (NamingTitles.Contains(c.Form(first)) && c.Joined(first, first + 1))
        {
            int name = NameEnd(c, first + 1, requireKnown: true);
            if (name > first) candidates.Add(c.Make(head, name, strip, EntityLabel.Location, TriggerPriority));
            return;
        }
        if (!c.IsNameLike(first) || c.IsIndefiniteNisba(first) || c.HasCliticArticle(first)) return;
        int last = PlaceNameEnd(c, first);
        candidates.Add(c.Make(head, last, strip, EntityLabel.Location, TriggerPriority));
    }

    // حزب X، وزارة X، البنك المركزي المصري، الجهاز المركزي للتعبئة العامة والإحصاء: the head and its complements.
    private static void Organization(EntityContext c, int head, int strip, List<Mention> candidates)
    {
        bool definiteHead = StartsWithArticle(c, head, strip);
        int first = head + 1;
        if (!c.Joined(head, first) || !c.IsArabic(first) || c.IsStop(first) || c.IsTrigger(first) && !c.IsDefinite(first)) return;
        if (definiteHead ? !c.IsPlainDefinite(first)
                         : !(c.IsPlainDefinite(first) || (c.IsNameLike(first) && !c.IsIndefiniteNisba(first) && !c.HasCliticArticle(first)))) return;
        // Named after a person (جامعة الملك سعود، مدينة الأمير سلطان بن عبد العزيز للخدمات): the title, the name, then
        // the complements.
        int named = first;
        if (!definiteHead && NamingTitles.Contains(c.Form(first)))
        {
            int name = c.Joined(first, first + 1) ? NamesakeEnd(c, first + 1) : first;
            if (name > first) named = name;
        }
        // Any other title right after the head, with a name after it, begins a person (رئيس النادي الأستاذ خالد …): no
        // organization here. (نادي الرائد، الاتحاد الدولي لكرة القدم: no name follows, the title word is the name.)
        else if (c.Lookup(first, c.Lexicon.Titles, out _) && c.Joined(first, first + 1) && NameEnd(c, first + 1, requireKnown: false) > first) return;
        int last = Complements(c, named);
        // A name does not end on a connector (مستشفى أبو | عجرم العام): the word after it belongs to it.
        if (EntityRecognizer.IsConnector(c, last) && c.Joined(last, last + 1) && c.IsArabic(last + 1) && !c.IsStop(last + 1)) last = Complements(c, last + 1);
        candidates.Add(c.Make(head, last, strip, EntityLabel.Organization, TriggerPriority));
    }

    // The titles of the people institutions are named after (جامعة الملك سعود، جامع السلطان قابوس، جامعة الإمام محمد
    // بن سعود، مستشفى الدكتور سليمان الحبيب); after a definite head a title begins another person (رئيس النادي الأستاذ …).
    internal static readonly WordSet NamingTitles = new(new[] { "الملك", "الملكة", "الأمير", "الأميرة", "الإمام", "السلطان", "الشيخ", "الشيخة", "الخليفة", "الدكتور" }
        .Select(PhraseTrie.NormalizeKey));

    // The name an institution or a facility takes after a naming title: one name word (a known name part, or a word
    // that looks like one; عبد الرحمن and أبو … as one), then only chains of بن / آل (فهد بن عبد العزيز). A definite
    // family name or adjective after it is the organization's complement (سليمان | الحبيب، فهد | المركزي); another
    // given name begins someone else (مستشفى الملك خالد | محمد النشمي). Returns first - 1 when no name starts there.
    private static int NamesakeEnd(EntityContext c, int first)
    {
        bool NamePart(int k) => c.IsArabic(k) && !c.IsStop(k) && !c.HasCliticArticle(k) && !c.EndsName(k) &&
                                (c.IsNamePart(k) || c.IsPersonPart(k)) && !c.IsDefinite(k);
        int last = first - 1;
        if (EntityRecognizer.IsConnector(c, first) && c.Joined(first, first + 1) && NamePart(first + 1)) last = first + 1;
        else if (NamePart(first)) last = first;
        else return last;
        while (c.Joined(last, last + 1) && EntityRecognizer.IsConnector(c, last + 1) && c.Joined(last + 1, last + 2) && (NamePart(last + 2) || c.IsNamePart(last + 2)))
            last += 2;
        return last;
    }

    // شركة X، شركة «X»: the company name without the descriptor and the quotation marks.
    private static void Company(EntityContext c, int descriptor, List<Mention> candidates)
    {
        int first = descriptor + 1;
        if (!c.Joined(descriptor, first)) return;
        var tokens = c.Tokens;
        if (tokens[first].Kind == Tokenization.TokenKind.Punctuation && c.Text.Original[tokens[first].Start] is '«' or '"' or '“')
        {
            for (int k = first + 1; k < c.Count && k <= first + 6 && c.Joined(k - 1, k); k++)
            {
                if (tokens[k].Kind == Tokenization.TokenKind.Punctuation)
                {
                    if (c.Text.Original[tokens[k].Start] is '»' or '"' or '”' && k > first + 1)
                        candidates.Add(c.Make(first + 1, k - 1, 0, EntityLabel.Organization, TriggerPriority));
                    return;
                }
            }
            return;
        }
        if (!(c.IsNameLike(first) && !c.IsIndefiniteNisba(first) || c.IsPlainDefinite(first) && !c.IsStop(first))) return;
        candidates.Add(c.Make(first, Complements(c, first), 0, EntityLabel.Organization, TriggerPriority));
    }

    // فريق برشلونة، فريق أسيك: a team's name without the descriptor; a bare name only (فريق العمل is no team's name).
    private static void Team(EntityContext c, int descriptor, List<Mention> candidates)
    {
        int first = descriptor + 1;
        if (!c.Joined(descriptor, first) || !c.IsNameLike(first) || c.IsDefinite(first) || c.IsIndefiniteNisba(first)) return;
        int last = first;
        for (int next = c.After(last); last - first < 2 && next > 0 && c.IsNameLike(next) && !c.IsNisba(next); next = c.After(last)) last = next;
        candidates.Add(c.Make(first, last, 0, EntityLabel.Organization, TriggerPriority));
    }

    // The definite words, لل/وال/بال words and names that continue an organization's name.
    private static int Complements(EntityContext c, int first)
    {
        int last = first;
        for (int k = c.After(first); k > 0 && k - first < MaxOrganizationTokens && c.IsArabic(k) && !c.IsStop(k); k = c.After(k))
        {
            // A title after the name begins a person (عضو مجلس الوزراء الدكتور مساعد العيبان); an object or a role ends it
            // (مجلس الوزراء | الموافقة، الديوان الملكي | المشرف العام).
            if (c.Lookup(k, c.Lexicon.Titles, out _) || c.Lookup(k, c.Lexicon.NotComplements, out _)) break;
            if (c.IsDefinite(k) && !c.HasTanween(k))
            {
                if (!c.ContinuesName(k) || IsOtherConjunct(c, last, k)) break;
                last = k;
                continue;
            }
            // بشؤون المسجد: a noun with ب inside a construct chain, when a definite word follows.
            if (c.Form(k)[0] == 'ب' && !c.IsTrigger(k) && c.Joined(k, k + 1) && c.IsArabic(k + 1) && c.IsDefinite(k + 1) && !c.IsStop(k + 1) &&
                c.Form(last).StartsWith("لل"))
            {
                last = k;
                continue;
            }
            // مجلس سوفييت موسكو: names after a name, but not a place behind a clitic (مستشفى الملك خالد | بحائل).
            if (c.After(last) == k && !c.IsDefinite(last) && c.IsNameLike(last) && c.IsPlace(k) && !c.IsIndefiniteNisba(k) && !c.HasCliticArticle(k) &&
                !(c.GazetteerMatch(k, out _, out int behind) > 0 && behind > 0))
            {
                last = k;
                continue;
            }
            break;
        }
        return last;
    }

    // و before the plural of a common word, after a word that is none, joins a group to the name's sentence (الجهاز
    // الإداري | واللاعبين، القابضة | والشركات التابعة); names coordinate nouns (هيئة التحقيق والادعاء، للثقافة والفنون)
    // or plurals with plurals (جمعية المتقاعدين والمسنين).
    private static bool IsOtherConjunct(EntityContext c, int last, int k) =>
        c.Form(k).StartsWith("وال", StringComparison.Ordinal) && c.IsPluralNoun(k) && !c.IsPluralNoun(last);

    // الحرب الروسية ـ اليابانية، معركة تسوشيما، ثورة أكتوبر الاشتراكية الكبرى، الحرب العالمية الأولى.
    private static void Event(EntityContext c, int head, int strip, List<Mention> candidates)
    {
        bool definiteHead = StartsWithArticle(c, head, strip);
        int first = head + 1;
        if (!c.Joined(head, first) || !c.IsArabic(first) || c.IsStop(first)) return;
        bool qualifies = definiteHead
            ? c.IsPlainDefinite(first) && (c.IsNisba(first) || c.Lexicon.Regnal.Contains(c.Form(first)) || IsOrdinalFeminine(c, first))
            : !c.HasTanween(first) && !c.HasCliticArticle(first) && !c.IsIndefiniteNisba(first) &&
              (c.IsNameLike(first) || c.IsNotName(first) && !c.IsPlainDefinite(first) && !DateFollows(c, first));
        if (!qualifies) return;
        int last = first;
        for (int next = c.After(last); last - first < 3 && next > 0 && !c.IsStop(next) && c.IsPlainDefinite(next) &&
               (c.IsNisba(next) || IsOrdinalFeminine(c, next) || c.IsCommon(next)); next = c.After(last))
            last = next;
        candidates.Add(c.Make(head, last, strip, EntityLabel.Misc, TriggerPriority));
    }

    // ثورة نوفمبر 1917، ثورة يوليو عام 1952: a revolution named by its date is a date, not a MISC.
    private static bool DateFollows(EntityContext c, int month)
    {
        for (int k = month + 1; k <= month + 2 && c.Joined(k - 1, k); k++)
        {
            if (c.Tokens[k].Kind == Tokenization.TokenKind.Number) return true;
        }
        return false;
    }

    private static bool IsOrdinalFeminine(EntityContext c, int i) =>
        c.Form(i) is "الاولي" or "الثانيه" or "الثالثه" or "الرابعه" or "الخامسه" or "الكبري";

    private static bool StartsWithArticle(EntityContext c, int i, int strip)
    {
        var form = c.Form(i)[strip..];
        return form.Length >= 2 && ((form[0] == 'ا' && form[1] == 'ل') || (strip > 0 && form[0] == 'ل' && c.Form(i)[strip - 1] == 'ل'));
    }
}
