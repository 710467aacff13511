using ClrGraph.Export;
using ClrGraph.Pipeline;
using ClrGraph.Tests.Support;
using CsCheck;

namespace ClrGraph.Tests.EndToEnd;

/// <summary>A file whose new content equals the file in place is left alone, timestamp and all; any other is replaced
/// whole.</summary>
public class UnchangedFilesTests
{
    private static readonly DateTime Old = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // Written in pieces, as the exporters write: a piece may straddle the writer's internal blocks.
    private static OutputFile Content(string name, byte[] content, int piece = 5000) =>
        new(
            name,
            Phase.WriteCsv,
            s =>
            {
                for (var i = 0; i < content.Length; i += piece)
                {
                    s.Write(content, i, Math.Min(piece, content.Length - i));
                }
            }
        );

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    // A file an earlier run wrote: in place, and named by the manifest.
    private static string InPlace(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, Old);
        File.AppendAllText(Path.Combine(folder, OutputManifest.FileName), name + "\n");
        return path;
    }

    [Fact]
    public void Same_content_is_left_alone_and_anything_else_replaces_the_file()
    {
        using var temp = new TempFolder();
        var big = Random(300_000, seed: 1);
        var changedLate = (byte[])big.Clone();
        changedLate[250_000] ^= 1; // in the last block: only the comparison at the end can tell
        var same = InPlace(temp.Path, "same.csv", big);
        var changed = InPlace(temp.Path, "changed.csv", big);
        var longer = InPlace(temp.Path, "longer.csv", "abc"u8.ToArray());
        var shorter = InPlace(temp.Path, "shorter.csv", "abcdef"u8.ToArray());

        var unchanged = OutputFolder
            .Write(
                temp.Path,
                [
                    Content("same.csv", big),
                    Content("changed.csv", changedLate),
                    Content("longer.csv", "abcd"u8.ToArray()),
                    Content("shorter.csv", "abc"u8.ToArray()),
                    Content("new.csv", "new"u8.ToArray()),
                ],
                cancel: TestContext.Current.CancellationToken
            )
            .Unchanged;

        Assert.Equal(1, unchanged);
        Assert.Equal(Old, File.GetLastWriteTimeUtc(same));
        Assert.Equal(big, File.ReadAllBytes(same));
        foreach (
            var (path, content) in new[]
            {
                (changed, changedLate),
                (longer, "abcd"u8.ToArray()),
                (shorter, "abc"u8.ToArray()),
            }
        )
        {
            Assert.NotEqual(Old, File.GetLastWriteTimeUtc(path));
            Assert.Equal(content, File.ReadAllBytes(path));
        }

        Assert.Equal("new"u8.ToArray(), File.ReadAllBytes(temp.File("new.csv")));
        Assert.DoesNotContain(
            Directory.GetFiles(temp.Path),
            f => Path.GetFileName(f).StartsWith(".clrgraph.", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Large_file_in_place_is_compared_too_and_left_alone_when_equal()
    {
        using var temp = new TempFolder();
        var huge = Random(17 << 20, seed: 2); // larger than any block or buffer on the way
        var path = InPlace(temp.Path, "nodes.csv", huge);

        var unchanged = OutputFolder
            .Write(
                temp.Path,
                [Content("nodes.csv", huge, piece: 1 << 20)],
                cancel: TestContext.Current.CancellationToken
            )
            .Unchanged;

        Assert.Equal(1, unchanged);
        Assert.Equal(Old, File.GetLastWriteTimeUtc(path));
        Assert.Equal(huge, File.ReadAllBytes(path));
    }

    [Fact]
    public void Any_old_and_new_content_ends_as_the_new_content_and_untouched_exactly_when_equal()
    {
        // New content: the old one, the old one with a byte flipped, cut or extended, or anything; sizes around the
        // 64 KiB blocks the writer keeps.
        var pairs = Gen
            .Byte.Array[0, 140_000]
            .SelectMany(old =>
                Gen.OneOf(
                        Gen.Const(old),
                        Gen.Int[0, Math.Max(0, old.Length - 1)]
                            .Select(at =>
                            {
                                var copy = (byte[])old.Clone();
                                if (copy.Length > 0)
                                {
                                    copy[at] ^= 0x80;
                                }

                                return copy;
                            }),
                        Gen.Int[0, old.Length].Select(length => old[..length]),
                        Gen.Byte.Array[1, 3].Select(tail => old.Concat(tail).ToArray()),
                        Gen.Byte.Array[0, 140_000]
                    )
                    .Select(updated => (Old: old, New: updated))
            );
        var piece = Gen.Int[1, 70_000];

        pairs
            .Select(piece)
            .Sample(
                (pair, size) =>
                {
                    using var temp = new TempFolder();
                    var path = InPlace(temp.Path, "edges.csv", pair.Old);

                    var unchanged = OutputFolder
                        .Write(
                            temp.Path,
                            [Content("edges.csv", pair.New, size)],
                            cancel: TestContext.Current.CancellationToken
                        )
                        .Unchanged;

                    var equal = pair.Old.AsSpan().SequenceEqual(pair.New);
                    Assert.Equal(equal ? 1 : 0, unchanged);
                    Assert.Equal(equal, File.GetLastWriteTimeUtc(path) == Old);
                    Assert.Equal(pair.New, File.ReadAllBytes(path));
                    Assert.Equal(2, Directory.GetFiles(temp.Path).Length); // the file and the manifest
                },
                iter: 300
            );
    }
}
