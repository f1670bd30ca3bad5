using System.CommandLine;
using System.CommandLine.Parsing;
using TextAnalysis.Search;

namespace TextAnalysis.Cli.Commands;

/// <summary><c>index [PATH ...] --index DIR [--delete ID ...] [--commit-every N]</c>: extracts and indexes documents,
/// one Lucene document per passage; deletes documents by id. Changes are committed every N documents and at the end,
/// so a crash leaves the index as last committed.</summary>
internal static class IndexCommand
{
    public static Command Create(HostIO io)
    {
        var input = new InputOptions();
        var index = new Option<string>("--index") { Description = "The index folder (created if missing).", Required = true };
        var delete = new Option<string[]>("--delete") { Description = "Remove the document with this id (repeatable); with no PATH, nothing is indexed.", Arity = ArgumentArity.OneOrMore };
        var merge = new Option<string[]>("--merge") { Description = "Add the documents of an index built elsewhere (a shard; repeatable); its ids replace the same ids here.", Arity = ArgumentArity.OneOrMore };
        var verbose = new Option<bool>("--verbose") { Description = "Print a line on standard output after each commit." };
        var commitEvery = new Option<int>("--commit-every") { Description = "Commit after every N documents (and at the end).", DefaultValueFactory = _ => DefaultCommitEvery };
        var command = new Command("index", "Build or update a full-text index; indexing a document again replaces it.") { index, delete, commitEvery, verbose, merge };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            try
            {
                return Execute(parse, input, index, delete, commitEvery, verbose, merge, io);
            }
            catch (IOException e) when (e.Message.Contains("open for writing by another process", StringComparison.Ordinal))
            {
                io.Error.WriteLine($"error: {e.Message}");
                return Program.SomeInputFailed;
            }
        });
        return command;
    }

    private static int Execute(ParseResult parse, InputOptions input, Option<string> index, Option<string[]> delete, Option<int> commitEvery, Option<bool> verbose, Option<string[]> merge, HostIO io)
    {
        {
            string dir = parse.GetValue(index)!;
            int every = parse.GetValue(commitEvery);
            if (every < 1) throw new UsageException("--commit-every must be at least 1");
            string[] ids = parse.GetValue(delete) ?? [];
            bool inputGiven = parse.CommandResult.Children.Any(c =>
                c is ArgumentResult { Tokens.Count: > 0 } || c is OptionResult { Option.Name: "--lines" });
            int missing = 0;
            if (ids.Length > 0)
            {
                missing = Delete(ids, dir, io.Error);
                io.Out.WriteLine($"deleted {ids.Length - missing} document(s) from {dir}; {missing} not found");
                if (!inputGiven) return missing == 0 ? Program.Ok : Program.SomeInputFailed;
            }
            string[] shards = parse.GetValue(merge) ?? [];
            if (shards.Length > 0)
            {
                try
                {
                    using var writer = new PassageIndexWriter(dir);
                    writer.Merge(shards);
                    writer.Commit();
                }
                catch (DirectoryNotFoundException e)
                {
                    io.Error.WriteLine($"error: {e.Message}");
                    return Program.SomeInputFailed;
                }
                io.Out.WriteLine($"merged {shards.Length} shard(s) into {dir}");
                if (!inputGiven) return missing == 0 ? Program.Ok : Program.SomeInputFailed;
            }
            var analyzer = input.Analyzer(parse);
            var documents = input.Documents(parse, io.In);
            var result = Run(documents, analyzer, dir, io.Error, every, commits: parse.GetValue(verbose) ? io.Out : null);
            io.Out.WriteLine($"indexed {result.Indexed} document(s) into {dir}; {result.Failed} failed");
            return result.Failed == 0 && missing == 0 ? Program.Ok : Program.SomeInputFailed;
        }
    }

    /// <summary>Documents between two commits unless --commit-every says otherwise.</summary>
    public const int DefaultCommitEvery = 1000;

    // Deletes the ids and commits; returns how many were not in the index (reported on stderr).
    private static int Delete(string[] ids, string indexDir, TextWriter stderr)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(indexDir))
        {
            try
            {
                using var searcher = new PassageSearcher(indexDir);
                foreach (var id in ids)
                    if (searcher.ContainsDocument(id)) present.Add(id);
            }
            catch (DirectoryNotFoundException)
            {
                // No index yet: nothing to delete.
            }
        }
        int missing = 0;
        foreach (var id in ids)
        {
            if (present.Contains(id)) continue;
            missing++;
            stderr.WriteLine($"error: {id}: not in the index {indexDir}");
        }
        if (present.Count > 0)
        {
            using var writer = new PassageIndexWriter(indexDir);
            foreach (var id in present) writer.Delete(id);
            writer.Commit();
        }
        return missing;
    }

    internal readonly record struct IndexResult(int Indexed, int Failed);

    internal static IndexResult Run(IEnumerable<Input.SourceDocument> documents, TextAnalyzer analyzer, string indexDir, TextWriter stderr,
        int commitEvery = DefaultCommitEvery, List<Records.DocumentRecord>? collect = null, TextWriter? commits = null)
    {
        int indexed = 0, failed = 0;
        using (var writer = new PassageIndexWriter(indexDir))
        {
            // Each worker indexes the document it has just analysed (the writer is thread-safe and builds a segment
            // per thread); here, in input order, the counting, the reporting and the commits, which the gate keeps
            // exact: a commit holds the documents up to its count, none after.
            var gate = new CommitGate(commitEvery);
            long consumed = 0;
            // At the end of the input, each worker writes out the segment it buffered, in parallel with the others,
            // rather than leaving them all to the last commit, which writes on one thread.
            using var results = Common.Analyze(documents, analyzer, stderr, r =>
            {
                gate.WaitFor(r.Position);
                writer.Index(r.Document.Id, r.Document.Text!, r.Record);
            }, writer.FinishThread).GetEnumerator();
            try
            {
                while (results.MoveNext())
                {
                    var (document, record) = results.Current;
                    consumed++;
                    // Records are kept only when the caller asks (the main job's summary): the index command streams.
                    collect?.Add(record);
                    if (record.Error is not null || document.Text is null)
                    {
                        failed++;
                        Common.ReportFailure(stderr, record);
                    }
                    else if (++indexed % commitEvery == 0)
                    {
                        writer.Commit();
                        if (commits is not null)
                        {
                            TerminalProgress.Current?.ClearLine();
                            commits.WriteLine($"committed {indexed} document(s)");
                            commits.Flush();
                        }
                    }
                    gate.Advance(CommitGate.Limit(consumed, indexed, (indexed / commitEvery + 1) * (long)commitEvery));
                }
            }
            finally
            {
                // Stopping the pipeline (at the end, or on an error) waits for its workers: none may stay at the gate.
                gate.Open();
            }
            writer.Commit();
            commits?.WriteLine($"committed {indexed} document(s)");
        }
        return new IndexResult(indexed, failed);
    }
}
