using System.IO.Compression;
using System.Text;
using TextAnalysis.Input;

namespace TextAnalysis.Tests.Input;

public sealed class InputMeterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ta-meter-" + Guid.NewGuid().ToString("N"));

    public InputMeterTests() => Directory.CreateDirectory(Path.Combine(_dir, "sub"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static long Size(string path) => new FileInfo(path).Length;

    [Fact]
    public void Total_is_the_size_of_the_files_read_and_unknown_with_standard_input()
    {
        string a = Write("a.txt", "نص أول");
        string b = Write(Path.Combine("sub", "b.jsonl"), """{"text":"ثانٍ"}""");
        Write(Path.Combine("sub", "notes.bin"), "not read: not a readable extension");
        Assert.Equal(Size(a) + Size(b), InputMeter.ForPaths([_dir]).TotalBytes);
        Assert.Equal(Size(a), InputMeter.ForPaths([a, Path.Combine(_dir, "missing.txt")]).TotalBytes);
        Assert.Null(InputMeter.ForPaths([a, DocumentSource.StandardInput]).TotalBytes);
    }

    [Fact]
    public void Reading_files_counts_every_byte_of_them()
    {
        string text = Write("a.txt", "في 22 يناير 1905 أضرب العمال.");
        string lines = Write("b.jsonl", "{\"text\":\"الأول\"}\n{\"text\":\"الثاني\"}\n");
        string json = Write("c.json", """[{"content":"أمس في الرياض"},{"content":"اليوم في جدة"}]""");
        var meter = InputMeter.ForPaths([_dir]);
        var options = DocumentReaderOptions.Default with { Meter = meter };
        Assert.Equal(0, meter.BytesRead);
        var docs = DocumentSource.FromPaths([_dir], options).ToList();
        Assert.Equal(5, docs.Count);
        Assert.Equal(Size(text) + Size(lines) + Size(json), meter.BytesRead);
        Assert.Equal(meter.TotalBytes, meter.BytesRead);
    }

    [Fact]
    public void Reading_a_zip_counts_its_compressed_bytes_as_it_goes()
    {
        string zip = Path.Combine(_dir, "day.zip");
        var body = new StringBuilder("[");
        for (int i = 0; i < 4000; i++) body.Append(i == 0 ? "" : ",").Append($$"""{"content":"الخبر رقم {{i}} عن الرياض وجدة ومكة"}""");
        body.Append(']');
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(archive.CreateEntry("day.json").Open(), new UTF8Encoding(false)))
            writer.Write(body.ToString());
        var meter = InputMeter.ForPaths([zip]);
        var docs = DocumentSource.FromFile(zip, DocumentReaderOptions.Default with { Meter = meter });
        using var e = docs.GetEnumerator();
        Assert.True(e.MoveNext());
        long afterFirst = meter.BytesRead;
        int count = 1;
        while (e.MoveNext()) count++;
        Assert.Equal(4000, count);
        // Part of the archive after the first document, all of it at the end.
        Assert.InRange(afterFirst, 1, Size(zip) - 1);
        Assert.Equal(Size(zip), meter.BytesRead);
    }
}
