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

    /// <summary>Adds the arguments and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(_paths);
        command.Add(_lines);
        command.Add(_reference);
        command.Add(_boilerplate);
    }

    /// <summary>The pipeline the options ask for.</summary>
    public TextAnalyzer Analyzer(ParseResult parse) =>
        new TextAnalyzerBuilder().UseDates().UseNumbers().UseEntities()
            .WithReferenceDate(Common.ParseReferenceDate(parse.GetValue(_reference)))
            .SkipBoilerplate(parse.GetValue(_boilerplate))
            .Build();

    /// <summary>The documents the arguments name.</summary>
    public IEnumerable<SourceDocument> Documents(ParseResult parse) =>
        Common.Documents(parse.GetValue(_paths), parse.GetValue(_lines));
}
