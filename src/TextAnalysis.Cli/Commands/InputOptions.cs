using System.CommandLine;
using TextAnalysis.Input;

namespace TextAnalysis.Cli.Commands;

/// <summary>The input arguments and options that <c>extract</c> and <c>index</c> share, and what they build.</summary>
internal sealed class InputOptions
{
    private readonly Argument<string[]> _paths = new("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "Files and folders (recursive); none: corpus/." };
    private readonly Option<string?> _lines = new("--lines") { Description = "Read each non-empty line of FILE as one document, id FILE#N." };
    private readonly Option<string?> _reference = new("--reference-date") { Description = "YYYY-MM-DD that relative dates are resolved against." };
    private readonly Option<bool> _boilerplate = new("--drop-boilerplate") { Description = "Leave out mentions in web-page menus and breadcrumbs." };
    private readonly Option<string[]> _textField = new("--text-field") { Description = "JSON/JSON Lines: the field(s) holding the text, tried in order (default: content, text, body).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _idField = new("--id-field") { Description = "JSON/JSON Lines: the field holding the document id (default: FILE#N)." };
    private readonly Option<string[]> _dateField = new("--date-field") { Description = "JSON/JSON Lines: the field(s) holding the document's own date, used for relative dates (default: date_extracted, date, published).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _titleField = new("--title-field") { Description = "JSON/JSON Lines: a title field put before the text as its first line." };

    /// <summary>Adds the arguments and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(_paths);
        command.Add(_lines);
        command.Add(_reference);
        command.Add(_boilerplate);
        command.Add(_textField);
        command.Add(_idField);
        command.Add(_dateField);
        command.Add(_titleField);
    }

    /// <summary>The pipeline the options ask for.</summary>
    public TextAnalyzer Analyzer(ParseResult parse) =>
        new TextAnalyzerBuilder().UseDates().UseNumbers().UseEntities()
            .WithReferenceDate(Common.ParseReferenceDate(parse.GetValue(_reference)))
            .SkipBoilerplate(parse.GetValue(_boilerplate))
            .Build();

    /// <summary>The documents the arguments name (<c>-</c> reads <paramref name="stdin"/>).</summary>
    public IEnumerable<SourceDocument> Documents(ParseResult parse, TextReader stdin)
    {
        var options = DocumentReaderOptions.Default;
        if (parse.GetValue(_textField) is { Length: > 0 } text) options = options with { TextFields = text };
        if (parse.GetValue(_dateField) is { Length: > 0 } date) options = options with { DateFields = date };
        options = options with { IdField = parse.GetValue(_idField), TitleField = parse.GetValue(_titleField) };
        return Common.Documents(parse.GetValue(_paths), parse.GetValue(_lines), options, stdin);
    }
}
