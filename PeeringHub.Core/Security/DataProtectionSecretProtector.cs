using Microsoft.AspNetCore.DataProtection;

namespace PeeringHub.Core.Security;

/// <summary>Secrets encrypted with ASP.NET Core Data Protection; keys persist in the app's data directory.</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    // The purpose string isolates these payloads from cookies and other protected data.
    readonly IDataProtector protector = provider.CreateProtector("PeeringHub.Secrets.v1");

    public string Protect(string plaintext) => protector.Protect(plaintext);

    public string Unprotect(string protectedValue) => protector.Unprotect(protectedValue);
}
