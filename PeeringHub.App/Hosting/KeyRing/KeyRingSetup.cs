using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace PeeringHub.App.Hosting.KeyRing;

/// <summary>What protects the key ring, said once at start (a warning when nothing does).</summary>
public sealed record KeyRingStatus(string Description, string? Warning);

public static class KeyRingSetup
{
    /// <summary>
    /// Data Protection with the key ring in <paramref name="folder"/> (0600 files), encrypted with the configured certificate or
    /// key file. Without either the keys lie on disk as plain XML, protected by file modes only: allowed (a first start must
    /// work), but said in a warning at every start.
    /// </summary>
    public static IServiceCollection AddPeeringHubDataProtection(this IServiceCollection services, IConfiguration configuration, string folder)
    {
        var o = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var builder = services.AddDataProtection().SetApplicationName("PeeringHub");
        services.Configure<KeyManagementOptions>(k => k.XmlRepository = new PrivateFileXmlRepository(folder));
        KeyRingStatus status;
        if (!string.IsNullOrWhiteSpace(o.CertificatePath) && !string.IsNullOrWhiteSpace(o.KeyFile))
            throw new InvalidOperationException("PeeringHub:DataProtection: name either CertificatePath or KeyFile, not both.");
        if (!string.IsNullOrWhiteSpace(o.CertificatePath))
        {
            var certificate = LoadCertificate(o.CertificatePath, o.CertificatePassword);
            builder.ProtectKeysWithCertificate(certificate);
            status = new($"Data Protection keys are encrypted with certificate {certificate.Thumbprint} ({o.CertificatePath}).", null);
        }
        else if (!string.IsNullOrWhiteSpace(o.KeyFile))
        {
            var key = new KeyFileKey(o.KeyFile);
            services.AddSingleton(key);
            services.Configure<KeyManagementOptions>(k => k.XmlEncryptor = new KeyFileXmlEncryptor(key));
            status = new($"Data Protection keys are encrypted with the key file {o.KeyFile}.",
                key.IsReadableByOthers ? $"The Data Protection key file {o.KeyFile} is readable by other users; make it 0600 (chmod 600)." : null);
        }
        else
        {
            status = new("Data Protection keys are not encrypted at rest.",
                $"The Data Protection key ring in {folder} is not encrypted at rest (only file modes protect it): whoever can read it can decrypt " +
                "the stored router and SMTP credentials. Set PeeringHub:DataProtection:CertificatePath or PeeringHub:DataProtection:KeyFile (see README).");
        }
        services.AddSingleton(status);
        return services;
    }

    static X509Certificate2 LoadCertificate(string path, string? password)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"PeeringHub:DataProtection:CertificatePath: {path} does not exist.");
        X509Certificate2 certificate;
        try { certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet); }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException($"PeeringHub:DataProtection:CertificatePath: {path} could not be read as a PKCS#12 file with the given password: {e.Message}", e);
        }
        return certificate.HasPrivateKey ? certificate
            : throw new InvalidOperationException($"PeeringHub:DataProtection:CertificatePath: {path} has no private key; the key ring could not be decrypted with it.");
    }

    /// <summary>Logs how the key ring is protected, as a warning when it is not.</summary>
    public static void LogKeyRingStatus(this WebApplication app)
    {
        var status = app.Services.GetRequiredService<KeyRingStatus>();
        if (status.Warning is { } warning) app.Logger.LogWarning("{Warning}", warning);
        else app.Logger.LogInformation("{Status}", status.Description);
    }
}
