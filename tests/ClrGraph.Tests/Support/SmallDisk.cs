namespace ClrGraph.Tests.Support;

/// <summary>
/// A full disk: a tmpfs of <c>sizeKiB</c> (16 KiB unless told) mounted in a temporary folder, filled but for
/// <c>freeKiB</c>, and unmounted when disposed. Mounting needs root on Linux; without it, the test is skipped.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk Mount(TempFolder temp, int freeKiB = 0, int sizeKiB = 16)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.UserName == "root", "mounts a small tmpfs as root");
        var path = Directory.CreateDirectory(temp.File("disk")).FullName;
        var mount = Programs.Run("mount", ["-t", "tmpfs", "-o", $"size={sizeKiB}k", "tmpfs", path]);
        Assert.SkipUnless(mount.ExitCode == 0, "mount refused a tmpfs here: " + mount.Error);
        System.IO.File.WriteAllBytes(System.IO.Path.Combine(path, "filler"), new byte[(sizeKiB - freeKiB) * 1024]);
        return new SmallDisk(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Asserts that <paramref name="run"/> failed saying it could not write <paramref name="what"/> for want
    /// of space, with the hint to free some.</summary>
    public static void AssertReported(ProgramResult run, string what)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            $"error CG0025: cannot write {what}: No space left on device (free some space",
            run.Error,
            StringComparison.Ordinal
        );
    }

    public void Dispose() => Programs.Run("umount", ["--lazy", Path]); // even with a file left open on it
}
