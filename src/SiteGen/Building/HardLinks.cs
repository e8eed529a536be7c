using System.Runtime.InteropServices;

namespace SiteGen.Building;

/// <summary>
/// Puts an unchanged file of the previous output into the staging folder without copying its bytes: a hard link
/// shares the file (and so its modification time), which makes a rebuild that changes little cost little.
/// </summary>
internal static class HardLinks
{
    public static void LinkOrCopy(string existing, string path)
    {
        // Never write through a link into the previous output: a path is always replaced, not overwritten.
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        if (!OperatingSystem.IsWindows() && link(existing, path) == 0)
        {
            return;
        }

        File.Copy(existing, path);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(existing));
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SA1300, IDE1006 // the C library's name
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);
#pragma warning restore SA1300, IDE1006
}
