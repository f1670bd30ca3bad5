using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TextAnalysis.Input;

/// <summary>
/// The readable text of an HTML page, parsed with AngleSharp: scripts, styles and templates removed, entities
/// decoded, whitespace collapsed as a browser would, block elements and &lt;br&gt; as line breaks, so that each
/// paragraph becomes a passage.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head", "svg", "iframe" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre", "figure", "figcaption",
        "form", "fieldset", "address", "hr", "title", "td", "th", "caption",
    };

    /// <summary>Extracts the readable text of <paramref name="html"/>.</summary>
    public static string Extract(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var sb = new StringBuilder(html.Length / 3);
        var title = document.Title;
        if (!string.IsNullOrWhiteSpace(title)) sb.Append(title.Trim()).Append('\n');
        Walk(document.Body ?? (INode?)document.DocumentElement, sb, depth: 0);
        return Tidy(sb);
    }

    private static void Walk(INode? node, StringBuilder sb, int depth)
    {
        if (node is null || depth > 512) return; // pathological nesting: stop rather than overflow the stack
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName == "br":
                    sb.Append('\n');
                    break;
                case IElement element:
                    bool block = Blocks.Contains(element.LocalName);
                    if (block) sb.Append('\n');
                    else if (element.LocalName is "td" or "th") sb.Append(' ');
                    Walk(element, sb, depth + 1);
                    if (block) sb.Append('\n');
                    break;
            }
        }
    }

    // Collapse runs of spaces and trim each line; each non-empty line is a paragraph.
    private static string Tidy(StringBuilder raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var line in raw.ToString().Split('\n'))
        {
            var collapsed = CollapseSpaces(line);
            if (collapsed.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(collapsed);
        }
        return sb.ToString();
    }

    private static string CollapseSpaces(string line)
    {
        var sb = new StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line)
        {
            if (c is ' ' or '\t' or '\r' or '\f')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
