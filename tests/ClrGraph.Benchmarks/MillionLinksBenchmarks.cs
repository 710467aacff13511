using System.Text;
using BenchmarkDotNet.Attributes;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;

namespace ClrGraph.Benchmarks;

/// <summary>A reading list of a million links, read completely (was a unit test of over half a minute; the test
/// now reads 10,000).</summary>
[MemoryDiagnoser]
public class MillionLinksBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder(24 * 1_000_000);
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append("- [p").Append(i).Append("](https://a.example/").Append(i).Append(")\n");
        }

        _text = text.ToString();
        var list = ReadingListReader.Parse(_text, "million.md", new DiagnosticBag());
        if (list.Posts.Length != 1_000_000)
        {
            throw new InvalidOperationException($"read {list.Posts.Length} links of a million");
        }
    }

    [Benchmark]
    public int Read() => ReadingListReader.Parse(_text, "million.md", new DiagnosticBag()).Posts.Length;
}
