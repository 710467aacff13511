namespace ClrGraph.Tests.Support;

/// <summary>Where things are: the repository, the test fixtures, and ../shared when it is present.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "ClrGraph.Tests", "Fixtures");

    public static string Golden => Path.Combine(Root, "tests", "ClrGraph.Tests", "Golden");

    public static string Taxonomy => Path.Combine(Root, "taxonomy", "taxonomy.yaml");

    public static string Output => Path.Combine(Root, "output");

    /// <summary>../shared beside the repository, or null when it is not there.</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>../shared, or a skip with the reason (a failure when CI=true, where it is always beside the
    /// repository).</summary>
    public static string RequireShared()
    {
        if (Shared is { } shared)
        {
            return shared;
        }

        const string reason = "../shared is not beside the repository";
        if (Programs.InCi)
        {
            Assert.Fail(reason + ": CI runs with it");
        }

        Assert.Skip(reason);
        return "";
    }

    public static string Fixture(string name) => Path.Combine(Fixtures, name, "taxonomy.yaml");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ClrGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ClrGraph.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder, removed when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            "clrgraph-test-" + Guid.NewGuid().ToString("N")[..10]
        );
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFileSystemEntries(Path, "*", SearchOption.AllDirectories))
            {
                System.IO.File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
