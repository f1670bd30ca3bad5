namespace TextAnalysis.Extraction.Entities;

/// <summary>The kinds of named entity. Starts at 1 so that <c>default</c> means "no entity".</summary>
internal enum EntityLabel : byte
{
    None = 0,
    Person = 1,
    Location = 2,
    Organization = 3,
    Misc = 4,
}

internal static class EntityLabels
{
    /// <summary>The label as the record writes it (PERSON, LOCATION, ...).</summary>
    public static string RecordName(EntityLabel label) => label switch
    {
        EntityLabel.Person => "PERSON",
        EntityLabel.Location => "LOCATION",
        EntityLabel.Organization => "ORGANIZATION",
        EntityLabel.Misc => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    /// <summary>The CoNLL type of the label (PERS, LOC, ORG, MISC).</summary>
    public static string ConllName(EntityLabel label) => label switch
    {
        EntityLabel.Person => "PERS",
        EntityLabel.Location => "LOC",
        EntityLabel.Organization => "ORG",
        EntityLabel.Misc => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    /// <summary>Parses a CoNLL type or a record label; <see cref="EntityLabel.None"/> when unknown.</summary>
    public static EntityLabel Parse(ReadOnlySpan<char> name) => name switch
    {
        "PERS" or "PER" or "PERSON" => EntityLabel.Person,
        "LOC" or "LOCATION" => EntityLabel.Location,
        "ORG" or "ORGANIZATION" => EntityLabel.Organization,
        "MISC" => EntityLabel.Misc,
        _ => EntityLabel.None,
    };
}
