using System.IO.Compression;
using System.Text;
using TextAnalysis.Input;

namespace TextAnalysis.Tests.Input;

public sealed class DocumentSourceTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ta-input-" + Guid.NewGuid().ToString("N"));

    public DocumentSourceTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static List<SourceDocument> Read(params string[] paths) => DocumentSource.FromPaths(paths).ToList();

    [Fact]
    public void Json_array_gives_one_document_per_object_with_its_date()
    {
        string path = Write("day.json", """[{"content":"أمس في الرياض","date_extracted":"2015-07-23 19:28:17"},{"content":"ثانٍ"}]""");
        var docs = Read(path);
        Assert.Equal([path + "#1", path + "#2"], docs.Select(d => d.Id));
        Assert.Equal("أمس في الرياض", docs[0].Text);
        Assert.Equal(new DateOnly(2015, 7, 23), docs[0].ReferenceDate);
        Assert.Null(docs[1].ReferenceDate);
    }

    [Fact]
    public void Json_object_without_text_field_is_an_error_document()
    {
        var doc = Assert.Single(Read(Write("one.json", """{"title":"عنوان"}""")));
        Assert.Null(doc.Text);
        Assert.Contains("no text field", doc.Error);
    }

    [Fact]
    public void Malformed_json_array_keeps_the_documents_before_the_break()
    {
        var docs = Read(Write("broken.json", """[{"content":"أول"},{"content":"ثان"},{"content": """));
        Assert.Equal("أول", docs[0].Text);
        Assert.Equal("ثان", docs[1].Text);
        Assert.NotNull(docs[^1].Error);
    }

    [Fact]
    public void Json_lines_with_a_bad_line_report_that_line_only()
    {
        string path = Write("docs.jsonl", "{\"text\":\"أول\"}\nnot json\n\n{\"text\":\"رابع\"}\n");
        var docs = Read(path);
        Assert.Equal(3, docs.Count);
        Assert.Equal("أول", docs[0].Text);
        Assert.Equal(path + "#2", docs[1].Id);
        Assert.NotNull(docs[1].Error);
        Assert.Equal((path + "#4", "رابع"), (docs[2].Id, docs[2].Text));
    }

    [Fact]
    public void Id_and_text_fields_can_be_chosen()
    {
        string path = Write("custom.jsonl", "{\"uid\":\"a-1\",\"body_ar\":\"نص\"}\n");
        var options = DocumentReaderOptions.Default with { IdField = "uid", TextFields = ["body_ar"] };
        var doc = Assert.Single(DocumentSource.FromFile(path, options));
        Assert.Equal(("a-1", "نص"), (doc.Id, doc.Text));
    }

    [Fact]
    public void Zip_entries_are_read_in_order()
    {
        string zipPath = Path.Combine(_dir, "archive.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(zip.CreateEntry("b/day.json").Open())) w.Write("""[{"content":"من الأرشيف"}]""");
            using (var w = new StreamWriter(zip.CreateEntry("a.txt").Open())) w.Write("نص عادي");
            zip.CreateEntry("ignored.bin");
        }
        var docs = Read(zipPath);
        Assert.Equal([zipPath + "/a.txt", zipPath + "/b/day.json#1"], docs.Select(d => d.Id));
        Assert.Equal("من الأرشيف", docs[1].Text);
    }

    [Fact]
    public void Truncated_zip_is_an_error_document()
    {
        string zipPath = Path.Combine(_dir, "cut.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        using (var w = new StreamWriter(zip.CreateEntry("a.txt").Open()))
            w.Write(string.Concat(Enumerable.Repeat("نص طويل ", 500)));
        var bytes = File.ReadAllBytes(zipPath);
        File.WriteAllBytes(zipPath, bytes[..(bytes.Length / 2)]);
        var doc = Assert.Single(Read(zipPath));
        Assert.NotNull(doc.Error);
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        var doc = Assert.Single(DocumentSource.FromPaths(["-"], DocumentReaderOptions.Default, new StringReader("من الإدخال")));
        Assert.Equal(("stdin", "من الإدخال"), (doc.Id, doc.Text));
    }

    [Fact]
    public void Folder_walk_reads_every_supported_file_and_skips_others()
    {
        Write("a.txt", "أ");
        Write("b.jsonl", "{\"text\":\"ب\"}\n");
        Write("notes.md", "# ignored");
        Assert.Equal(["أ", "ب"], Read(_dir).Select(d => d.Text));
    }
}
