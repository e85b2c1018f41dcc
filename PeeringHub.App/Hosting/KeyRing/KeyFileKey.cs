using System.Security.Cryptography;

namespace PeeringHub.App.Hosting.KeyRing;

/// <summary>The 256-bit key read from <see cref="KeyRingOptions.KeyFile"/>.</summary>
public sealed class KeyFileKey
{
    public KeyFileKey(string path)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"PeeringHub:DataProtection:KeyFile: {path} does not exist.");
        byte[] bytes;
        try { bytes = Convert.FromBase64String(File.ReadAllText(path).Trim()); }
        catch (FormatException) { throw new InvalidOperationException($"PeeringHub:DataProtection:KeyFile: {path} is not base64 (make it with: openssl rand -base64 32)."); }
        if (bytes.Length != 32) throw new InvalidOperationException($"PeeringHub:DataProtection:KeyFile: {path} holds {bytes.Length} bytes; it must hold 32 (openssl rand -base64 32).");
        Bytes = bytes;
        Path = path;
    }

    public string Path { get; }
    public byte[] Bytes { get; }

    /// <summary>Whether users other than the owner may read the file (worth a warning: the key ring is only as safe as this file).</summary>
    public bool IsReadableByOthers => !OperatingSystem.IsWindows() &&
        (File.GetUnixFileMode(Path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0;

    public static byte[] Seal(byte[] key, byte[] plaintext)
    {
        var sealedBytes = new byte[12 + 16 + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16));
        return sealedBytes;
    }

    public static byte[] Open(byte[] key, byte[] sealedBytes)
    {
        if (sealedBytes.Length < 28) throw new CryptographicException("The encrypted key is too short.");
        var plaintext = new byte[sealedBytes.Length - 28];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16), plaintext);
        return plaintext;
    }
}
