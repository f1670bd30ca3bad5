using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace TextAnalysis.Cli.Tests;

/// <summary>The <c>report</c> command: one self-contained HTML page of the corpus at a glance.</summary>
public sealed partial class ReportTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    private static string Report(TempDir dir, params string[] paths)
    {
        string html = dir.File("report.html");
        var run = HostRun.Of(["report", .. paths, "--out", html]);
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllText(html);
    }

    private static string WriteDoc(TempDir dir, string name, string text)
    {
        string path = dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    [GeneratedRegex("<li\\b[^>]*\\bclass=\"t-item[^\"]*\"[^>]*>")]
    private static partial Regex TimelineItem();

    [GeneratedRegex("data-start=\"([^\"]+)\"")]
    private static partial Regex DataStart();

    /// <summary>The data-start of each timeline item, in page order.</summary>
    private static List<string> TimelineStarts(string html) =>
        TimelineItem().Matches(html).Select(m => DataStart().Match(m.Value).Groups[1].Value).ToList();

    private static void AssertChronological(List<string> starts)
    {
        Assert.NotEmpty(starts);
        for (int i = 1; i < starts.Count; i++)
            Assert.True(string.CompareOrdinal(starts[i - 1], starts[i]) <= 0, $"timeline out of order: {starts[i - 1]} before {starts[i]}");
    }

    [Fact]
    public void SeedTimelineRunsIn_ChronologicalOrder_From1904To1917()
    {
        using var dir = new TempDir();
        var starts = TimelineStarts(Report(dir, Repo.SeedPath));
        Assert.True(starts.Count >= 15, $"only {starts.Count} timeline items");
        AssertChronological(starts);
        Assert.StartsWith("1904-", starts[0], StringComparison.Ordinal);
        Assert.StartsWith("1917-", starts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void ReportWithoutPath_ReadsTheCorpusFolder()
    {
        using var dir = new TempDir();
        string html = Report(dir);
        Assert.Contains("corpus/", html, StringComparison.Ordinal);
        Assert.NotEmpty(TimelineStarts(html));
    }

    [Fact]
    public void ReportIsSelfContained_RightToLeftArabic_NoNetwork()
    {
        using var dir = new TempDir();
        string html = Report(dir, Repo.SeedPath);
        Assert.Contains("<html dir=\"rtl\" lang=\"ar\">", html, StringComparison.Ordinal);
        // The only URL is the SVG namespace, which is a name, not a fetch.
        string withoutNamespace = html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal);
        Assert.DoesNotContain("http://", withoutNamespace, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", withoutNamespace, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AxisHasOneMarkPerTimelineItem_DaysAsDotsAndPeriodsAsBands()
    {
        using var dir = new TempDir();
        string html = Report(dir, Repo.SeedPath);
        int svgStart = html.IndexOf("<svg", StringComparison.Ordinal), svgEnd = html.IndexOf("</svg>", StringComparison.Ordinal);
        string svg = html[svgStart..svgEnd];
        string items = string.Join("\n", TimelineItem().Matches(html).Select(m => m.Value));
        int dayItems = Regex.Count(items, "data-grain=\"day\"");
        int monthItems = Regex.Count(items, "data-grain=\"month\"");
        Assert.True(dayItems > 0 && monthItems > 0);
        Assert.Equal(dayItems, Regex.Count(svg, "<circle[^>]*data-grain=\"day\""));
        Assert.Equal(monthItems, Regex.Count(svg, "<rect[^>]*data-grain=\"month\""));
        Assert.Equal(TimelineStarts(html).Count, Regex.Count(svg, "<a href=\"#t-\\d+\""));
    }

    [Fact]
    public void InferredDates_AreVisiblyMarked()
    {
        using var dir = new TempDir();
        string html = Report(dir, Repo.SeedPath);
        var inferred = TimelineItem().Matches(html).Where(m => m.Value.Contains("data-inferred=\"true\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(inferred);
        foreach (var item in inferred)
        {
            int end = html.IndexOf("</li>", item.Index, StringComparison.Ordinal);
            Assert.Contains("class=\"badge inferred\"", html[item.Index..end], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HijriDate_IsShownInBothCalendars()
    {
        using var dir = new TempDir();
        string doc = WriteDoc(dir, "hijri.txt", "افتتح المسجد في 15 رمضان 1445 هـ بحضور الأمير.\n");
        string html = Report(dir, doc);
        Assert.Contains("data-calendar=\"hijri\"", html, StringComparison.Ordinal);
        Assert.Contains("15 رمضان 1445 هـ", html, StringComparison.Ordinal);
        Assert.Contains("25 مارس 2024", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DateWithoutValue_IsListedApart_NotOnTheAxis()
    {
        using var dir = new TempDir();
        string doc = WriteDoc(dir, "novalue.txt", "وصل الوفد إلى القاهرة في 3 يناير.\n");
        string html = Report(dir, doc);
        Assert.Empty(TimelineStarts(html));
        int undated = html.IndexOf("id=\"undated\"", StringComparison.Ordinal);
        Assert.True(undated > 0, "no section for dates without a value");
        Assert.Contains("<mark>3 يناير</mark>", html[undated..], StringComparison.Ordinal);
    }

    [Fact]
    public void CorpusText_IsHtmlEncoded()
    {
        using var dir = new TempDir();
        string doc = WriteDoc(dir, "markup.txt", "<script>alert(1)</script> في 3 يناير 1905 زار لينين موسكو & \"<blink>\".\n");
        string html = Report(dir, doc);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<blink>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp; &quot;&lt;blink&gt;&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LigatureThatExpandsToWords_DoesNotBreakTheReport()
    {
        // ﷺ normalizes to four words on one original character: the report still renders, with its sentences.
        using var dir = new TempDir();
        string doc = WriteDoc(dir, "ligature.txt", "قال رسول الله ﷺ في مكة: إنما الأعمال بالنيات. وزار محمد المدينة في 3 يناير 1905.\n");
        string html = Report(dir, doc);
        Assert.Single(TimelineStarts(html));
        Assert.Contains("<mark>3 يناير 1905</mark>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a class=\"ref\" href=\"#(p-\\d+)\">")]
    private static partial Regex RefLink();

    [GeneratedRegex("<section class=\"passage\" id=\"(p-\\d+)\" hidden>(.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex Passage();

    [Fact]
    public void EveryLink_OpensAPassageWithTheSpanMarked()
    {
        using var dir = new TempDir();
        string html = Report(dir, Repo.SeedPath);
        var passages = Passage().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var links = RefLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.True(links.Count > 20, $"only {links.Count} links to the text");
        foreach (var id in links)
        {
            Assert.True(passages.TryGetValue(id, out var passage), $"link to a missing passage {id}");
            Assert.Contains("<mark>", passage, StringComparison.Ordinal);
        }
        // The passage of the first timeline item marks the date as written in the seed.
        string seed = File.ReadAllText(Repo.SeedPath);
        int first = html.IndexOf("id=\"t-0\"", StringComparison.Ordinal);
        string firstPassage = passages[RefLink().Match(html, first).Groups[1].Value];
        string marked = Regex.Match(firstPassage, "<mark>(.*?)</mark>").Groups[1].Value;
        Assert.Contains(marked, seed, StringComparison.Ordinal);
        Assert.Contains("1904", marked, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_ShowCountsAliasesAndCoOccurrences()
    {
        using var dir = new TempDir();
        string html = Report(dir, Repo.SeedPath);
        int entities = html.IndexOf("id=\"entities\"", StringComparison.Ordinal), pairs = html.IndexOf("id=\"pairs\"", StringComparison.Ordinal);
        string table = html[entities..pairs];
        foreach (var label in new[] { "PERSON", "LOCATION", "ORGANIZATION", "MISC" })
            Assert.Contains($"data-label=\"{label}\"", table, StringComparison.Ordinal);
        Assert.Contains("<bdi dir=\"ltr\">PORT ARTHUR</bdi>", table, StringComparison.Ordinal);
        // Co-occurrence rows: most frequent pair first.
        int numbers = html.IndexOf("id=\"numbers\"", StringComparison.Ordinal);
        var counts = Regex.Matches(html[pairs..numbers], "</span></td><td class=\"n\">([\\d,]+)</td>")
            .Select(m => int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        Assert.True(counts.Count >= 5, $"only {counts.Count} pairs");
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Fact]
    public void Numbers_AreGroupedByKind_LargestFirst_WithWhatTheyCount()
    {
        using var dir = new TempDir();
        string html = Report(dir, Repo.SeedPath);
        var rows = Regex.Matches(html, "<tr data-kind=\"([a-z]+)\" data-value=\"([^\"]+)\">")
            .Select(m => (Kind: m.Groups[1].Value, Value: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Contains(rows, r => r.Kind == "cardinal");
        Assert.DoesNotContain(rows, r => r.Kind is "ordinal" or "fraction");
        foreach (var kind in rows.Select(r => r.Kind).Distinct())
        {
            var values = rows.Where(r => r.Kind == kind).Select(r => r.Value).ToList();
            Assert.Equal(values.OrderByDescending(v => v), values);
        }
        Assert.Contains("<td>عامل</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyDocuments_AreSummarized_AndWhatIsLeftOutIsSaid()
    {
        using var dir = new TempDir();
        string folder = Path.Combine(dir.Path, "many");
        Directory.CreateDirectory(folder);
        for (int i = 0; i < 300; i++)
            File.WriteAllText(Path.Combine(folder, $"doc{i:000}.txt"), $"في عام {1600 + i} زار الوفد القاهرة ودمشق، وحضر {i + 2} ألف رجل.\n");
        string html = Report(dir, folder);
        var starts = TimelineStarts(html);
        Assert.InRange(starts.Count, 10, 120);
        AssertChronological(starts);
        Assert.Contains("id=\"left-out\"", html, StringComparison.Ordinal);
        Assert.Contains("عُرض 120 تاريخًا مختلفًا من 300", html, StringComparison.Ordinal);
        Assert.True(html.Length < 400_000, $"page of {html.Length} characters for 300 one-line documents");
    }

    [Theory]
    [InlineData("1905-01-22", "day", "1905-01-22", "1905-01-22", "22 يناير 1905")]
    [InlineData("1917-11", "month", "1917-11-01", "1917-11-30", "نوفمبر 1917")]
    [InlineData("1905-SP", "season", "1905-03-01", "1905-05-31", "ربيع 1905")]
    [InlineData("1907", "year", "1907-01-01", "1907-12-31", "1907")]
    [InlineData("198", "decade", "1980-01-01", "1989-12-31", "العقد 1980–1989")]
    [InlineData("18", "century", "1800-01-01", "1899-12-31", "القرن 19 (1800–1899)")]
    public void DateValue_IsReadAsAPeriodAtItsGrain(string value, string grain, string start, string end, string label)
    {
        Assert.True(TextAnalysis.Cli.Report.ReportDate.TryParse(value, grain, out var date));
        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), date.End);
        Assert.Equal(label, date.Label);
    }

    [Theory]
    [InlineData(null, "day")]
    [InlineData("1905-13", "month")]
    [InlineData("1905-02-30", "day")]
    [InlineData("1905-XX", "season")]
    [InlineData("0000", "year")]
    [InlineData("1905", "fortnight")]
    public void DateValue_ThatCannotBePlaced_IsRefused(string? value, string grain) =>
        Assert.False(TextAnalysis.Cli.Report.ReportDate.TryParse(value, grain, out _));

    [Fact]
    public void HijriValue_IsNamedWithHijriMonths() =>
        Assert.Equal("15 رمضان 1445 هـ", TextAnalysis.Cli.Report.ReportDate.HijriLabel("1445-09-15"));

    [Fact]
    public void ReportWithoutOut_IsAWrongCommandLine()
    {
        var run = HostRun.Of("report", Repo.SeedPath);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingInput_ExitsWithOne_AndThePageSaysWhichFailed()
    {
        using var dir = new TempDir();
        string html = dir.File("report.html");
        string missing = dir.File("missing.txt");
        var run = HostRun.Of("report", Repo.SeedPath, missing, "--out", html);
        Assert.Equal(1, run.ExitCode);
        string page = File.ReadAllText(html);
        Assert.Contains("id=\"failures\"", page, StringComparison.Ordinal);
        Assert.Contains("missing.txt", page, StringComparison.Ordinal);
        Assert.NotEmpty(TimelineStarts(page));
    }

    // ---- a real browser ----

    [Fact]
    public void SeedReport_InHeadlessChromium_ShowsTheTimelineInOrder_WithoutScriptErrors()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase))
                Assert.Fail($"CI is set but {Chromium} is missing: .ci/install-chromium installs Debian's chromium before the tests.");
            output.WriteLine($"SKIPPED: {Chromium} is missing; run `bash .ci/install-chromium` (with CI set this test fails instead).");
            return;
        }
        using var dir = new TempDir();
        Report(dir, Repo.SeedPath);
        string url = new Uri(dir.File("report.html")).AbsoluteUri;

        // The DOM after the page's script ran, opened on a passage (#p-0) so that the script's click path runs too.
        var (dom, log) = RunChromium(dir, "--dump-dom", "--enable-logging=stderr", "--v=0", url + "#p-0");
        int htmlTag = dom.IndexOf("<html", StringComparison.Ordinal);
        Assert.True(htmlTag >= 0, "no DOM dumped:\n" + log);
        string root = dom[htmlTag..dom.IndexOf('>', htmlTag)];
        Assert.Contains("data-ready=\"ok\"", root, StringComparison.Ordinal);
        Assert.DoesNotContain("data-errors", root, StringComparison.Ordinal);
        Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
        Assert.Contains("<aside id=\"viewer\">", dom, StringComparison.Ordinal);
        Assert.Contains("<section class=\"passage\" id=\"p-0\">", dom, StringComparison.Ordinal);

        var starts = TimelineStarts(dom);
        Assert.True(starts.Count >= 15, $"only {starts.Count} timeline items in the browser's DOM");
        AssertChronological(starts);
        Assert.StartsWith("1904-", starts[0], StringComparison.Ordinal);
        Assert.StartsWith("1917-", starts[^1], StringComparison.Ordinal);
        Assert.Contains($"data-items=\"{starts.Count}\"", root, StringComparison.Ordinal);

        string png = dir.File("report.png");
        RunChromium(dir, $"--screenshot={png}", "--window-size=1400,2000", url);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 20_000, $"screenshot of {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        output.WriteLine($"chromium rendered {starts.Count} timeline items; screenshot {bytes.Length} bytes");
    }

    private static (string Out, string Error) RunChromium(TempDir dir, params string[] args)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--user-data-dir=" + dir.File("chromium-profile"),
                 })
            start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish in 120 s");
        }
        // A helper process that outlives chromium could hold the pipes open: do not wait for it forever.
        Assert.True(Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(30)), "chromium's output did not close");
        return (stdout.Result, stderr.Result);
    }
}
