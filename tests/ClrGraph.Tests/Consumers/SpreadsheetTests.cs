using System.Text;
using ClrGraph.Export;
using ClrGraph.Tests.Support;
using CsvHelper;

namespace ClrGraph.Tests.Consumers;

/// <summary>LibreOffice Calc opens the CSV tables (headless, read into cells and written out again) and every value
/// comes through unchanged.</summary>
public class SpreadsheetTests(CalcRoundTrip calc) : IClassFixture<CalcRoundTrip>
{
    public static TheoryData<string> Inputs => [.. CalcRoundTrip.Inputs];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void LibreOffice_calc_reads_coverage_and_nodes_unchanged(string input)
    {
        var soffice = Programs.Require("soffice", "libreoffice-calc-nogui");
        var (files, back) = calc.Run(soffice);

        foreach (var name in CalcRoundTrip.Names)
        {
            var file = input + "." + name;
            Assert.True(back.ContainsKey(file), $"LibreOffice wrote no {file}");
            var expected = Cells(files[file]);
            var actual = Cells(back[file]);
            Assert.Equal(expected.Count, actual.Count);
            for (var row = 0; row < expected.Count; row++)
            {
                Assert.Equal(expected[row], actual[row]);
            }
        }
    }

    private static List<string[]> Cells(byte[] bytes)
    {
        using var reader = CsvReader.Create(
            new StringReader(Encoding.UTF8.GetString(bytes)),
            CsvReaderOptions.Default with
            {
                HasHeader = false,
            }
        );
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}

/// <summary>The CSV tables of every input through LibreOffice Calc in one conversion, started once for the class:
/// each start of LibreOffice takes seconds.</summary>
public sealed class CalcRoundTrip : IDisposable
{
    public static readonly string[] Inputs = ["small", "hostile", "real"];

    public static readonly string[] Names = ["coverage.csv", "nodes.csv"];

    private readonly TempFolder _temp = new();
    private readonly Lock _lock = new();
    private (Dictionary<string, byte[]> Written, Dictionary<string, byte[]> Back)? _done;

    /// <summary>What was written and what came back, by <c>INPUT.NAME</c>; converted on the first call.</summary>
    public (Dictionary<string, byte[]> Written, Dictionary<string, byte[]> Back) Run(string soffice)
    {
        lock (_lock)
        {
            return _done ??= Convert(soffice);
        }
    }

    private (Dictionary<string, byte[]>, Dictionary<string, byte[]>) Convert(string soffice)
    {
        var written = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var input in Inputs)
        {
            var result = Fixture.Load(input == "real" ? Repo.Taxonomy : Repo.Fixture(input));
            var files = Fixture.Export(result, formats: [ExportFormat.Csv]);
            foreach (var name in Names)
            {
                written[input + "." + name] = files[name];
                File.WriteAllBytes(_temp.File(input + "." + name), files[name]);
            }
        }

        // A profile of its own, so that no other LibreOffice (or test) holds the lock on it. Calc imports each CSV
        // into cells and exports the cells again: one start of LibreOffice for every file.
        var run = Programs.Run(
            soffice,
            [
                "-env:UserInstallation=file://" + _temp.File("profile"),
                "--headless",
                "--infilter=CSV:44,34,76,1",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false",
                "--outdir",
                _temp.File("back"),
                .. written.Keys.Select(_temp.File),
            ],
            timeoutSeconds: 300
        );
        Assert.True(run.ExitCode == 0, run.All);
        var back = written
            .Keys.Where(n => File.Exists(Path.Combine(_temp.File("back"), n)))
            .ToDictionary(n => n, n => File.ReadAllBytes(Path.Combine(_temp.File("back"), n)), StringComparer.Ordinal);
        return (written, back);
    }

    public void Dispose() => _temp.Dispose();
}
