using System.Globalization;
using System.Text;

namespace TextAnalysis.Cli.Report;

/// <summary>
/// Renders a <see cref="CorpusDigest"/> as one self-contained right-to-left HTML page: a timeline (inline SVG axis and
/// a chronological list), the most frequent names and their co-occurrences, the largest numbers, and a hidden passage
/// per item shown, with the span marked, that a click opens. No network: styles and the script are inline.
/// </summary>
internal sealed class ReportPage
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const int ExcerptRadius = 90;
    private const int PassageRadius = 260;

    private readonly CorpusDigest _digest;
    private readonly string _title;
    private readonly StringBuilder _passages = new();
    private readonly Dictionary<string, string> _passageIds = new(StringComparer.Ordinal);
    private readonly List<string> _leftOut = [];

    private ReportPage(CorpusDigest digest, string title)
    {
        _digest = digest;
        _title = title;
    }

    /// <summary>The page for <paramref name="digest"/>; <paramref name="inputs"/> names what was read.</summary>
    public static string Render(CorpusDigest digest, string inputs) => new ReportPage(digest, inputs).Render();

    private string Render()
    {
        var body = new StringBuilder();
        var entries = TimelineEntries();
        Timeline(body, entries);
        Undated(body);
        Entities(body);
        Pairs(body);
        Numbers(body);

        var sb = new StringBuilder(body.Length + _passages.Length + 16_000);
        sb.Append("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Text("المدونة في لمحة — " + _title).Append("</title>\n")
          .Append("<script>").Append(ErrorTrap).Append("</script>\n")
          .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        Header(sb, entries);
        sb.Append(body);
        if (_leftOut.Count > 0)
        {
            sb.Append("<section class=\"card\" id=\"left-out\"><h2>ما لم يُعرض</h2><ul>");
            foreach (var line in _leftOut) sb.Append("<li>").Text(line).Append("</li>");
            sb.Append("</ul></section>\n");
        }
        sb.Append("<footer>صُنعت هذه الصفحة بأمر <code>report</code> من TextAnalysis، من السجلات التي يستخرجها. كل ما فيها محلي: لا خطوط ولا مكتبات من الشبكة.</footer>\n");
        sb.Append("<aside id=\"viewer\" hidden><div class=\"viewer-bar\"><strong>الموضع في النص</strong><button type=\"button\" id=\"viewer-close\" aria-label=\"إغلاق\">إغلاق ✕</button></div>\n")
          .Append(_passages).Append("</aside>\n");
        sb.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    // ---- header ----

    private void Header(StringBuilder sb, List<DateGroup> entries)
    {
        var d = _digest;
        sb.Append("<header><h1>المدونة في لمحة</h1><p class=\"inputs\"><bdi>").Text(_title).Append("</bdi></p><div class=\"stats\">");
        Stat(sb, d.Documents.Count, "وثيقة");
        if (d.FailedCount > 0) Stat(sb, d.FailedCount, "تعذّرت قراءتها");
        Stat(sb, d.DateMentions, "تاريخ");
        Stat(sb, d.EntityMentions, "ذكر لاسم");
        Stat(sb, d.NumberMentions, "عدد");
        sb.Append("</div>");
        if (entries.Count > 0)
        {
            sb.Append("<p class=\"range\">من <bdi>").Text(entries[0].Date.Label).Append("</bdi> إلى <bdi>")
              .Text(entries[^1].Date.Label).Append("</bdi></p>");
        }
        sb.Append("<nav><a href=\"#timeline\">الخط الزمني</a><a href=\"#entities\">الأسماء</a><a href=\"#pairs\">أسماء معًا</a><a href=\"#numbers\">الأعداد</a></nav></header>\n");
        if (d.Failures.Count > 0)
        {
            sb.Append("<section class=\"card\" id=\"failures\"><h2>وثائق تعذّرت قراءتها</h2><ul>");
            foreach (var (source, error) in d.Failures) sb.Append("<li><bdi>").Text(source).Append("</bdi>: <bdi>").Text(error).Append("</bdi></li>");
            sb.Append("</ul></section>\n");
            if (d.FailedCount > d.Failures.Count) _leftOut.Add($"{Num(d.FailedCount - d.Failures.Count)} وثيقة أخرى تعذّرت قراءتها.");
        }
    }

    private static void Stat(StringBuilder sb, long n, string what) =>
        sb.Append("<div class=\"stat\"><b>").Append(Num(n)).Append("</b><span>").Text(what).Append("</span></div>");

    // ---- timeline ----

    private List<DateGroup> TimelineEntries()
    {
        var all = _digest.DateGroups.Values;
        var shown = all.Count <= _digest.Limits.TimelineEntries
            ? all.ToList()
            : all.OrderByDescending(g => g.Count).ThenBy(g => g.Date.Start).ThenBy(g => g.Date.GrainRank).Take(_digest.Limits.TimelineEntries).ToList();
        shown.Sort(Chronological);
        if (all.Count > shown.Count)
        {
            int mentions = all.Sum(g => g.Count) - shown.Sum(g => g.Count);
            _leftOut.Add($"الخط الزمني: عُرض {Num(shown.Count)} تاريخًا مختلفًا من {Num(all.Count)} (الأكثر ذكرًا)؛ لم يُعرض {Num(all.Count - shown.Count)} تاريخًا ({Num(mentions)} ذكرًا).");
        }
        return shown;
    }

    private static int Chronological(DateGroup a, DateGroup b)
    {
        int c = a.Date.Start.CompareTo(b.Date.Start);
        if (c != 0) return c;
        c = a.Date.GrainRank.CompareTo(b.Date.GrainRank);
        if (c != 0) return c;
        return string.CompareOrdinal(a.Hijri, b.Hijri);
    }

    private void Timeline(StringBuilder sb, List<DateGroup> entries)
    {
        sb.Append("<section class=\"card\" id=\"timeline\"><h2>الخط الزمني</h2>");
        if (entries.Count == 0)
        {
            sb.Append("<p class=\"empty\">لا تواريخ في هذه الوثائق.</p></section>\n");
            return;
        }
        sb.Append("<p class=\"hint\">كل تاريخ في موضعه من محور الزمن بحسب دقّته (يوم، شهر، فصل، سنة، عقد أو قرن)؛ يجري الزمن من اليمين إلى اليسار، والسنوات الخالية من الأحداث مطويّة (⋯). انقر علامة لتنتقل إلى التاريخ، وانقر «في النص» لترى موضعه.</p>");
        TimelineAxis(sb, entries);
        sb.Append("<div class=\"legend\"><span><i class=\"sw greg\"></i>ميلادي</span><span><i class=\"sw hijri\"></i>هجري (يُعرض بالتقويمين)</span><span><i class=\"sw inferred\"></i>مستنتج من السياق (السنة أو الشهر غير مكتوبين)</span></div>");
        sb.Append("<ol class=\"timeline\">");
        int year = int.MinValue;
        for (int i = 0; i < entries.Count; i++)
        {
            var g = entries[i];
            if (g.Date.Start.Year != year)
            {
                year = g.Date.Start.Year;
                sb.Append("<li class=\"t-year\" aria-hidden=\"true\">").Append(year.ToString(Inv)).Append("</li>");
            }
            bool allInferred = g.InferredCount == g.Count;
            sb.Append("<li class=\"t-item").Append(allInferred ? " inferred" : "").Append("\" id=\"t-").Append(i.ToString(Inv))
              .Append("\" data-start=\"").Append(g.Date.StartIso).Append("\" data-value=\"").Text(g.Value)
              .Append("\" data-grain=\"").Text(g.Date.Grain).Append("\" data-calendar=\"").Text(g.Calendar)
              .Append("\" data-inferred=\"").Append(allInferred ? "true" : g.InferredCount > 0 ? "some" : "false").Append("\">");
            sb.Append("<div class=\"t-head\"><span class=\"t-date\"><bdi>").Text(g.Date.Label).Append("</bdi></span>");
            sb.Append("<span class=\"badge grain\">").Text(ReportDate.GrainName(g.Date.Grain)).Append("</span>");
            if (g.Hijri is not null)
            {
                sb.Append("<span class=\"badge hijri\">هجري: <bdi>").Text(ReportDate.HijriLabel(g.Hijri)).Append("</bdi> ⇄ ميلادي: <bdi>")
                  .Text(g.Date.Label).Append(" م</bdi></span>");
            }
            if (allInferred) sb.Append("<span class=\"badge inferred\">مستنتج</span>");
            else if (g.InferredCount > 0) sb.Append("<span class=\"badge inferred\">مستنتج في ").Append(Num(g.InferredCount)).Append(" من ").Append(Num(g.Count)).Append("</span>");
            if (g.Count > 1) sb.Append("<span class=\"count\">× ").Append(Num(g.Count)).Append("</span>");
            sb.Append("</div><ul class=\"mentions\">");
            var examples = Distinct(g.Examples);
            Mention(sb, examples[0], showInferred: g.InferredCount > 0 && !allInferred);
            sb.Append("</ul>");
            if (g.Count > 1)
            {
                sb.Append("<details><summary>و").Append(Num(g.Count - 1)).Append(" ذكرًا آخر</summary><ul class=\"mentions\">");
                for (int k = 1; k < examples.Count; k++) Mention(sb, examples[k], showInferred: g.InferredCount > 0 && !allInferred);
                int notShown = g.Count - examples.Count;
                if (notShown > 0) sb.Append("<li class=\"more\">").Append(Num(notShown)).Append(" لم تُعرض (أو تكرّر نصّها)</li>");
                sb.Append("</ul></details>");
            }
            sb.Append("</li>");
        }
        sb.Append("</ol></section>\n");
    }

    private void Mention(StringBuilder sb, MentionRef m, bool showInferred)
    {
        sb.Append("<li>");
        Excerpt(sb, m);
        if (showInferred && m.Inferred) sb.Append(" <span class=\"badge inferred\">مستنتج</span>");
        DocName(sb, m.Doc);
        sb.Append(' ');
        Ref(sb, m, null);
        sb.Append("</li>");
    }

    private void DocName(StringBuilder sb, int doc)
    {
        // One document: its name is in the header, not after every sentence.
        if (_digest.Documents.Count == 1) return;
        var d = _digest.Documents[doc];
        sb.Append(" <span class=\"doc\" title=\"").Text(d.Source).Append("\">— <bdi>").Text(ShortName(d.Id)).Append("</bdi></span>");
    }

    private static string ShortName(string id)
    {
        int slash = id.LastIndexOf('/');
        return slash >= 0 && slash < id.Length - 1 ? id[(slash + 1)..] : id;
    }

    // The axis: one segment per year that has dates (wider when it has more), folded gaps between them, one lane per
    // grain. Time runs right to left, as the page reads.
    private static void TimelineAxis(StringBuilder sb, List<DateGroup> entries)
    {
        const double width = 1080, gap = 22, left = 16, labelWidth = 70, laneHeight = 30, top = 8;
        var perYear = new SortedDictionary<int, int>();
        foreach (var g in entries) perYear[g.Date.Start.Year] = perYear.GetValueOrDefault(g.Date.Start.Year) + 1;
        var years = perYear.Keys.ToList();
        int gaps = 0;
        for (int i = 1; i < years.Count; i++)
            if (years[i] - years[i - 1] > 1) gaps++;
        double totalWeight = perYear.Values.Sum(n => 0.6 + Math.Sqrt(n));
        double available = width - gaps * gap;
        var segX = new Dictionary<int, (double X, double W)>();
        double x = 0;
        for (int i = 0; i < years.Count; i++)
        {
            if (i > 0 && years[i] - years[i - 1] > 1) x += gap;
            double w = available * (0.6 + Math.Sqrt(perYear[years[i]])) / totalWeight;
            segX[years[i]] = (x, w);
            x += w;
        }

        // Position (0 = the earliest time, left to right in time) of the start or the end of a day.
        double Pos(DateOnly d, bool end)
        {
            if (segX.TryGetValue(d.Year, out var seg))
            {
                double days = DateTime.IsLeapYear(d.Year) ? 366 : 365;
                return seg.X + seg.W * ((d.DayOfYear - 1 + (end ? 1 : 0)) / days);
            }
            // A band's end in a year without dates: the end of the last year that has some.
            double best = 0;
            foreach (var (y, s) in segX)
                if (y <= d.Year) best = Math.Max(best, s.X + s.W);
            return best;
        }
        double Sx(double p) => left + width - p;

        string[] laneOrder = ["day", "month", "season", "year", "band"];
        static string LaneOf(ReportDate d) => d.IsBand ? "band" : d.Grain;
        var lanes = laneOrder.Where(l => entries.Any(e => LaneOf(e.Date) == l)).ToList();
        double axisY = top + lanes.Count * laneHeight + 4;
        double height = axisY + 34;
        double total = left + width + labelWidth;
        sb.Append("<div class=\"axis-wrap\"><svg class=\"axis\" viewBox=\"0 0 ").Append(F(total)).Append(' ').Append(F(height))
          .Append("\" role=\"img\" aria-label=\"محور الزمن\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int l = 0; l < lanes.Count; l++)
        {
            double y = top + l * laneHeight;
            sb.Append("<rect class=\"lane\" x=\"").Append(F(left)).Append("\" y=\"").Append(F(y + 2)).Append("\" width=\"").Append(F(width))
              .Append("\" height=\"").Append(F(laneHeight - 4)).Append("\"/>");
            sb.Append("<text class=\"lane-label\" x=\"").Append(F(total - 4)).Append("\" y=\"").Append(F(y + laneHeight / 2 + 5))
              .Append("\" text-anchor=\"end\">").Text(lanes[l] == "band" ? "عقد/قرن" : ReportDate.GrainName(lanes[l])).Append("</text>");
        }
        for (int i = 0; i < entries.Count; i++)
        {
            var g = entries[i];
            int lane = lanes.IndexOf(LaneOf(g.Date));
            double y = top + lane * laneHeight;
            string cls = "mk" + (g.Calendar == "hijri" ? " hijri" : "") + (g.InferredCount == g.Count ? " inferred" : "");
            sb.Append("<a href=\"#t-").Append(i.ToString(Inv)).Append("\"><title>").Text(g.Date.Label)
              .Append(g.Hijri is null ? "" : " — " + ReportDate.HijriLabel(g.Hijri)).Append(g.Count > 1 ? " × " + Num(g.Count) : "").Append("</title>");
            double p0 = Pos(g.Date.Start, false), p1 = Pos(g.Date.End, true);
            if (g.Date.Grain == "day")
            {
                double r = 4 + Math.Min(4, Math.Log2(g.Count));
                sb.Append("<circle class=\"").Append(cls).Append("\" data-grain=\"day\" data-start=\"").Append(g.Date.StartIso).Append("\" cx=\"").Append(F(Sx((p0 + p1) / 2)))
                  .Append("\" cy=\"").Append(F(y + laneHeight / 2)).Append("\" r=\"").Append(F(r)).Append("\"/>");
            }
            else
            {
                double x0 = Sx(p1), w = Math.Max(3, Sx(p0) - x0);
                sb.Append("<rect class=\"").Append(cls).Append("\" data-grain=\"").Text(g.Date.Grain).Append("\" data-start=\"").Append(g.Date.StartIso).Append("\" x=\"").Append(F(x0)).Append("\" y=\"").Append(F(y + 6))
                  .Append("\" width=\"").Append(F(w)).Append("\" height=\"").Append(F(laneHeight - 12)).Append("\" rx=\"3\"/>");
            }
            sb.Append("</a>");
        }
        // The axis line, year ticks and labels, and the folded gaps.
        for (int i = 0; i < years.Count; i++)
        {
            var (sx, sw) = segX[years[i]];
            double a = Sx(sx + sw), b = Sx(sx);
            sb.Append("<line class=\"tick-line\" x1=\"").Append(F(a)).Append("\" y1=\"").Append(F(axisY)).Append("\" x2=\"").Append(F(b)).Append("\" y2=\"").Append(F(axisY)).Append("\"/>");
            sb.Append("<line class=\"tick\" x1=\"").Append(F(b)).Append("\" y1=\"").Append(F(top)).Append("\" x2=\"").Append(F(b)).Append("\" y2=\"").Append(F(axisY + 5)).Append("\"/>");
            if (sw >= 160)
            {
                for (int m = 2; m <= 12; m++)
                {
                    double mx = Sx(Pos(new DateOnly(years[i], m, 1), false));
                    sb.Append("<line class=\"mtick\" x1=\"").Append(F(mx)).Append("\" y1=\"").Append(F(axisY - 3)).Append("\" x2=\"").Append(F(mx)).Append("\" y2=\"").Append(F(axisY + 3)).Append("\"/>");
                }
            }
            if (i + 1 < years.Count && years[i + 1] - years[i] > 1)
            {
                sb.Append("<text class=\"fold\" x=\"").Append(F(a - gap / 2)).Append("\" y=\"").Append(F(axisY + 4)).Append("\" text-anchor=\"middle\">⋯</text>");
            }
        }
        // Year labels: the widest segments first, then any other that does not overlap a label already placed.
        var placed = new List<double>();
        foreach (int y in years.OrderByDescending(y => segX[y].W).ThenBy(y => y))
        {
            var (sx, sw) = segX[y];
            double c = Sx(sx + sw / 2);
            if (placed.Exists(p => Math.Abs(p - c) < 38)) continue;
            placed.Add(c);
            sb.Append("<text class=\"year\" x=\"").Append(F(c)).Append("\" y=\"").Append(F(axisY + 20)).Append("\" text-anchor=\"middle\">")
              .Append(y.ToString(Inv)).Append("</text>");
        }
        sb.Append("</svg></div>");
    }

    // ---- dates without a value ----

    private void Undated(StringBuilder sb)
    {
        var d = _digest;
        if (d.UndatedCount == 0) return;
        sb.Append("<section class=\"card\" id=\"undated\"><h2>تواريخ بلا قيمة على المحور</h2><p class=\"hint\">عبارات زمنية لم تُحدَّد قيمتها (لا سنة في السياق، أو لا تقع في تقويم).</p><ul class=\"mentions\">");
        foreach (var u in d.Undated)
        {
            sb.Append("<li><span class=\"badge grain\">").Text(ReportDate.GrainName(u.Grain)).Append("</span> ");
            Excerpt(sb, u.Ref);
            DocName(sb, u.Ref.Doc);
            sb.Append(' ');
            Ref(sb, u.Ref, null);
            sb.Append("</li>");
        }
        sb.Append("</ul></section>\n");
        if (d.UndatedCount > d.Undated.Count) _leftOut.Add($"تواريخ بلا قيمة: عُرض {Num(d.Undated.Count)} من {Num(d.UndatedCount)}.");
    }

    // ---- entities ----

    private static readonly (string Label, string Name)[] Labels =
        [("PERSON", "أشخاص"), ("LOCATION", "أماكن"), ("ORGANIZATION", "منظمات"), ("MISC", "أسماء أخرى")];

    private void Entities(StringBuilder sb)
    {
        var d = _digest;
        sb.Append("<section class=\"card\" id=\"entities\"><h2>الأسماء الأكثر ذكرًا</h2><div class=\"grid\">");
        bool many = d.Documents.Count > 1;
        foreach (var (label, name) in Labels)
        {
            var all = d.Entities.Where(e => e.Label == label).ToList();
            var top = all.OrderByDescending(e => e.Count).ThenByDescending(e => e.Documents).ThenBy(e => e.Id).Take(d.Limits.EntitiesPerLabel).ToList();
            sb.Append("<div class=\"ent ").Append(label.ToLowerInvariant()).Append("\"><h3>").Text(name).Append(" <small>(").Append(Num(all.Count)).Append(")</small></h3>");
            if (top.Count == 0)
            {
                sb.Append("<p class=\"empty\">لا شيء.</p></div>");
                continue;
            }
            int max = top[0].Count;
            sb.Append("<table><thead><tr><th>الاسم</th><th>لاتيني</th><th>مرات</th>").Append(many ? "<th>وثائق</th>" : "").Append("<th>مواضع</th></tr></thead><tbody>");
            foreach (var e in top)
            {
                sb.Append("<tr data-label=\"").Append(label).Append("\"><td class=\"name\"><span class=\"bar\" style=\"width:")
                  .Append(F(100.0 * e.Count / max)).Append("%\"></span><bdi>").Text(e.Name).Append("</bdi></td><td class=\"alias\">");
                bool first = true;
                foreach (var alias in e.AliasNames.Take(3))
                {
                    if (!first) sb.Append("، ");
                    sb.Append("<bdi dir=\"ltr\">").Text(alias).Append("</bdi>");
                    first = false;
                }
                sb.Append("</td><td class=\"n\">").Append(Num(e.Count)).Append("</td>");
                if (many) sb.Append("<td class=\"n\">").Append(Num(e.Documents)).Append("</td>");
                sb.Append("<td class=\"refs\">");
                var refs = Distinct(e.Examples);
                for (int k = 0; k < refs.Count; k++)
                {
                    // Spaces keep the digits apart: "123" would be one number, read left to right.
                    if (k > 0) sb.Append(' ');
                    Ref(sb, refs[k], null, (k + 1).ToString(Inv));
                }
                sb.Append("</td></tr>");
            }
            sb.Append("</tbody></table>");
            if (all.Count > top.Count) sb.Append("<p class=\"more\">و").Append(Num(all.Count - top.Count)).Append(" اسمًا آخر لم يُعرض.</p>");
            sb.Append("</div>");
            if (all.Count > top.Count) _leftOut.Add($"{name}: عُرض {Num(top.Count)} من {Num(all.Count)} (الأكثر ذكرًا).");
        }
        sb.Append("</div></section>\n");
    }

    private void Pairs(StringBuilder sb)
    {
        var d = _digest;
        sb.Append("<section class=\"card\" id=\"pairs\"><h2>أسماء تُذكر معًا في جملة واحدة</h2>");
        if (d.Pairs.Count == 0)
        {
            sb.Append("<p class=\"empty\">لا جملة تجمع اسمين.</p></section>\n");
            return;
        }
        var top = d.Pairs.OrderByDescending(p => p.Value.Count)
            .ThenByDescending(p => d.Entities[p.Key.Item1].Count + d.Entities[p.Key.Item2].Count)
            .ThenBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2)
            .Take(d.Limits.Pairs).ToList();
        int max = top[0].Value.Count;
        sb.Append("<table class=\"pairs\"><thead><tr><th>الاسمان</th><th>جمل</th><th>أول جملة تجمعهما</th></tr></thead><tbody>");
        foreach (var ((a, b), pair) in top)
        {
            sb.Append("<tr><td class=\"name\"><span class=\"bar\" style=\"width:").Append(F(100.0 * pair.Count / max)).Append("%\"></span>");
            EntityName(sb, d.Entities[a]);
            sb.Append(" <span class=\"sep\">↔</span> ");
            EntityName(sb, d.Entities[b]);
            sb.Append("</td><td class=\"n\">").Append(Num(pair.Count)).Append("</td><td>");
            Excerpt(sb, pair.First, pair.Second);
            DocName(sb, pair.First.Doc);
            sb.Append(' ');
            Ref(sb, pair.First, pair.Second);
            sb.Append("</td></tr>");
        }
        sb.Append("</tbody></table></section>\n");
        if (d.Pairs.Count > top.Count) _leftOut.Add($"أسماء معًا: عُرض {Num(top.Count)} زوجًا من {Num(d.Pairs.Count)} (الأكثر تكرارًا).");
    }

    private static void EntityName(StringBuilder sb, EntityStat e) =>
        sb.Append("<span class=\"tag ").Append(e.Label.ToLowerInvariant()).Append("\"><bdi>").Text(e.Name).Append("</bdi></span>");

    // ---- numbers ----

    private static readonly (string Kind, string Name)[] Kinds =
        [("cardinal", "أعداد"), ("quantity", "كميات بوحدات"), ("money", "مبالغ مالية"), ("percent", "نسب مئوية")];

    private void Numbers(StringBuilder sb)
    {
        var d = _digest;
        sb.Append("<section class=\"card\" id=\"numbers\"><h2>أكبر الأعداد وما تعدّه</h2><div class=\"grid nums\">");
        var kinds = Kinds.ToList();
        foreach (var kind in d.Numbers.Values.Select(n => n.Kind).Distinct().Order(StringComparer.Ordinal))
            if (!kinds.Exists(k => k.Kind == kind)) kinds.Add((kind, kind));
        foreach (var (kind, name) in kinds)
        {
            var all = d.Numbers.Values.Where(n => n.Kind == kind).ToList();
            if (all.Count == 0) continue;
            var top = all.OrderByDescending(n => n.Value).ThenByDescending(n => n.Count).ThenBy(n => n.Text, StringComparer.Ordinal).Take(d.Limits.NumbersPerKind).ToList();
            sb.Append("<div class=\"num\"><h3>").Text(name).Append(" <small>(").Append(Num(d.NumberKinds.GetValueOrDefault(kind))).Append(" ذكرًا)</small></h3>");
            sb.Append("<table><thead><tr><th>القيمة</th><th>ما تعدّه</th><th>في الجملة</th></tr></thead><tbody>");
            foreach (var n in top)
            {
                sb.Append("<tr data-kind=\"").Text(kind).Append("\" data-value=\"").Append(n.Value.ToString("R", Inv)).Append("\"><td class=\"n\"><bdi>").Text(FormatValue(n)).Append("</bdi>");
                if (n.Count > 1) sb.Append(" <span class=\"count\">× ").Append(Num(n.Count)).Append("</span>");
                sb.Append("</td><td>").Text(n.Unit ?? n.Currency ?? "—").Append("</td><td>");
                Excerpt(sb, n.Examples[0]);
                sb.Append(' ');
                Ref(sb, n.Examples[0], null);
                sb.Append("</td></tr>");
            }
            sb.Append("</tbody></table>");
            if (all.Count > top.Count) sb.Append("<p class=\"more\">و").Append(Num(all.Count - top.Count)).Append(" قيمة أصغر لم تُعرض.</p>");
            sb.Append("</div>");
        }
        sb.Append("</div>");
        int ordinals = d.NumberKinds.GetValueOrDefault("ordinal"), fractions = d.NumberKinds.GetValueOrDefault("fraction");
        if (ordinals + fractions > 0)
        {
            string note = $"لا تُعرض الأعداد الترتيبية ({Num(ordinals)}) والكسور ({Num(fractions)}): الأكبر منها لا يقول شيئًا عن الحجم.";
            sb.Append("<p class=\"hint\">").Text(note).Append("</p>");
        }
        sb.Append("</section>\n");
    }

    private static string FormatValue(NumberGroup n)
    {
        double v = n.Value;
        string s = Math.Abs(v) >= 1e15 ? v.ToString("0.###E+0", Inv)
            : v == Math.Floor(v) ? v.ToString("#,0", Inv)
            : v.ToString("#,0.###", Inv);
        return n.Kind switch
        {
            "percent" => s + "٪",
            "money" when n.Currency is not null => s + " " + n.Currency,
            _ => s,
        };
    }

    // ---- excerpts and passages ----

    // Up to MentionsPerItem references whose sentences differ: a news feed repeats one article under several ids.
    private List<MentionRef> Distinct(List<MentionRef> refs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<MentionRef>(_digest.Limits.MentionsPerItem);
        foreach (var m in refs)
        {
            var doc = _digest.Documents[m.Doc];
            if (doc.Text is null) continue;
            var (a, b) = SentenceAround(doc, m.Start, m.End);
            if (!seen.Add(doc.Text[a..b])) continue;
            kept.Add(m);
            if (kept.Count == _digest.Limits.MentionsPerItem) break;
        }
        if (kept.Count == 0 && refs.Count > 0) kept.Add(refs[0]);
        return kept;
    }

    // The sentence around a mention, cut to a window around it, with the span(s) marked.
    private void Excerpt(StringBuilder sb, MentionRef m, MentionRef? second = null)
    {
        var doc = _digest.Documents[m.Doc];
        string? text = doc.Text;
        if (text is null) return;
        int lo = Math.Min(m.Start, second?.Start ?? m.Start), hi = Math.Max(m.End, second?.End ?? m.End);
        var (sStart, sEnd) = SentenceAround(doc, lo, hi);
        sb.Append("<q class=\"excerpt\">");
        Marked(sb, text, sStart, sEnd, lo, hi, ExcerptRadius, m, second);
        sb.Append("</q>");
    }

    // A link that opens the passage (the paragraph around the mention) with the span(s) marked.
    private void Ref(StringBuilder sb, MentionRef m, MentionRef? second, string label = "في النص")
    {
        var doc = _digest.Documents[m.Doc];
        if (doc.Text is null) return;
        string key = string.Create(Inv, $"{m.Doc}:{m.Start}:{m.End}:{second?.Start}:{second?.End}");
        if (!_passageIds.TryGetValue(key, out var id))
        {
            id = "p-" + _passageIds.Count.ToString(Inv);
            _passageIds[key] = id;
            int lo = Math.Min(m.Start, second?.Start ?? m.Start), hi = Math.Max(m.End, second?.End ?? m.End);
            var (pStart, pEnd) = LineAround(doc.Text, lo, hi);
            _passages.Append("<section class=\"passage\" id=\"").Append(id).Append("\" hidden><h4><bdi>").Text(doc.Id).Append("</bdi></h4><p>");
            Marked(_passages, doc.Text, pStart, pEnd, lo, hi, PassageRadius, m, second);
            _passages.Append("</p></section>\n");
        }
        sb.Append("<a class=\"ref\" href=\"#").Append(id).Append("\">").Text(label).Append("</a>");
    }

    private static void Marked(StringBuilder sb, string text, int from, int to, int lo, int hi, int radius, MentionRef m, MentionRef? second)
    {
        int ws = Math.Max(from, lo - radius), we = Math.Min(to, hi + radius);
        if (ws > from) ws = SnapForward(text, ws, lo);
        if (we < to) we = SnapBack(text, we, hi);
        if (ws > from) sb.Append('…');
        var marks = second is { } s && s.Start < m.Start ? new[] { s, m } : second is { } t ? new[] { m, t } : new[] { m };
        int pos = ws;
        foreach (var mark in marks)
        {
            if (mark.Start < pos || mark.End > we) continue;
            sb.Text(text.AsSpan(pos, mark.Start - pos)).Append("<mark>").Text(text.AsSpan(mark.Start, mark.End - mark.Start)).Append("</mark>");
            pos = mark.End;
        }
        sb.Text(text.AsSpan(pos, we - pos));
        if (we < to) sb.Append('…');
    }

    // Cut points on whitespace, never inside a surrogate pair, never into the marked span.
    private static int SnapForward(string text, int i, int limit)
    {
        int j = text.IndexOf(' ', i, Math.Max(0, Math.Min(limit, text.Length) - i));
        if (j >= 0) return j + 1;
        return i < text.Length && char.IsLowSurrogate(text[i]) ? i + 1 : i;
    }

    private static int SnapBack(string text, int i, int limit)
    {
        int count = i - limit;
        int j = count > 0 ? text.LastIndexOf(' ', i - 1, count) : -1;
        if (j >= limit) return j;
        return i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) ? i - 1 : i;
    }

    private static (int Start, int End) SentenceAround(ReportDocument doc, int lo, int hi)
    {
        var sentences = doc.Sentences;
        int a = 0, b = sentences.Count - 1, found = -1;
        while (a <= b)
        {
            int mid = (a + b) >>> 1;
            if (sentences[mid].End > lo)
            {
                found = mid;
                b = mid - 1;
            }
            else
            {
                a = mid + 1;
            }
        }
        if (found < 0 || sentences[found].Start > lo) return LineAround(doc.Text!, lo, hi);
        int end = sentences[found].End;
        for (int k = found + 1; k < sentences.Count && end < hi; k++) end = sentences[k].End;
        return (sentences[found].Start, Math.Max(end, hi));
    }

    private static (int Start, int End) LineAround(string text, int lo, int hi)
    {
        int start = lo > 0 ? text.LastIndexOf('\n', lo - 1) + 1 : 0;
        int end = text.IndexOf('\n', hi);
        if (end < 0) end = text.Length;
        if (end > hi && text[end - 1] == '\r') end--;
        return (start, end);
    }

    private static string Num(long n) => n.ToString("#,0", Inv);

    private static string F(double v) => v.ToString("0.#", Inv);

    // ---- style and script ----

    private const string ErrorTrap =
        "(function(){var h=document.documentElement,e=[];window.addEventListener('error',function(ev){e.push(String(ev.message||ev.type));h.setAttribute('data-errors',e.join(' | '));});" +
        "window.addEventListener('unhandledrejection',function(ev){e.push('unhandled rejection: '+String(ev.reason));h.setAttribute('data-errors',e.join(' | '));});})();";

    private const string Script = """
(function () {
  var viewer = document.getElementById('viewer');
  var current = null;
  function show(section) {
    if (current) current.hidden = true;
    current = section;
    section.hidden = false;
    viewer.hidden = false;
    var mark = section.querySelector('mark');
    if (mark && mark.scrollIntoView) mark.scrollIntoView({ block: 'nearest' });
  }
  function hide() {
    if (current) current.hidden = true;
    current = null;
    viewer.hidden = true;
  }
  document.addEventListener('click', function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest('a.ref') : null;
    if (!a) return;
    var section = document.getElementById(a.getAttribute('href').slice(1));
    if (!section) return;
    ev.preventDefault();
    show(section);
  });
  document.getElementById('viewer-close').addEventListener('click', hide);
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') hide(); });
  if (location.hash.indexOf('#p-') === 0) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) show(target);
  }
  document.documentElement.setAttribute('data-items', String(document.querySelectorAll('.t-item').length));
  document.documentElement.setAttribute('data-ready', 'ok');
})();
""";

    private const string Style = """
:root{--ink:#1d2430;--muted:#5b6575;--line:#d9dee7;--bg:#f5f6f8;--card:#fff;--greg:#2b6cb0;--hijri:#c05621;--person:#8a3ffc;--location:#0f7b6c;--organization:#b5651d;--misc:#596273;--mark:#ffe08a}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Scheherazade New","Geeza Pro","Segoe UI",Tahoma,"DejaVu Sans",sans-serif;font-size:16px;line-height:1.7}
header{background:#1f2a44;color:#fff;padding:18px 28px}
header h1{margin:0;font-size:28px}
header .inputs{margin:2px 0 8px;color:#c9d3e6;font-size:14px;direction:ltr;text-align:right}
header .range{margin:6px 0;color:#e6ecf7}
.stats{display:flex;gap:12px;flex-wrap:wrap}
.stat{background:rgba(255,255,255,.1);border-radius:8px;padding:4px 14px;display:flex;gap:8px;align-items:baseline}
.stat b{font-size:22px}
nav{margin-top:8px;display:flex;gap:18px}
nav a{color:#ffd37a;text-decoration:none}
.card{background:var(--card);margin:18px 24px;padding:14px 22px;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{margin:4px 0 8px;font-size:22px}
h3{margin:6px 0;font-size:18px}
small{color:var(--muted);font-weight:normal}
.hint,.more,.empty{color:var(--muted);font-size:14px;margin:4px 0}
.axis-wrap{overflow-x:auto}
svg.axis{width:100%;min-width:760px;height:auto;display:block;direction:ltr}
svg .lane{fill:#f1f4f9}
svg .lane-label{font-size:14px;fill:var(--muted)}
svg .year{font-size:13px;fill:var(--ink)}
svg .fold{font-size:16px;fill:var(--muted)}
svg .tick-line{stroke:#8b95a7;stroke-width:2}
svg .tick{stroke:#c4cbd8;stroke-width:1}
svg .mtick{stroke:#8b95a7;stroke-width:1}
svg .mk{fill:var(--greg);fill-opacity:.55;stroke:var(--greg);stroke-width:1.5}
svg .mk.hijri{fill:var(--hijri);stroke:var(--hijri)}
svg .mk.inferred{fill-opacity:.12;stroke-dasharray:3 2}
svg a:hover .mk{fill-opacity:.9}
.legend{display:flex;gap:20px;flex-wrap:wrap;font-size:14px;color:var(--muted);margin:4px 0 10px}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;margin-left:6px;vertical-align:middle;border:1.5px solid var(--greg);background:rgba(43,108,176,.55)}
.sw.hijri{border-color:var(--hijri);background:rgba(192,86,33,.55)}
.sw.inferred{background:rgba(43,108,176,.12);border-style:dashed}
ol.timeline{list-style:none;margin:0;padding:0 4px 0 0;max-height:min(60vh,760px);overflow-y:auto;border-top:1px solid var(--line);border-bottom:1px solid var(--line)}
details summary{cursor:pointer;color:var(--muted);font-size:13.5px;padding-right:18px}
details ul.mentions{margin-top:0}
.t-year{font-weight:bold;font-size:19px;margin:6px 0 2px;padding:0 4px;color:#1f2a44;position:sticky;top:0;background:var(--card);border-bottom:2px solid #1f2a44;z-index:1}
.t-item{margin:4px 8px 6px 0;padding:2px 12px;border-right:3px solid var(--line)}
.t-item:target{background:#fff6d6;outline:2px solid #f2c94c}
.t-item.inferred .t-date{border-bottom:2px dashed var(--greg)}
.t-head{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.t-date{font-weight:bold;font-size:17px}
.badge{font-size:12.5px;border-radius:10px;padding:0 8px;background:#eef1f6;color:var(--muted);white-space:nowrap}
.badge.inferred{background:#fff1d6;color:#8a5a00;border:1px dashed #d59f2a}
.badge.hijri{background:#fdebe0;color:#8a3c12}
.count{font-size:13px;color:var(--muted)}
ul.mentions{margin:2px 0;padding:0 18px 0 0;font-size:14.5px}
ul.mentions li{margin:2px 0}
q.excerpt{quotes:none;color:#2c3442}
mark{background:var(--mark);border-radius:3px;padding:0 2px}
.doc{color:var(--muted);font-size:13px}
a.ref{font-size:13px;color:#1a5fb4;margin:0 3px;text-decoration:none;border:1px solid #c9d9f2;border-radius:8px;padding:0 6px;white-space:nowrap}
a.ref:hover{background:#e8f0fc}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:14px}
table{border-collapse:collapse;width:100%;font-size:14.5px}
th{text-align:right;color:var(--muted);font-weight:normal;border-bottom:1px solid var(--line);padding:2px 6px}
td{border-bottom:1px solid #eef0f4;padding:3px 6px;vertical-align:top}
td.n{text-align:left;white-space:nowrap;font-variant-numeric:tabular-nums}
td.name{position:relative}
td.name bdi{position:relative}
.bar{position:absolute;right:0;top:3px;bottom:3px;background:#eef1f6;border-radius:3px}
.ent.person .bar{background:#efe6ff}.ent.location .bar{background:#e0f3ef}.ent.organization .bar{background:#f7eadc}.ent.misc .bar{background:#eceff3}
.ent h3{border-right:5px solid var(--misc);padding-right:8px}
.ent.person h3{border-color:var(--person)}.ent.location h3{border-color:var(--location)}.ent.organization h3{border-color:var(--organization)}
td.alias{font-family:"DejaVu Sans Mono",monospace;font-size:12.5px;color:var(--muted)}
td.refs{white-space:nowrap}
td.refs a.ref{padding:0 5px;margin:0 1px}
.tag{border-radius:6px;padding:0 6px;background:#eceff3;position:relative}
.sep{position:relative;color:var(--muted)}
.tag.person{background:#efe6ff}.tag.location{background:#e0f3ef}.tag.organization{background:#f7eadc}
table.pairs td.name{white-space:nowrap;width:1%}
.grid.nums{grid-template-columns:repeat(auto-fit,minmax(560px,1fr))}
#viewer{position:fixed;left:24px;right:24px;bottom:16px;max-height:45vh;overflow:auto;background:#fff;border:2px solid #1f2a44;border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.25);padding:8px 18px;z-index:10}
#viewer[hidden]{display:none}
.viewer-bar{display:flex;justify-content:space-between;align-items:center;position:sticky;top:-8px;background:#fff;padding:4px 0}
#viewer button{font:inherit;border:1px solid var(--line);background:#f5f6f8;border-radius:8px;padding:0 10px;cursor:pointer}
.passage h4{margin:2px 0;color:var(--muted);font-weight:normal;font-size:13px;direction:ltr;text-align:right}
.passage p{white-space:pre-wrap;margin:4px 0 8px}
footer{color:var(--muted);font-size:13px;margin:10px 24px 30px}
""";
}
