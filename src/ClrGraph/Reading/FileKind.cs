using System.Runtime.InteropServices;
using System.Text;

namespace ClrGraph.Reading;

/// <summary>What a path names, found without opening it: opening a FIFO for reading waits for a writer, and a
/// device such as <c>/dev/zero</c> never ends.</summary>
internal enum FileKind
{
    Missing, // or something that cannot be looked at
    Regular, // the only kind read
    Folder,
    Pipe,
    Device, // a character or block device
    Socket,
}

/// <summary>Finds the <see cref="FileKind"/> of a path, following symbolic links.</summary>
internal static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Folder;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        if (OperatingSystem.IsWindows())
        {
            return FileKind.Regular;
        }

        // The BCL does not tell the file type; .NET's own native shim does, with the same constants on every Unix.
        var status = new byte[256]; // struct FileStatus { int Flags; int Mode; … } is about 130 bytes
        if (NativeMethods.Stat(Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            0x1000 => FileKind.Pipe,
            0x2000 or 0x6000 => FileKind.Device,
            0xC000 => FileKind.Socket,
            _ => FileKind.Missing,
        };
    }

    /// <summary>The kind as a message names it: "a named pipe (FIFO)".</summary>
    public static string Describe(FileKind kind) =>
        kind switch
        {
            FileKind.Folder => "a folder",
            FileKind.Pipe => "a named pipe (FIFO)",
            FileKind.Device => "a device",
            FileKind.Socket => "a socket",
            FileKind.Regular => "a file",
            _ => "nothing",
        };

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat(byte[] utf8Path, byte[] output);
    }
}
