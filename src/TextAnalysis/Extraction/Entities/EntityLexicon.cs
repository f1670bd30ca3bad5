using System.Collections.Frozen;
using System.Reflection;

namespace TextAnalysis.Extraction.Entities;

/// <summary>A set of normalized words with span lookups.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> normalizedWords)
    {
        _set = normalizedWords.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _set.Count;

    /// <summary>The words, in no particular order.</summary>
    public IEnumerable<string> Words => _set;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}

/// <summary>What the lexicon's lists say of one lookup key (a word as written or without its clitics): the
/// memberships the recognizer reads for every word, gathered into one table so that a word costs one look-up per
/// reading instead of one per list.</summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    /// <summary>In the function words.</summary>
    Stop = 1,
    /// <summary>In the words that are never names.</summary>
    NotName = 2,
    /// <summary>In the common words of the corpus.</summary>
    Common = 4,
    /// <summary>A word of the persons' names of the corpus and the people list.</summary>
    NameToken = 8,
    /// <summary>In the general list of personal name words.</summary>
    NameWord = 16,
    /// <summary>A one-word place or organization of the gazetteer.</summary>
    Place = 32,
    /// <summary>A trigger of the rules: a title, a head noun or descriptor of places, organizations, teams, or MISC.</summary>
    Trigger = 64,
    /// <summary>In the not-alone list: never a name by itself (الله، عضو، ولي).</summary>
    NotAlone = 128,
}

/// <summary>
/// The word lists of the recognizer, read once from the embedded resources under Resources/Entities and
/// normalized with the search profile: the gazetteer (ANERcorp training entities + general geography), the
/// trigger words of the rules, function words, and the common words that are not names.
/// </summary>
internal sealed class EntityLexicon
{
    private const string ResourcePrefix = "TextAnalysis.Resources.Entities";

    private static readonly Lazy<EntityLexicon> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private EntityLexicon(PhraseTrie gazetteer, Dictionary<string, WordSet> sections, WordSet common, WordSet nameTokens, WordSet nameWords, PhraseTrie knownOrganizations)
    {
        Gazetteer = gazetteer;
        NameWords = nameWords;
        KnownOrganizations = knownOrganizations;
        Common = common;
        NameTokens = nameTokens;
        WordSet Section(string name) => sections.TryGetValue(name, out var s) ? s : new WordSet([]);
        Titles = Section("person-titles");
        Connectors = Section("person-connectors");
        Regnal = Section("regnal");
        LocationHeadsOut = Section("location-heads-out");
        LocationHeadsIn = Section("location-heads-in");
        OrganizationHeads = Section("organization-heads");
        OrganizationDescriptors = Section("organization-descriptors");
        MiscHeads = Section("misc-heads");
        Stop = Section("stop-words");
        SpeechVerbs = Section("speech-verbs");
        NotNames = Section("not-names");
        TeamDescriptors = Section("team-descriptors");
        NotAlone = Section("not-alone");
        SportsWords = Section("sports-words");
        FacilityHeads = Section("facility-heads");
        NotComplements = Section("not-complements");
        NamesakeHeads = Section("namesake-heads");
        ClubWords = Section("club-words");
        GenericBodies = new PhraseTrie();
        foreach (var phrase in Section("generic-bodies").Words) GenericBodies.Add(phrase, EntityLabel.Organization, overwrite: false);
        _classes = BuildClasses();
        _classLookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenDictionary<string, WordClass> _classes;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _classLookup;

    /// <summary>The lists <paramref name="key"/> is in (<see cref="WordClass.None"/> for none).</summary>
    public WordClass ClassOf(ReadOnlySpan<char> key) => _classLookup.TryGetValue(key, out var c) ? c : WordClass.None;

    private FrozenDictionary<string, WordClass> BuildClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordClass c)
        {
            foreach (var w in words) classes[w] = classes.GetValueOrDefault(w) | c;
        }
        Mark(Stop.Words, WordClass.Stop);
        Mark(NotNames.Words, WordClass.NotName);
        Mark(Common.Words, WordClass.Common);
        Mark(NameTokens.Words, WordClass.NameToken);
        Mark(NameWords.Words, WordClass.NameWord);
        Mark(NotAlone.Words, WordClass.NotAlone);
        foreach (var set in new[] { Titles, LocationHeadsOut, LocationHeadsIn, OrganizationHeads, OrganizationDescriptors, MiscHeads, TeamDescriptors })
            Mark(set.Words, WordClass.Trigger);
        foreach (var (word, node) in Gazetteer.FirstWords())
        {
            if (node.Label is EntityLabel.Location or EntityLabel.Organization) Mark([word], WordClass.Place);
        }
        return classes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The shared lexicon, loaded on first use.</summary>
    public static EntityLexicon Default => LazyDefault.Value;

    public PhraseTrie Gazetteer { get; }
    public WordSet Common { get; }
    public WordSet NameTokens { get; }

    /// <summary>Single words that are mostly personal names (given names, foreign surnames), from general knowledge.</summary>
    public WordSet NameWords { get; }

    /// <summary>Organization names news writes without a head noun (companies, media, clubs, parties), from general
    /// knowledge; a feature of the tagger only. Labelled ORGANIZATION, or MISC for one-word names that are also common
    /// words or other names (الرياض، الوطن).</summary>
    public PhraseTrie KnownOrganizations { get; }
    public WordSet Titles { get; }
    public WordSet Connectors { get; }
    public WordSet Regnal { get; }
    public WordSet LocationHeadsOut { get; }
    public WordSet LocationHeadsIn { get; }
    public WordSet OrganizationHeads { get; }
    public WordSet OrganizationDescriptors { get; }
    public WordSet MiscHeads { get; }
    public WordSet Stop { get; }
    public WordSet SpeechVerbs { get; }
    public WordSet NotNames { get; }
    public WordSet TeamDescriptors { get; }

    /// <summary>Words running text never uses as a one-word name nor as a person's first word (الله، الشيعة، عضو، باسم).</summary>
    public WordSet NotAlone { get; }

    /// <summary>Heads of organizations the rules know and the tagger's trigger features do not (مستشفى).</summary>
    public WordSet FacilityHeads { get; }

    /// <summary>Definite words that end an organization's name (الموافقة، المشرف، السابق).</summary>
    public WordSet NotComplements { get; }

    /// <summary>Nouns of institutions and places named after a king or a prince (مركز، مدينة، طريق، جائزة).</summary>
    public WordSet NamesakeHeads { get; }

    /// <summary>Words of sports reports (مباراة، الشوط، المدرب).</summary>
    public WordSet SportsWords { get; }

    /// <summary>Clubs whose names are also common words (الاتفاق، التعاون، النصر).</summary>
    public WordSet ClubWords { get; }

    /// <summary>Phrases that name no particular organization (مجلس الإدارة، الجهاز الفني).</summary>
    public PhraseTrie GenericBodies { get; }

    private static EntityLexicon Load() => Load(Lines);

    /// <summary>Builds a lexicon from other copies of the files (e.g. lists generated from part of a corpus, for a held-out evaluation).</summary>
    internal static EntityLexicon Load(Func<string, IEnumerable<string>> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in lines("triggers.txt"))
        {
            if (line[0] == '[' && line[^1] == ']')
            {
                var name = line[1..^1];
                if (!sections.TryGetValue(name, out current)) sections[name] = current = [];
                continue;
            }
            current?.Add(PhraseTrie.NormalizeKey(line));
        }
        var sets = sections.ToDictionary(kv => kv.Key, kv => new WordSet(kv.Value), StringComparer.Ordinal);
        var stop = sets.GetValueOrDefault("stop-words") ?? new WordSet([]);
        var common = new WordSet(lines("anercorp-common-words.txt"));

        var trie = new PhraseTrie();
        var nameTokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines("anercorp-entities.tsv"))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3) continue;
            var label = EntityLabels.Parse(parts[0]);
            if (label == EntityLabel.None) continue;
            trie.Add(parts[2], label, overwrite: false);
            if (label != EntityLabel.Person) continue;
            foreach (var token in parts[2].Split(' '))
            {
                if (token.Length >= 3 && !common.Contains(token) && !stop.Contains(token)) nameTokens.Add(token);
            }
        }
        // General geography wins over the corpus where they disagree.
        // غ and ج both write a foreign g (هامبورغ، هامبورج): each geography name gets both spellings.
        foreach (var line in lines("geography.txt"))
        {
            var key = PhraseTrie.NormalizeKey(line);
            trie.Add(key, EntityLabel.Location, overwrite: true);
            if (key.Contains('غ', StringComparison.Ordinal))
            {
                var variant = key.Replace('غ', 'ج');
                if (!common.Contains(variant)) trie.Add(variant, EntityLabel.Location, overwrite: false);
            }
        }

        // General-knowledge people and organizations, like geography, win over the corpus lists.
        foreach (var (file, label) in new[] { ("people.txt", EntityLabel.Person), ("organizations.txt", EntityLabel.Organization) })
        {
            foreach (var line in lines(file))
            {
                var key = PhraseTrie.NormalizeKey(line);
                trie.Add(key, label, overwrite: true);
                if (label != EntityLabel.Person) continue;
                foreach (var token in key.Split(' '))
                {
                    if (token.Length >= 3 && !common.Contains(token) && !stop.Contains(token)) nameTokens.Add(token);
                }
            }
        }

        var nameWords = new WordSet(lines("name-words.txt").Select(PhraseTrie.NormalizeKey));
        var organizations = new PhraseTrie();
        foreach (var line in lines("organization-names.txt"))
        {
            // A one-word name that is also a common word or another kind of name in the lists (الرياض، الخليج، الوطن)
            // is kept apart (as MISC) so that the tagger weighs it on its own.
            var key = PhraseTrie.NormalizeKey(line);
            bool ambiguous = !key.Contains(' ', StringComparison.Ordinal) &&
                             (common.Contains(key) || stop.Contains(key) || trie.First(key)?.Label is EntityLabel.Location or EntityLabel.Person or EntityLabel.Misc);
            organizations.Add(key, ambiguous ? EntityLabel.Misc : EntityLabel.Organization, overwrite: false);
        }
        return new EntityLexicon(trie, sets, common, new WordSet(nameTokens), nameWords, organizations);
    }

    /// <summary>The non-empty, non-comment lines of an embedded resource of this folder.</summary>
    internal static IEnumerable<string> Lines(string fileName)
    {
        using var stream = OpenResource(fileName);
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }

    /// <summary>Opens an embedded resource of Resources/Entities (the folder separator in the name depends on the build OS).</summary>
    internal static Stream OpenResource(string fileName)
    {
        var assembly = typeof(EntityLexicon).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.Length == ResourcePrefix.Length + 1 + fileName.Length &&
                name.StartsWith(ResourcePrefix, StringComparison.Ordinal) &&
                name.EndsWith(fileName, StringComparison.Ordinal))
            {
                return assembly.GetManifestResourceStream(name)!;
            }
        }
        throw new InvalidOperationException($"Embedded resource {ResourcePrefix}/{fileName} is missing.");
    }
}
