using System.Text;
using ClrGraph.Export;
using ClrGraph.Tests.Support;
using CsvHelper;

namespace ClrGraph.Tests.Consumers;

/// <summary>LibreOffice Calc opens the CSV tables (CSV → xlsx → CSV, headless) and every value comes through
/// unchanged.</summary>
public class SpreadsheetTests
{
    public static TheoryData<string> Inputs => ["small", "hostile", "real"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void LibreOffice_calc_reads_coverage_and_nodes_unchanged(string input)
    {
        var soffice = Programs.Require("soffice", "libreoffice-calc-nogui");
        using var temp = new TempFolder();
        var result = Fixture.Load(input == "real" ? Repo.Taxonomy : Repo.Fixture(input));
        var files = Fixture.Export(result, formats: [ExportFormat.Csv]);
        string[] names = ["coverage.csv", "nodes.csv"];
        foreach (var name in names)
        {
            File.WriteAllBytes(temp.File(name), files[name]);
        }

        // A profile of its own, so that no other LibreOffice (or test) holds the lock on it.
        var profile = "-env:UserInstallation=file://" + temp.File("profile");
        var toXlsx = Programs.Run(
            soffice,
            [
                profile,
                "--headless",
                "--infilter=CSV:44,34,76,1",
                "--convert-to",
                "xlsx",
                "--outdir",
                temp.File("xlsx"),
                .. names.Select(temp.File),
            ],
            timeoutSeconds: 300
        );
        Assert.True(toXlsx.ExitCode == 0, toXlsx.All);
        var toCsv = Programs.Run(
            soffice,
            [
                profile,
                "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false",
                "--outdir",
                temp.File("back"),
                .. names.Select(n => Path.Combine(temp.File("xlsx"), Path.ChangeExtension(n, ".xlsx"))),
            ],
            timeoutSeconds: 300
        );
        Assert.True(toCsv.ExitCode == 0, toCsv.All);

        foreach (var name in names)
        {
            var back = Path.Combine(temp.File("back"), name);
            Assert.True(File.Exists(back), $"LibreOffice wrote no {name}: {toCsv.All}");
            var expected = Cells(files[name]);
            var actual = Cells(File.ReadAllBytes(back));
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
