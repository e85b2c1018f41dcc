using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace PeeringHub.App.Hosting.KeyRing;

/// <summary>
/// The key ring as key-*.xml files, like the framework's file-system repository (same names, so tools that read the folder
/// still work), but written 0600 in a 0700 folder: the framework's files get the process umask, usually world-readable.
/// </summary>
public sealed class PrivateFileXmlRepository : IXmlRepository
{
    readonly string _folder;

    public PrivateFileXmlRepository(string folder)
    {
        _folder = folder;
        PrivateFiles.CreateFolder(folder);
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml")) PrivateFiles.Restrict(file);
    }

    public IReadOnlyCollection<XElement> GetAllElements() =>
        Directory.EnumerateFiles(_folder, "*.xml").Order(StringComparer.Ordinal).Select(f => XElement.Load(f)).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        var name = IsSafe(friendlyName) ? friendlyName : Guid.NewGuid().ToString();
        PrivateFiles.WriteAllText(Path.Combine(_folder, name + ".xml"), element.ToString());
    }

    static bool IsSafe(string name) => !string.IsNullOrEmpty(name) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
