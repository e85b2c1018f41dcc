using System.Diagnostics;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Tests.Routers;

[Trait("Kind", "Unit")]
public class HostKeysTests
{
    [Fact]
    public async Task Fingerprint_SameAsSshKeygen()
    {
        var dir = Directory.CreateTempSubdirectory("phr-hk-");
        try
        {
            var key = Path.Combine(dir.FullName, "k");
            await Run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "comment here", "-f", key);
            var expected = (await Run("ssh-keygen", "-lf", key + ".pub")).Split(' ')[1];
            var line = await File.ReadAllTextAsync(key + ".pub");
            Assert.StartsWith("SHA256:", expected);
            Assert.Equal(expected, HostKeys.Fingerprint(line));
            Assert.Equal(string.Join(' ', line.Split(' ')[..2]), HostKeys.Normalize(line));
        }
        finally { dir.Delete(true); }
    }

    private static async Task<string> Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var o = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
        return o;
    }
}
