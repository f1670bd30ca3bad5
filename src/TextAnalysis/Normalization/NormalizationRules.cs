namespace TextAnalysis.Normalization;

/// <summary>The individual rules a <see cref="NormalizationProfile"/> switches on or off.</summary>
[Flags]
public enum NormalizationRules
{
    /// <summary>No rule: the text is returned as it is.</summary>
    None = 0,
    /// <summary>Removes tatweel (U+0640) inside words; a free-standing tatweel used as a dash becomes '-'.</summary>
    Tatweel = 1 << 0,
    /// <summary>Removes zero-width and bidi controls (U+200B–200F, U+202A–202E, U+2066–2069, U+FEFF, U+061C, U+00AD).</summary>
    InvisibleControls = 1 << 1,
    /// <summary>Turns no-break and other Unicode spaces into an ordinary space.</summary>
    Spaces = 1 << 2,
    /// <summary>Maps Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) to base letters; lam-alef ligatures become two letters.</summary>
    PresentationForms = 1 << 3,
    /// <summary>Arabic-Indic (٠-٩) and Eastern Arabic (۰-۹) digits to ASCII; ٫ to '.', ٬ to ','.</summary>
    Digits = 1 << 4,
    /// <summary>Farsi yeh (ی) to yeh (ي), keheh (ک) to kaf (ك).</summary>
    FarsiLetters = 1 << 5,
    /// <summary>Removes harakat, tanween, shadda, sukun, dagger alef (U+0670) and Quranic annotation marks.</summary>
    Diacritics = 1 << 6,
    /// <summary>أ إ آ ٱ ٲ ٳ to ا.</summary>
    AlefVariants = 1 << 7,
    /// <summary>ى (alef maksura) to ي.</summary>
    AlefMaksura = 1 << 8,
    /// <summary>ة (teh marbuta) to ه.</summary>
    TehMarbuta = 1 << 9,
    /// <summary>ؤ to و and ئ to ي.</summary>
    HamzaCarriers = 1 << 10,
    /// <summary>Latin letters to lower case (ASCII and Latin-1 only).</summary>
    LatinLowercase = 1 << 11,
}
