using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Hosting.KeyRing;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>
/// "Also found" (issue 16): the Data Protection key ring encrypted at rest with a certificate or a key file the admin names
/// (a warning at start when neither is), and the database and key files 0600.
/// </summary>
[Trait("Kind", "Http")]
public class KeyRingAtRestTests
{
    /// <summary>The app with extra settings on a data directory that holds the secret files too (deleted with it).</summary>
    sealed class KeyRingApp(Func<string, Dictionary<string, string>> settings) : AppFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            Directory.CreateDirectory(SecretsDirectory);
            foreach (var (key, value) in settings(SecretsDirectory)) builder.UseSetting(key, value);
        }

        string SecretsDirectory => DataDirectory + "-secrets";

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(SecretsDirectory)) Directory.Delete(SecretsDirectory, recursive: true);
        }

        /// <summary>Starts the app and makes it create its first key (the login page's antiforgery token needs one).</summary>
        public async Task<string> StartAndProtectAsync(string secret)
        {
            await CreateClient().GetStringAsync("/account/login");
            return Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("issue16").Protect(secret);
        }

        public string KeysFolder => Path.Combine(DataDirectory, "keys");
        public string KeyXml => File.ReadAllText(Directory.EnumerateFiles(KeysFolder, "key-*.xml").First());
    }

    /// <summary>Reads the key ring the way the app does on its next start, with the given settings.</summary>
    static string Unprotect(string keysFolder, Dictionary<string, string?> settings, string payload)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddPeeringHubDataProtection(configuration, keysFolder).BuildServiceProvider();
        return services.GetRequiredService<IDataProtectionProvider>().CreateProtector("issue16").Unprotect(payload);
    }

    static string WriteCertificate(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=PeeringHub key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "keyring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, "pfx-pass"));
        return path;
    }

    [Fact]
    public async Task AlsoFound_KeyRingAtRest_with_a_certificate_the_keys_on_disk_are_encrypted_and_need_it()
    {
        string pfx = "";
        await using var app = new KeyRingApp(dir => new()
        {
            ["PeeringHub:DataProtection:CertificatePath"] = pfx = WriteCertificate(dir),
            ["PeeringHub:DataProtection:CertificatePassword"] = "pfx-pass",
        });
        var payload = await app.StartAndProtectAsync("router-secret");

        var xml = app.KeyXml;
        Assert.Contains("EncryptedData", xml);
        Assert.DoesNotContain("unencrypted form", xml);
        Assert.DoesNotContain("<masterKey", xml);
        Assert.Null(app.Services.GetRequiredService<KeyRingStatus>().Warning);
        Assert.Equal("router-secret", Unprotect(app.KeysFolder, new() { ["PeeringHub:DataProtection:CertificatePath"] = pfx, ["PeeringHub:DataProtection:CertificatePassword"] = "pfx-pass" }, payload));
        Assert.ThrowsAny<CryptographicException>(() => Unprotect(app.KeysFolder, [], payload));
    }

    [Fact]
    public async Task AlsoFound_KeyRingAtRest_with_a_key_file_the_keys_on_disk_are_encrypted_and_need_it()
    {
        string keyFile = "";
        await using var app = new KeyRingApp(dir =>
        {
            keyFile = Path.Combine(dir, "keyring.key");
            File.WriteAllText(keyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n");
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            return new() { ["PeeringHub:DataProtection:KeyFile"] = keyFile };
        });
        var payload = await app.StartAndProtectAsync("smtp-secret");

        var xml = app.KeyXml;
        Assert.Contains("<encryptedKey", xml);
        Assert.DoesNotContain("unencrypted form", xml);
        Assert.DoesNotContain("<masterKey", xml);
        Assert.Null(app.Services.GetRequiredService<KeyRingStatus>().Warning);
        Assert.Equal("smtp-secret", Unprotect(app.KeysFolder, new() { ["PeeringHub:DataProtection:KeyFile"] = keyFile }, payload));
        Assert.ThrowsAny<CryptographicException>(() => Unprotect(app.KeysFolder, [], payload));
        var otherKey = keyFile + ".other";
        File.WriteAllText(otherKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        Assert.ThrowsAny<CryptographicException>(() => Unprotect(app.KeysFolder, new() { ["PeeringHub:DataProtection:KeyFile"] = otherKey }, payload));
    }

    [Fact]
    public async Task AlsoFound_KeyRingAtRest_without_a_certificate_or_key_file_a_start_up_warning_says_so()
    {
        await using var app = new KeyRingApp(_ => []);
        await app.StartAndProtectAsync("x");
        Assert.Contains("not encrypted at rest", app.Services.GetRequiredService<KeyRingStatus>().Warning);
        Assert.Contains("unencrypted form", app.KeyXml); // what the two tests above rule out
    }

    [Theory]
    [InlineData("not base64 at all", "is not base64")]
    [InlineData("c2hvcnQ=", "holds 5 bytes; it must hold 32")]
    public void AlsoFound_KeyRingAtRest_a_bad_key_file_is_a_clear_start_up_error(string content, string message)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, content);
            Assert.Contains(message, Assert.Throws<InvalidOperationException>(() => new KeyFileKey(path)).Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task AlsoFound_DatabaseAndKeysAre0600_the_database_and_key_files_only_the_app_user_can_read()
    {
        await using var app = new KeyRingApp(_ => []);
        await app.StartAndProtectAsync("x");
        const UnixFileMode file = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        const UnixFileMode folder = file | UnixFileMode.UserExecute;

        Assert.Equal(folder, File.GetUnixFileMode(app.DataDirectory));
        Assert.Equal(folder, File.GetUnixFileMode(app.KeysFolder));
        var db = Path.Combine(app.DataDirectory, "peeringhub.db");
        Assert.Equal(file, File.GetUnixFileMode(db));
        foreach (var extra in new[] { db + "-wal", db + "-shm" }.Where(File.Exists))
            Assert.Equal(file, File.GetUnixFileMode(extra));
        var keys = Directory.GetFiles(app.KeysFolder);
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Equal(file, File.GetUnixFileMode(k)));
    }
}
