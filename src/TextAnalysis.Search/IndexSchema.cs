namespace TextAnalysis.Search;

/// <summary>The fields of a passage document in the index. One Lucene document per passage (non-empty line).</summary>
public static class IndexSchema
{
    /// <summary>The document's id (StringField, stored): every passage of a document carries it.</summary>
    public const string Id = "id";

    /// <summary>The passage's number in the document, from 0 (Int32Field, indexed and stored).</summary>
    public const string Passage = "passage";

    /// <summary>The passage's start offset in the document's original text (stored).</summary>
    public const string Start = "start";

    /// <summary>The passage's end offset (exclusive) in the document's original text (stored).</summary>
    public const string End = "end";

    /// <summary>The passage's original text: stored, analyzed with stemming, term vectors with offsets.</summary>
    public const string Text = "text";

    /// <summary>The passage's text analyzed without stemming (normalized forms only), for exact matches and phrases.</summary>
    public const string Exact = "exact";

    /// <summary>Prefix of the entity fields: <c>entity_person</c>, <c>entity_location</c>… (StringField, normalized
    /// entity text, stored), one value per entity mention inside the passage.</summary>
    public const string EntityPrefix = "entity_";

    /// <summary>The ISO values of the dates inside the passage (StringField, stored).</summary>
    public const string Date = "date";

    /// <summary>The entity field for a record label (PERSON → <c>entity_person</c>).</summary>
    public static string EntityField(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return EntityPrefix + label.ToLowerInvariant();
    }
}
