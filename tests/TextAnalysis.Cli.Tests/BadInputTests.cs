using System.Text;
using TextAnalysis.Records;

namespace TextAnalysis.Cli.Tests;

/// <summary>Bad and odd inputs next to good ones: each gets a record (an error or a sensible one), nothing stops the
/// run, the number of documents in equals the number of records out, and the exit code says whether any failed.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<DocumentRecord> Records(HostRun run) => run.OutLines.Select(l => RecordJson.Deserialize(l)!).ToList();

    private string Write(string name, byte[] bytes)
    {
        string path = _dir.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    [Fact]
    public void Empty_whitespace_and_diacritics_only_files_get_empty_records()
    {
        Write("a-empty.txt", "");
        Write("b-spaces.txt", " \n\t\n  ");
        Write("c-marks.txt", "\u064E\u064F\u0650\u0651\u0652\u0640\u0640");
        var run = HostRun.Of("extract", _dir.Path);
        Assert.Equal(0, run.ExitCode);
        var records = Records(run);
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.True(r.Error is null && r.Dates!.Count == 0 && r.Numbers!.Count == 0 && r.Entities!.Count == 0));
    }

    [Fact]
    public void Invalid_utf8_and_binary_files_are_errors_and_the_rest_is_processed()
    {
        Write("1.txt", "في 22 يناير 1905 بدأ الإضراب");
        Write("2.txt", [0xC3, 0x28, 0xA0, 0xA1, 0x41, 0x42]);
        Write("3.bin.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01]);
        Write("4.txt", "وصل 30 ألف عامل إلى موسكو");
        var run = HostRun.Of("extract", _dir.Path);
        Assert.Equal(1, run.ExitCode);
        var records = Records(run);
        Assert.Equal(4, records.Count);
        Assert.Equal([false, true, true, false], records.Select(r => r.Error is not null));
    }

    [Fact]
    public void Malformed_and_deeply_nested_html_is_read()
    {
        Write("a.html", "<html><body><p>في 22 يناير 1905<div><span>وصل إلى <b>موسكو</p></span></i>");
        Write("b.html", string.Concat(Enumerable.Repeat("<div>", 20_000)) + "عام 1905" + string.Concat(Enumerable.Repeat("</div>", 20_000)));
        var run = HostRun.Of("extract", _dir.Path);
        Assert.Equal(0, run.ExitCode);
        var records = Records(run);
        Assert.Contains(records[0].Dates!, d => d.Value == "1905-01-22");
        Assert.Null(records[1].Error);
    }

    [Fact]
    public void Arabic_file_and_folder_names_are_ids_as_written()
    {
        string path = Write(Path.Combine("مقالات", "الثورة الروسية.txt"), "في 22 يناير 1905");
        var record = Assert.Single(Records(HostRun.Of("extract", _dir.Path)));
        Assert.Equal(path, record.Id);
        Assert.Contains(record.Dates!, d => d.Value == "1905-01-22");
    }

    [Fact]
    public void Symbolic_link_loop_is_not_followed()
    {
        Write(Path.Combine("sub", "a.txt"), "نص");
        Directory.CreateSymbolicLink(_dir.File(Path.Combine("sub", "loop")), _dir.Path);
        var run = HostRun.Of("extract", _dir.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Single(Records(run));
    }

    [Fact]
    public void Fifty_megabyte_single_line_is_processed_with_valid_spans()
    {
        // 50 MB of UTF-8 on one line.
        var sb = new StringBuilder();
        const string piece = "وفي 22 يناير 1905 أضرب 150 ألف عامل في موسكو، ";
        int pieceBytes = Encoding.UTF8.GetByteCount(piece);
        for (long bytes = 0; bytes < 50_000_000; bytes += pieceBytes) sb.Append(piece);
        string text = sb.ToString();
        Write("long.txt", text);
        var record = Assert.Single(Records(HostRun.Of("extract", _dir.File("long.txt"))));
        Assert.Null(record.Error);
        Assert.True(record.Dates!.Count > 1000);
        Assert.All(record.Numbers!.Take(100).Concat(record.Numbers!.TakeLast(100)), n => Assert.Equal(n.Text, text[n.Start..n.End]));
    }

    [Fact]
    public void Unreadable_file_gets_an_error_record_and_the_rest_is_processed()
    {
        // Tests run as root here, where permissions do not stop reads: a link to nothing is the unreadable file.
        string good = Write("good.txt", "في 22 يناير 1905");
        string broken = _dir.File("broken.txt");
        File.CreateSymbolicLink(broken, _dir.File("missing-target.txt"));
        var run = HostRun.Of("extract", broken, good);
        Assert.Equal(1, run.ExitCode);
        var records = Records(run);
        Assert.Equal([broken, good], records.Select(r => r.Id));
        Assert.NotNull(records[0].Error);
        Assert.Null(records[1].Error);
    }

    [Fact]
    public void Absurd_numbers_give_finite_json_numbers()
    {
        Write("a.txt", new string('9', 400) + " و" + string.Join(" ", Enumerable.Repeat("ألف", 300)));
        var run = HostRun.Of("extract", _dir.File("a.txt"));
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Infinity", run.Out);
        Assert.DoesNotContain("NaN", run.Out);
        Assert.Single(Records(run));
    }
}
