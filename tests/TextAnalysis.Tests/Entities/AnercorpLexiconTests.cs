using TextAnalysis.Extraction.Entities;

namespace TextAnalysis.Tests.Entities;

public class AnercorpLexiconTests
{
    private const string TrainSplit = "/work/shared/datasets/anercorp/train.conll";

    private static string ResourceText(string file)
    {
        using var stream = EntityLexicon.OpenResource(file);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The shipped lists are exactly what the generator makes of the training split. Set
    // TEXTANALYSIS_REGENERATE_ENTITIES to the Resources/Entities folder to rewrite them instead.
    [Fact]
    public void Shipped_anercorp_lists_are_the_generator_output()
    {
        string? train = Environment.GetEnvironmentVariable("TEXTANALYSIS_ANERCORP_TRAIN") ?? TrainSplit;
        if (!File.Exists(train)) return;
        using var reader = new StreamReader(train);
        var (entities, common) = AnercorpLexiconGenerator.Generate(reader);
        string? target = Environment.GetEnvironmentVariable("TEXTANALYSIS_REGENERATE_ENTITIES");
        if (!string.IsNullOrEmpty(target))
        {
            File.WriteAllText(Path.Combine(target, "anercorp-entities.tsv"), entities);
            File.WriteAllText(Path.Combine(target, "anercorp-common-words.txt"), common);
            return;
        }
        Assert.Equal(entities, ResourceText("anercorp-entities.tsv"));
        Assert.Equal(common, ResourceText("anercorp-common-words.txt"));
    }

    [Fact]
    public void Generator_keeps_consistent_names_and_cleans_clitics()
    {
        const string conll = """
            زار B-PERS
            ولبنان B-LOC
            . O

            في O
            لبنان B-LOC
            و O
            بالولايات B-LOC
            المتحدة I-LOC
            . O

            الخير B-ORG
            الخير O
            الخير O
            قال O
            قال O
            قال O
            """;
        var (entities, common) = AnercorpLexiconGenerator.Generate(new StringReader(conll));
        var lines = entities.Split('\n').Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.Contains("LOC\t2\tلبنان", lines);
        Assert.Contains("LOC\t1\tالولايات المتحده", lines);
        Assert.DoesNotContain(lines, l => l.EndsWith("\tالخير", StringComparison.Ordinal));
        var words = common.Split('\n');
        Assert.Contains("قال", words);
        Assert.DoesNotContain("الخير", words);
    }

    [Fact]
    public void Resources_are_embedded_under_the_entities_folder()
    {
        var names = typeof(EntityRecognizer).Assembly.GetManifestResourceNames();
        foreach (var file in new[] { "geography.txt", "triggers.txt", "anercorp-entities.tsv", "anercorp-common-words.txt" })
            Assert.Contains(names, n => n.StartsWith("TextAnalysis.Resources.Entities", StringComparison.Ordinal) && n.EndsWith(file, StringComparison.Ordinal));
    }
}
