using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TextAnalysis;

/// <summary>Options of the pipeline registered by <see cref="TextAnalysisServiceCollectionExtensions.AddArabicTextAnalysis"/>.</summary>
public sealed class TextAnalysisOptions
{
    /// <summary>Extract dates (default true).</summary>
    public bool Dates { get; set; } = true;

    /// <summary>Extract numbers (default true).</summary>
    public bool Numbers { get; set; } = true;

    /// <summary>Recognize named entities (default true).</summary>
    public bool Entities { get; set; } = true;

    /// <summary>The date relative expressions are resolved against; null: none (or a date the document states).</summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>Leave out mentions in web-page boilerplate (menus, breadcrumbs).</summary>
    public bool SkipBoilerplate { get; set; }

    /// <summary>Builds the frozen pipeline these options describe.</summary>
    public TextAnalyzer Build()
    {
        var builder = new TextAnalyzerBuilder().WithReferenceDate(ReferenceDate).SkipBoilerplate(SkipBoilerplate);
        if (Dates) builder.UseDates();
        if (Numbers) builder.UseNumbers();
        if (Entities) builder.UseEntities();
        return builder.Build();
    }
}

/// <summary>Registers TextAnalysis with Microsoft.Extensions.DependencyInjection.</summary>
public static class TextAnalysisServiceCollectionExtensions
{
    /// <summary>Registers a singleton <see cref="TextAnalyzer"/> (frozen and thread-safe) built from
    /// <see cref="TextAnalysisOptions"/>. Calling it again replaces nothing: the first registration wins.</summary>
    public static IServiceCollection AddArabicTextAnalysis(this IServiceCollection services, Action<TextAnalysisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new TextAnalysisOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(sp => sp.GetRequiredService<TextAnalysisOptions>().Build());
        return services;
    }
}
