using System.Text.Json;
using TextAnalysis.Records;

namespace TextAnalysis.Cli.Tests;

public class ExtractCommandTests
{
    private static List<DocumentRecord> Records(HostRun run) =>
        run.OutLines.Select(l => RecordJson.Deserialize(l)!).ToList();

    private static DocumentRecord SeedRecord()
    {
        var run = HostRun.Of("extract", Repo.SeedPath);
        Assert.Equal(0, run.ExitCode);
        return Assert.Single(Records(run));
    }

    [Fact]
    public void Every_span_slices_back_to_its_text()
    {
        var record = SeedRecord();
        string text = File.ReadAllText(Repo.SeedPath);
        var spans = record.Dates!.Cast<ISpanRecord>().Concat(record.Numbers!).Concat(record.Entities!).ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Fact]
    public void Arrays_are_in_document_order()
    {
        var record = SeedRecord();
        Assert.True(record.Dates!.Zip(record.Dates!.Skip(1)).All(p => p.First.Start <= p.Second.Start));
        Assert.True(record.Numbers!.Zip(record.Numbers!.Skip(1)).All(p => p.First.Start <= p.Second.Start));
        Assert.True(record.Entities!.Zip(record.Entities!.Skip(1)).All(p => p.First.Start <= p.Second.Start));
    }

    [Fact]
    public void Day_month_year_date_has_its_iso_value()
    {
        var date = Assert.Single(SeedRecord().Dates!, d => d.Text.EndsWith("22 يناير 1905", StringComparison.Ordinal));
        Assert.Equal("1905-01-22", date.Value);
        Assert.Equal("day", date.Grain);
    }

    [Fact]
    public void Digits_with_scale_word_have_their_value()
    {
        var number = Assert.Single(SeedRecord().Numbers!, n => n.Text == "35 ألفاً");
        Assert.Equal(35000, number.Value);
    }

    [Fact]
    public void Number_words_have_their_value()
    {
        var number = Assert.Single(SeedRecord().Numbers!, n => n.Text == "ثلاثون ألف");
        Assert.Equal(30000, number.Value);
    }

    [Fact]
    public void Numbers_inside_dates_are_not_numbers()
    {
        var record = SeedRecord();
        Assert.DoesNotContain(record.Numbers!, n => record.Dates!.Any(d => n.Start < d.End && d.Start < n.End));
    }

    [Fact]
    public void Obvious_places_and_people_are_found()
    {
        var entities = SeedRecord().Entities!;
        Assert.Contains(entities, e => e.Text == "روسيا" && e.Label == "LOCATION");
        Assert.Contains(entities, e => e.Text == "موسكو" && e.Label == "LOCATION");
        Assert.Contains(entities, e => e.Text == "لينين" && e.Label == "PERSON");
    }

    [Fact]
    public void Record_json_uses_the_contract_field_names()
    {
        var run = HostRun.Of("extract", Repo.SeedPath);
        using var doc = JsonDocument.Parse(run.OutLines[0]);
        var root = doc.RootElement;
        Assert.Equal(Repo.SeedPath, root.GetProperty("id").GetString());
        foreach (var kind in new[] { "dates", "numbers", "entities" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(kind).ValueKind);
        var date = root.GetProperty("dates")[0];
        foreach (var field in new[] { "text", "start", "end", "value", "grain", "calendar" })
            Assert.True(date.TryGetProperty(field, out _), field);
    }

    [Fact]
    public void Malformed_file_next_to_good_ones_gets_an_error_record_and_exit_1()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), "في 22 يناير 1905 خرج 150 ألف عامل في بتروجراد.");
        File.WriteAllBytes(dir.File("b.txt"), [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x9F]);
        File.WriteAllText(dir.File("c.txt"), "وفي موسكو أضرب ثلاثون ألف عامل.");
        var run = HostRun.Of("extract", dir.Path);
        Assert.Equal(1, run.ExitCode);
        var records = Records(run);
        Assert.Equal(3, records.Count);
        Assert.Null(records[0].Error);
        Assert.NotNull(records[1].Error);
        Assert.EndsWith("b.txt", records[1].Id);
        Assert.Null(records[2].Error);
        Assert.Contains("b.txt", run.Error);
        Assert.Contains(records[0].Dates!, d => d.Value == "1905-01-22");
    }

    [Fact]
    public void Missing_file_gets_an_error_record()
    {
        var run = HostRun.Of("extract", "/nonexistent/file.txt");
        Assert.Equal(1, run.ExitCode);
        var record = Assert.Single(Records(run));
        Assert.Equal("no such file or folder", record.Error);
    }

    [Fact]
    public void Lines_mode_gives_one_record_per_non_empty_line_with_line_ids()
    {
        using var dir = new TempDir();
        string file = dir.File("cases.txt");
        File.WriteAllText(file, "خمسة وعشرون\n\n22 يناير 1905\n");
        var records = Records(HostRun.Of("extract", "--lines", file));
        Assert.Equal([file + "#1", file + "#3"], records.Select(r => r.Id));
    }

    [Fact]
    public void Json_articles_are_documents_and_their_date_anchors_relative_dates()
    {
        using var dir = new TempDir();
        string file = dir.File("day.json");
        File.WriteAllText(file, """[{"content":"وصل الوفد إلى الرياض أمس","date_extracted":"2015-07-23 19:28:17"},{"title":"بلا نص"}]""");
        var run = HostRun.Of("extract", file);
        Assert.Equal(1, run.ExitCode);
        var records = Records(run);
        Assert.Equal([file + "#1", file + "#2"], records.Select(r => r.Id));
        Assert.Contains(records[0].Dates!, d => d.Text == "أمس" && d.Value == "2015-07-22");
        Assert.NotNull(records[1].Error);
    }

    [Fact]
    public void Dash_reads_the_document_from_standard_input()
    {
        var run = HostRun.WithInput("في 22 يناير 1905 بدأ الإضراب", "extract", "-");
        var record = Assert.Single(Records(run));
        Assert.Equal("stdin", record.Id);
        Assert.Contains(record.Dates!, d => d.Value == "1905-01-22");
    }

    [Fact]
    public async Task Parquet_output_has_one_row_per_mention()
    {
        using var dir = new TempDir();
        string out_ = dir.File("mentions.parquet");
        var run = HostRun.Of("extract", Repo.SeedPath, "--format", "parquet", "--out", out_);
        Assert.Equal(0, run.ExitCode);
        var record = Records(HostRun.Of("extract", Repo.SeedPath)).Single();
        await using var stream = File.OpenRead(out_);
        var rows = (await Parquet.Serialization.ParquetSerializer.DeserializeAsync<Commands.MentionRow>(stream)).Data;
        Assert.Equal(record.Dates!.Count, rows.Count(r => r.Type == "date"));
        Assert.Equal(record.Numbers!.Count, rows.Count(r => r.Type == "number"));
        Assert.Equal(record.Entities!.Count, rows.Count(r => r.Type == "entity"));
        Assert.Contains(rows, r => r.Type == "number" && r.Text == "35 ألفاً" && r.Number == 35000);
    }

    [Fact]
    public void Parquet_without_out_is_a_usage_error() =>
        Assert.Equal(2, HostRun.Of("extract", Repo.SeedPath, "--format", "parquet").ExitCode);

    [Fact]
    public void Windows_1256_file_is_decoded()
    {
        using var dir = new TempDir();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(dir.File("legacy.txt"), System.Text.Encoding.GetEncoding(1256).GetBytes("في 22 يناير 1905 بدأت الثورة في روسيا"));
        var record = Assert.Single(Records(HostRun.Of("extract", dir.File("legacy.txt"))));
        Assert.Null(record.Error);
        Assert.Contains(record.Dates!, d => d.Value == "1905-01-22");
    }
}

public class CommandLineTests
{
    [Fact]
    public void Unknown_command_exits_2() => Assert.Equal(2, HostRun.Of("frobnicate").ExitCode);

    [Fact]
    public void Bad_reference_date_exits_2() => Assert.Equal(2, HostRun.Of("extract", "--reference-date", "25/11/2026", Repo.SeedPath).ExitCode);

    [Fact]
    public void Search_without_index_option_exits_2() => Assert.Equal(2, HostRun.Of("search", "لينين").ExitCode);

    [Fact]
    public void Normalize_reads_standard_input()
    {
        var run = HostRun.WithInput("الأقســام ١٩٠٥", "normalize");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("الاقسام 1905", run.Out);
    }

    [Fact]
    public void Normalize_light_profile_keeps_hamza()
    {
        var run = HostRun.WithInput("الأقســام", "normalize", "--profile", "light");
        Assert.Equal("الأقسام", run.Out);
    }

    [Fact]
    public void Tokenize_prints_one_token_a_line()
    {
        var run = HostRun.WithInput("الحرب الروسية ـ اليابانية", "tokenize");
        Assert.Equal(["الحرب", "الروسية", "ـ", "اليابانية"], run.OutLines);
    }

    [Fact]
    public void Tokenize_segment_shows_clitics_and_stem()
    {
        var run = HostRun.WithInput("والقوات", "tokenize", "--segment");
        Assert.Equal("والقوات\tوال+قوات\tقوه", run.OutLines.Single());
    }

    [Fact]
    public void Tag_writes_token_gold_pred_and_keeps_blank_lines()
    {
        using var dir = new TempDir();
        string file = dir.File("in.conll");
        File.WriteAllText(file, "زار O\nموسكو B-LOC\n\nقال O\n");
        var run = HostRun.Of("tag", "--conll", file);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.StartsWith("زار O ", lines[0]);
        Assert.StartsWith("موسكو B-LOC ", lines[1]);
        Assert.Equal("", lines[2].Trim());
        Assert.StartsWith("قال O ", lines[3]);
        Assert.All(new[] { lines[0], lines[1], lines[3] }, l => Assert.Matches(@"^\S+ \S+ (O|[BI]-(PERS|LOC|ORG|MISC))$", l));
    }
}
