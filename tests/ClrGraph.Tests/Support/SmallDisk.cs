namespace ClrGraph.Tests.Support;

/// <summary>
/// A full disk: a tmpfs of <c>sizeKiB</c> (16 KiB unless told) mounted in a temporary folder, filled but for
/// <c>freeKiB</c>, or a read-only one, and unmounted when disposed. Mounting needs root on Linux; without it, the test
/// is skipped.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk Mount(TempFolder temp, int freeKiB = 0, int sizeKiB = 16)
    {
        var disk = Mounted(temp, $"size={sizeKiB}k");
        System.IO.File.WriteAllBytes(disk.File("filler"), new byte[(sizeKiB - freeKiB) * 1024]);
        return disk;
    }

    /// <summary>An empty tmpfs mounted read-only, with a folder <c>out</c> on it.</summary>
    public static SmallDisk MountReadOnly(TempFolder temp)
    {
        var disk = Mounted(temp, "size=16k");
        Directory.CreateDirectory(disk.File("out"));
        var remount = Programs.Run("mount", ["-o", "remount,ro", disk.Path]);
        Assert.True(remount.ExitCode == 0, remount.Error);
        return disk;
    }

    private static SmallDisk Mounted(TempFolder temp, string options)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.UserName == "root", "mounts a small tmpfs as root");
        var path = Directory.CreateDirectory(temp.File("disk")).FullName;
        var mount = Programs.Run("mount", ["-t", "tmpfs", "-o", options, "tmpfs", path]);
        Assert.SkipUnless(mount.ExitCode == 0, "mount refused a tmpfs here: " + mount.Error);
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
