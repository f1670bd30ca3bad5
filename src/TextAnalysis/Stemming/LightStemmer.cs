using System.Collections.Frozen;
using TextAnalysis.Normalization;

namespace TextAnalysis.Stemming;

/// <summary>
/// A light Arabic stemmer over SEARCH-normalized words (<see cref="ArabicNormalizer.Search"/>: ة → ه, ى → ي,
/// أ إ آ → ا, no diacritics). It strips proclitics (و ف ب ك ل, the article ال and their combinations وال بال
/// وبال لل فلل …) and a few suffixes (pronouns ها هم هما كم كن نا، plurals and duals ات ون ين ان وا، ه for ة or
/// the pronoun, the nisba ي), but only while the stem stays long enough: short words are left alone, so names and
/// words that merely begin or end with those letters (لينين، كتاب، اعلان، يابان) are not chopped.
/// Stateless and thread-safe; the span overloads allocate nothing.
/// </summary>
/// <remarks>
/// The rules aim at consistency first: a word with a clitic and the same word without it meet
/// (للثوره، الثوره، ثوره → ثوره), and a sound feminine plural meets its singular (ثورات → ثوره, حكومات →
/// حكومه → حكوم). A one-letter clitic (و ف ب ك ل) is only split off when what remains is long enough and is
/// not a common word that itself begins with that letter (وزير، بحريه، فرنسا …, see <see cref="StemmerLexicon"/>).
/// </remarks>
public static class LightStemmer
{
    private const char Alef = 'ا', Lam = 'ل', Waw = 'و', Feh = 'ف', Beh = 'ب', Kaf = 'ك', Yeh = 'ي',
        Heh = 'ه', Teh = 'ت', Noon = 'ن', Meem = 'م';

    /// <summary>Longest word the span overloads stem; longer input is returned unchanged.</summary>
    public const int MaxWordLength = 64;

    // Minimum letters that must remain after each kind of removal.
    private const int MinAfterArticle = 3;
    private const int MinAfterConjunction = 3;
    private const int MinAfterPreposition = 4;
    private const int MinAfterTehMarbuta = 4;

    /// <summary>Stems a search-normalized word and returns the stem as a new string (the same text when nothing
    /// was removed).</summary>
    public static string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength || word.Length < 3) return word.ToString();
        Span<char> buffer = stackalloc char[MaxWordLength + 1];
        word.CopyTo(buffer);
        int len = Stem(buffer[..word.Length], out int start);
        var stem = buffer.Slice(start, len);
        return stem.SequenceEqual(word) ? word.ToString() : new string(stem);
    }

    /// <summary>Stems the search-normalized word held in <paramref name="buffer"/> in place and returns the
    /// stem's length; the stem starts at index 0. May write one character past the stem (ات → ه), never past the
    /// original length.</summary>
    public static int Stem(Span<char> buffer)
    {
        int length = Stem(buffer, out int start);
        // A forward loop, not Span.CopyTo: for overlapping spans CopyTo calls the native memmove, whose transition
        // costs more than moving the few letters of a word (a profile of indexing showed it at 5-10% of a thread).
        if (start > 0)
            for (int i = 0; i < length; i++) buffer[i] = buffer[start + i];
        return length;
    }

    /// <summary>Stems the search-normalized word held in <paramref name="word"/> in place without moving it: the
    /// stem is <c>word.Slice(start, length)</c>, where the returned value is the length. Suffix rules may rewrite
    /// the stem's last character (ات → ه); nothing outside the word is written.</summary>
    public static int Stem(Span<char> word, out int start)
    {
        start = 0;
        int len = word.Length;
        if (len < 3 || len > MaxWordLength) return len;

        // Only a word that starts like a clitic (و ف ب ك ل) or the article can lose letters at the front, so only
        // such words need the protected-lexicon check.
        char first = word[0];
        if ((first is Waw or Feh or Beh or Kaf or Lam || (first == Alef && word[1] == Lam)) && !IsProtected(word))
        {
            int s = StripArticle(word);
            // One-letter clitics are split off only from words that are not known to begin with that letter.
            if (len - s >= 1 + MinAfterConjunction && (s == 0 || !IsProtected(word[s..])))
                s = StripOneLetterClitics(word, s, len);
            start = s;
        }
        return StripSuffixes(word[start..]);
    }

    private static int StripOneLetterClitics(ReadOnlySpan<char> buffer, int start, int end)
    {
        if (IsConjunction(buffer[start]) && end - start - 1 >= MinAfterConjunction) start++;
        // ب ك ل before ي are kept: ليبيا، ليلة، بيان, and names like لينين.
        if (end - start - 1 >= MinAfterPreposition && IsPreposition(buffer[start]) && buffer[start + 1] != Yeh &&
            !IsProtected(buffer[start..end]))
            start++;
        return start;
    }

    /// <summary>Lucene-style entry point: stems the first <paramref name="length"/> characters of
    /// <paramref name="buffer"/> in place and returns the stem's length.</summary>
    public static int Stem(char[] buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, buffer.Length);
        return Stem(buffer.AsSpan(0, length));
    }

    private static bool IsConjunction(char c) => c == Waw || c == Feh;

    private static bool IsPreposition(char c) => c == Beh || c == Kaf || c == Lam;

    // [و|ف]? [ب|ك|ل]? ال, or [و|ف]? لل: returns how many letters to drop (0 when none or the rest is too short).
    private static int StripArticle(ReadOnlySpan<char> w)
    {
        int at = 0;
        if (w.Length > at && IsConjunction(w[at]) && w.Length > at + 2 && (IsPreposition(w[at + 1]) || w[at + 1] == Alef)) at++;
        if (w.Length > at + 1 && IsPreposition(w[at]))
        {
            // لل: the preposition ل before the article, whose alef is not written.
            if (w[at] == Lam && w[at + 1] == Lam) return w.Length - (at + 2) >= MinAfterArticle ? at + 2 : 0;
            if (w.Length > at + 2 && w[at + 1] == Alef && w[at + 2] == Lam) at++;
        }
        if (w.Length > at + 1 && w[at] == Alef && w[at + 1] == Lam && w.Length - (at + 2) >= MinAfterArticle) return at + 2;
        return 0;
    }

    /// <summary>Strips suffixes from <paramref name="w"/> in place; returns the new length.</summary>
    private static int StripSuffixes(Span<char> w)
    {
        int len = w.Length;

        // Outermost: an attached pronoun. ة becomes ت before it (ثورتها), so turn that ت back into ه.
        int p = Tokenization.CliticSegmenter.EncliticLength(w[..len]);
        if (p > 0)
        {
            len -= p;
            if (len >= MinAfterTehMarbuta && w[len - 1] == Teh && w[len - 2] != Alef) w[len - 1] = Heh;
        }

        // Then number and gender: at most two steps (قواته → قوات → قوه).
        for (int step = 0; step < 2; step++)
        {
            int before = len;
            len = StripNumberSuffix(w, len, out bool final);
            if (final || len == before) break;
        }

        // The nisba ي (ياباني → يابان), only from longer words so that روسي، علي، ثوري stay.
        if (len - 1 >= 4 && w[len - 1] == Yeh && w[len - 2] != Alef && w[len - 2] != Yeh) len--;
        return len;
    }

    // One number/gender suffix; final is true when the result must not be reduced further.
    private static int StripNumberSuffix(Span<char> w, int len, out bool final)
    {
        final = false;
        if (len >= 4)
        {
            char a = w[len - 2], b = w[len - 1];
            if (a == Alef && b == Teh)
            {
                // Sound feminine plural: ثورات → ثوره, حكومات → حكوم (as حكومه → حكوم).
                int rest = len - 2;
                if (rest >= MinAfterTehMarbuta) return rest;
                w[rest] = Heh;
                final = true;
                return rest + 1;
            }
            if (len - 2 >= 4 && ((a == Waw || a == Yeh) && b == Noon)) return len - 2;      // ون ين
            if (len - 2 >= 5 && a == Alef && b == Noon) return len - 2;                      // ان (dual)
            if (len - 2 >= 3 && a == Waw && b == Alef) return len - 2;                       // وا (verbs)
        }
        if (len - 1 >= MinAfterTehMarbuta && w[len - 1] == Heh)
        {
            final = true;
            return len - 1;
        }
        return len;
    }

    /// <summary>The word with only its suffixes stripped (no proclitics): used to key the protected lexicon.</summary>
    internal static string StripSuffixesOnly(string word)
    {
        if (word.Length > MaxWordLength) return word;
        var tmp = word.ToCharArray();
        return new string(tmp, 0, StripSuffixes(tmp));
    }

    private static bool IsProtected(ReadOnlySpan<char> word)
    {
        if (!StemmerLexicon.MayContainPrefixOf(word)) return false;
        if (StemmerLexicon.Contains(word)) return true;
        Span<char> tmp = stackalloc char[MaxWordLength];
        word.CopyTo(tmp);
        int n = StripSuffixes(tmp[..word.Length]);
        return n != word.Length && StemmerLexicon.Contains(tmp[..n]);
    }
}
