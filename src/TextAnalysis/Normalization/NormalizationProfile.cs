namespace TextAnalysis.Normalization;

/// <summary>A named set of <see cref="NormalizationRules"/>. Profiles are data: make your own with <see cref="With"/>.</summary>
public sealed record NormalizationProfile(string Name, NormalizationRules Rules)
{
    private const NormalizationRules Invisible =
        NormalizationRules.Tatweel | NormalizationRules.InvisibleControls | NormalizationRules.Spaces |
        NormalizationRules.PresentationForms | NormalizationRules.FarsiLetters;

    /// <summary>For display and extraction: keeps every letter and diacritic; removes tatweel and invisible controls,
    /// maps presentation forms and Farsi letters, and turns Eastern digits into ASCII.</summary>
    public static NormalizationProfile Light { get; } = new("light", Invisible | NormalizationRules.Digits);

    /// <summary>For search and matching: everything in <see cref="Light"/>, plus diacritics removed and the letters
    /// that people write interchangeably folded (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), Latin in lower case.</summary>
    public static NormalizationProfile Search { get; } = new("search",
        Invisible | NormalizationRules.Digits | NormalizationRules.Diacritics | NormalizationRules.AlefVariants |
        NormalizationRules.AlefMaksura | NormalizationRules.TehMarbuta | NormalizationRules.HamzaCarriers |
        NormalizationRules.LatinLowercase);

    /// <summary>Looks a built-in profile up by name (<c>light</c>, <c>search</c>), ignoring case.</summary>
    public static bool TryGet(string name, out NormalizationProfile profile)
    {
        profile = name.ToLowerInvariant() switch
        {
            "light" => Light,
            "search" => Search,
            _ => null!,
        };
        return profile is not null;
    }

    /// <summary>This profile with one rule switched on or off.</summary>
    public NormalizationProfile With(NormalizationRules rule, bool on) =>
        this with { Name = Name + (on ? "+" : "-") + rule, Rules = on ? Rules | rule : Rules & ~rule };
}
