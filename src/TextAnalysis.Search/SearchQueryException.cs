namespace TextAnalysis.Search;

/// <summary>A query that could not be parsed (unbalanced quotes or brackets, a stray operator, a bare field…).</summary>
public sealed class SearchQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SearchQueryException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SearchQueryException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the parser's error.</summary>
    public SearchQueryException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="query"/>.</summary>
    public SearchQueryException(string query, string message, Exception? innerException)
        : base(message, innerException)
    {
        Query = query;
    }

    /// <summary>The query as the user typed it, when known.</summary>
    public string? Query { get; }
}
