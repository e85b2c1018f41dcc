using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace PeeringHub.App.Hosting.KeyRing;

/// <summary>Encrypts each Data Protection key with AES-256-GCM under the admin's key file.</summary>
public sealed class KeyFileXmlEncryptor(KeyFileKey key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var sealedBytes = KeyFileKey.Seal(key.Bytes, Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting)));
        var element = new XElement("encryptedKey",
            new XComment(" Encrypted with AES-256-GCM under the key file named in PeeringHub:DataProtection:KeyFile. "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(KeyFileXmlDecryptor));
    }
}

/// <summary>Created by Data Protection (by type name from the key's XML) with the app's services.</summary>
public sealed class KeyFileXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = services.GetService(typeof(KeyFileKey)) as KeyFileKey
                  ?? throw new InvalidOperationException("This Data Protection key was encrypted with a key file, but PeeringHub:DataProtection:KeyFile is not set.");
        var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? "");
        return XElement.Parse(Encoding.UTF8.GetString(KeyFileKey.Open(key.Bytes, sealedBytes)));
    }
}
