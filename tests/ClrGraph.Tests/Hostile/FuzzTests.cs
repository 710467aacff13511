using System.Text;
using ClrGraph.Diagnostics;
using ClrGraph.Pipeline;
using ClrGraph.Tests.Support;
using CsCheck;

namespace ClrGraph.Tests.Hostile;

/// <summary>
/// Mutations of the real taxonomies and reading lists (byte flips, deletions, duplicated lines, inserted brackets,
/// quotes and control characters) fed to <c>check</c> and <c>export</c>: each ends in exit 0 or 1, never in an internal
/// error, within 10 s, and a failing export leaves the output folder as it was. The cases come from a fixed seed, so
/// a run is repeatable; CLRGRAPH_FUZZ_ITERATIONS and CLRGRAPH_FUZZ_SEED explore further.
/// </summary>
public class FuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    // The folders mutated: each holds a taxonomy.yaml and the lists it names.
    private static readonly string[] Scenarios =
    [
        Path.Combine(Repo.Fixtures, "small"),
        Path.Combine(Repo.Fixtures, "hostile"),
        Path.Combine(Repo.Fixtures, "ignore"),
        Path.Combine(Repo.Fixtures, "real", "awesome-dot-net-performance"),
        Path.Combine(Repo.Fixtures, "real", "dotnet-internals-resources"),
        Path.Combine(Repo.Root, "taxonomy"),
    ];

    private static readonly string[] Tokens =
    [
        "[", "]", "{", "}", "(", ")", "\"", "'", "`", "<", ">", "\\", "\u001B", "\0", "\u0007", "\u202E", "\u0085",
        "&a ", "*a ", ": ", "- ", "\n", "\r", "\t", "#", "---\n", "](", "[x](https://", "    ", "!", "|", "%", "é",
    ];

    private static readonly Gen<Mutation> AnyMutation = Gen.Select(
        Gen.Int[0, 3],
        Gen.UInt,
        Gen.Int[1, 64],
        Gen.Int[0, Tokens.Length - 1],
        (kind, where, length, token) => new Mutation(kind, where, length, token)
    );

    private static readonly Gen<Case> AnyCase = Gen.Select(
        Gen.Int[0, Scenarios.Length - 1],
        Gen.UInt,
        AnyMutation.Array[1, 8],
        (scenario, file, mutations) => new Case(scenario, file, mutations)
    );

    [Fact]
    public async Task Check_of_mutated_input_exits_0_or_1_in_time()
    {
        foreach (var fuzz in Cases(Iterations(60)))
        {
            using var temp = new TempFolder();
            var (taxonomy, what) = Write(fuzz, temp.Path);
            LoadResult result;
            try
            {
                // The token stops a loop that checks it; this stops one that does not.
                var load = Task.Run(() => Check(taxonomy, what), TestContext.Current.CancellationToken);
                result = await load.WaitAsync(Limit + Limit, TestContext.Current.CancellationToken);
            }
            catch (TimeoutException)
            {
                Assert.Fail("check hung on " + what);
                throw;
            }

            Assert.True(
                result is LoadedGraph || result.Diagnostics.Any(d => d.Severity == Severity.Error),
                "no graph and no error on " + what
            );
        }
    }

    [Fact]
    public void Failing_export_of_mutated_input_leaves_the_output_folder_as_it_was()
    {
        foreach (var fuzz in Cases(Iterations(8), "export"))
        {
            using var temp = new TempFolder();
            var (taxonomy, what) = Write(fuzz, temp.Path);
            var output = Directory.CreateDirectory(Path.Combine(temp.Path, "out")).FullName;
            File.WriteAllText(Path.Combine(output, "nodes.csv"), "old nodes");
            File.WriteAllText(Path.Combine(output, "thesis.pdf"), "a user's file");
            var run = Programs.Clrgraph(
                ["export", "--taxonomy", taxonomy, "--out", output],
                timeoutSeconds: (int)Limit.TotalSeconds
            );
            Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode} on {what}: {run.All}");
            Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
            if (run.ExitCode == 1)
            {
                Assert.Equal(["nodes.csv", "thesis.pdf"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
                Assert.Equal("old nodes", File.ReadAllText(Path.Combine(output, "nodes.csv")));
            }
        }
    }

    // Load as 'check' does, cancelled at the limit: an exception other than the cancellation would be exit 3.
    private static LoadResult Check(string taxonomy, string what)
    {
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            return GraphPipeline.Load(new LoadRequest(taxonomy, [], Strict: false), new Phases(), limit.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"check ran over {Limit.TotalSeconds} s on {what}");
            throw;
        }
        catch (Exception e) when (e is not Xunit.Sdk.IAssertionException)
        {
            Assert.Fail($"check would exit 3 on {what}: {e}");
            throw;
        }
    }

    private static int Iterations(int standard) =>
        int.TryParse(Environment.GetEnvironmentVariable("CLRGRAPH_FUZZ_ITERATIONS"), out var n) ? n : standard;

    // The same cases on every run (the seed differs per test only), unless CLRGRAPH_FUZZ_SEED says otherwise.
    private static Case[] Cases(int count, string test = "check")
    {
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("CLRGRAPH_FUZZ_SEED"), out var s) ? s : 20261202;
        var pcg = new PCG((uint)test.Length, seed);
        return [.. Enumerable.Range(0, count).Select(i => AnyCase.Generate(pcg, null, out _))];
    }

    // Copies the case's folder into 'folder', mutates one of its files; returns the taxonomy and a description.
    private static (string Taxonomy, string What) Write(Case fuzz, string folder)
    {
        var source = Scenarios[fuzz.Scenario];
        var files = Directory
            .GetFiles(source, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var target = files[(int)(fuzz.File % (uint)files.Length)];
        foreach (var file in files)
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(copy, file == target ? Mutate(bytes, fuzz.Mutations) : bytes);
        }

        var what = $"{Path.GetRelativePath(Repo.Root, target)} with {string.Join(", ", fuzz.Mutations.AsEnumerable())}";
        return (Path.Combine(folder, "taxonomy.yaml"), what);
    }

    private static byte[] Mutate(byte[] bytes, Mutation[] mutations)
    {
        var data = new List<byte>(bytes);
        foreach (var m in mutations)
        {
            var at = data.Count == 0 ? 0 : (int)(m.Where % (uint)data.Count);
            switch (m.Kind)
            {
                case 0 when data.Count > 0: // flip bits of a byte
                    data[at] ^= (byte)((m.Length * 4) + m.Token + 1);
                    break;
                case 1: // delete a run of bytes
                    data.RemoveRange(at, Math.Min(m.Length, data.Count - at));
                    break;
                case 2 when data.Count > 0: // duplicate the line at 'at'
                    var start = data.FindLastIndex(Math.Max(at - 1, 0), b => b == '\n') + 1;
                    var end = data.FindIndex(at, b => b == '\n');
                    var line = data.GetRange(start, (end < 0 ? data.Count : end + 1) - start);
                    data.InsertRange(start, line);
                    break;
                default: // insert a bracket, quote, control character or YAML or Markdown syntax
                    data.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[m.Token]));
                    break;
            }
        }

        return [.. data];
    }

    private sealed record Mutation(int Kind, uint Where, int Length, int Token)
    {
        public override string ToString() =>
            Kind switch
            {
                0 => $"flip at {Where}",
                1 => $"delete {Length} at {Where}",
                2 => $"duplicate line at {Where}",
                _ => $"insert {SafeTextOf(Tokens[Token])} at {Where}",
            };

        private static string SafeTextOf(string token) => ClrGraph.Reading.SafeText.ForTerminal($"'{token}'");
    }

    private sealed record Case(int Scenario, uint File, Mutation[] Mutations);
}
