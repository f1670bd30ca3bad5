using Microsoft.Extensions.DependencyInjection;

namespace TextAnalysis.Tests;

public class ServiceCollectionTests
{
    [Fact]
    public void AddArabicTextAnalysis_registers_one_configured_analyzer()
    {
        using var provider = new ServiceCollection()
            .AddArabicTextAnalysis(o => { o.Entities = false; o.ReferenceDate = new DateOnly(2015, 7, 23); })
            .BuildServiceProvider();
        var analyzer = provider.GetRequiredService<TextAnalyzer>();
        Assert.Same(analyzer, provider.GetRequiredService<TextAnalyzer>());
        var record = analyzer.Analyze("وصل أمس 30 ألف زائر إلى مكة", "d");
        Assert.Contains(record.Dates!, d => d.Value == "2015-07-22");
        Assert.Contains(record.Numbers!, n => n.Value == 30000);
        Assert.Empty(record.Entities!);
    }
}
