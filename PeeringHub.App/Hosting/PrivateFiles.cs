namespace PeeringHub.App.Hosting;

/// <summary>
/// Files only the app's own user may read (0600) in folders only it may enter (0700): the database holds encrypted secrets and
/// password hashes, the key ring the keys that decrypt them. No-ops where Unix modes do not exist.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder as 0700; an existing folder is left as the admin made it (it may be shared on purpose).</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else if (!Directory.Exists(path)) Directory.CreateDirectory(path, FolderMode);
    }

    /// <summary>Makes an existing file 0600, or creates it empty as 0600 so whatever opens it next keeps that mode.</summary>
    public static void Restrict(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        if (!File.Exists(path))
        {
            using (new FileStream(path, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode })) { }
            return;
        }
        if (File.GetUnixFileMode(path) != FileMode) File.SetUnixFileMode(path, FileMode);
    }

    /// <summary>Writes a whole file as 0600 through a temporary file and a rename, so a reader never sees half of it.</summary>
    public static void WriteAllText(string path, string text)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        using (var writer = new StreamWriter(new FileStream(temp, options))) writer.Write(text);
        File.Move(temp, path, overwrite: false);
    }
}
