using System.Text;

namespace ClrGraph.Tests.Support;

/// <summary>Golden files: compares output with the expected file; with UPDATE_GOLDEN=1 rewrites the expected file
/// instead.</summary>
internal static class Golden
{
    public static void Match(string name, byte[] actual)
    {
        var path = Path.Combine(Repo.Golden, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }

        Assert.True(
            File.Exists(path),
            $"golden file {name} is missing; run the tests with UPDATE_GOLDEN=1 to create it"
        );
        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
            var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
            var line = 0;
            while (
                line < Math.Min(expectedLines.Length, actualLines.Length) && expectedLines[line] == actualLines[line]
            )
            {
                line++;
            }

            Assert.Fail(
                $"{name} differs from the golden file at line {line + 1}:\n  expected: {Get(expectedLines, line)}\n  "
                    + $"actual:   {Get(actualLines, line)}\n(UPDATE_GOLDEN=1 rewrites it if the change is intended)"
            );
        }
    }

    private static string Get(string[] lines, int index) => index < lines.Length ? lines[index] : "<end of file>";
}
