using Microsoft.AspNetCore.DataProtection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Tests.Routers;

[Trait("Kind", "Unit")]
public class RouterTargetFactoryTests
{
    private readonly ISecretProtector _secrets = new DataProtectionSecretProtector(new EphemeralDataProtectionProvider());

    [Fact]
    public void Create_FromEntities_DecryptsSecretsInMemoryOnly()
    {
        var factory = new RouterTargetFactory(_secrets);
        var router = new Router { Id = 3, Name = "edge1", Platform = RouterPlatform.Frr, Address = "192.0.2.1", SshUser = "ph", LocalAsn = 64500,
            SshPrivateKeyProtected = _secrets.Protect("PRIVATE KEY TEXT") };
        var target = factory.Create(router);
        Assert.Equal("PRIVATE KEY TEXT", target.PrivateKey);
        Assert.DoesNotContain("PRIVATE", target.ToString());

        var session = new BgpSession { Id = 42, PeerIp = "2001:db8::7", PeerAsn = 65007, Description = "d", DesiredAdminState = AdminState.Down,
            Md5PasswordProtected = _secrets.Protect("md5pw"), MaxPrefix = 10 };
        Assert.Equal(new SessionConfig("ph_42", "2001:db8::7", 65007, null, "d", "md5pw", true, null, 10), factory.Create(session));
    }

    [Fact]
    public void Create_SecretFromOtherKeys_InvalidInputNotCrash()
    {
        var other = new DataProtectionSecretProtector(new EphemeralDataProtectionProvider());
        var router = new Router { Id = 4, Name = "edge2", SshPrivateKeyProtected = other.Protect("k") };
        var ex = Assert.Throws<RouterException>(() => new RouterTargetFactory(_secrets).Create(router));
        Assert.Equal(RouterErrorKind.InvalidInput, ex.Kind);
    }
}
