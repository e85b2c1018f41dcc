using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Inventory;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Unit;

[Trait("Kind", "Unit")]
public class InventoryValidatorTests : IAsyncLifetime
{
    readonly TestDatabase database = new();
    int lanId;
    int routerId;
    int peerId;

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        var (_, lan, peer, router) = await Sample.InventoryAsync(db);
        (lanId, routerId, peerId) = (lan.Id, router.Id, peer.Id);
        db.Members.Add(new Member { NetworkId = peer.Id, PeeringLanId = lan.Id, Ipv4Address = "185.1.0.11" });
        db.PeerGroups.Add(new PeerGroup { RouterId = router.Id, Name = "IX" });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    async Task<Dictionary<string, string[]>> Errors<T>(T input)
    {
        await using var scope = database.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<IValidator<T>>().ValidateAsync(input);
        return result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
    }

    static RouterInput GoodRouter() => new() { Name = "edge9", Platform = "frr", Address = "192.0.2.9", SshPort = 22, SshUser = "peeringhub", SshPrivateKey = Sample.Key, LocalAsn = 64500 };

    [Fact]
    public async Task A_complete_router_is_valid() => Assert.Empty(await Errors(GoodRouter()));

    [Theory]
    [InlineData("Name", "")]
    [InlineData("Name", "edge 1")]
    [InlineData("Name", "rtr1")]              // taken
    [InlineData("Address", "999.1.1.1")]
    [InlineData("Address", "10.0.0")]
    [InlineData("Address", "host;rm -rf")]
    [InlineData("SshUser", "Root User")]
    [InlineData("Platform", "junos")]
    public async Task Router_field_errors(string field, string value)
    {
        var input = GoodRouter();
        typeof(RouterInput).GetProperty(field)!.SetValue(input, value);
        Assert.Contains(field, (await Errors(input)).Keys);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(4294967296L)]
    public async Task Router_local_asn_out_of_range(long asn)
    {
        var input = GoodRouter();
        input.LocalAsn = asn;
        Assert.Equal("ASN must be between 1 and 4294967295.", Assert.Single((await Errors(input))["LocalAsn"]));
    }

    [Fact]
    public async Task Router_port_and_key_rules()
    {
        var input = GoodRouter();
        input.SshPort = 70000;
        input.SshPrivateKey = "not a key";
        var errors = await Errors(input);
        Assert.Contains("SshPort", errors.Keys);
        Assert.Contains("SshPrivateKey", errors.Keys);
        input.SshPrivateKey = null;
        Assert.Equal("A private key or a password is required for SSH.", Assert.Single((await Errors(input))["SshPrivateKey"]));
    }

    [Fact]
    public async Task Local_transport_needs_a_socket_path_not_a_key()
    {
        var input = new RouterInput { Name = "lab", Transport = RouterTransport.Local, Address = "/run/bird/bird.ctl", LocalAsn = 64500 };
        // Off by default (security finding 7): enabled for /run/bird here.
        Assert.Equal("The Local transport is not enabled on this server (PeeringHub:LocalTransport:Enabled).", Assert.Single((await Errors(input))["Address"]));
        await using var scope = database.Scope();
        var options = Microsoft.Extensions.Options.Options.Create(new Core.Settings.PeeringHubOptions { LocalTransport = { Enabled = true, AllowedFolder = "/run/bird" } });
        var validator = new RouterInputValidator(scope.ServiceProvider.GetRequiredService<Core.Data.PeeringHubDbContext>(), options);
        Assert.True((await validator.ValidateAsync(input)).IsValid);
        input.Address = "relative/path";
        Assert.Contains("Address", (await Errors(input)).Keys);
    }

    [Theory]
    [InlineData(0L, "ASN must be between 1 and 4294967295.")]
    [InlineData(65001L, "AS65001 already exists.")]
    public async Task Network_asn_rules(long asn, string message)
    {
        Assert.Contains(message, (await Errors(new NetworkInput { Asn = asn, Name = "X" }))["Asn"]);
    }

    [Theory]
    [InlineData("IrrAsSet", "AS-FOO; disable")]
    [InlineData("PeeringEmail", "not-an-email")]
    [InlineData("Website", "javascript:alert(1)")]
    [InlineData("Name", "two\nlines")]
    public async Task Network_field_errors(string field, string value)
    {
        var input = new NetworkInput { Asn = 65099, Name = "Good" };
        typeof(NetworkInput).GetProperty(field)!.SetValue(input, value);
        Assert.Contains(field, (await Errors(input)).Keys);
    }

    [Theory]
    [InlineData("AS-EXAMPLE")]
    [InlineData("RIPE::AS-EXAMPLE")]
    [InlineData("AS65000:AS-CUSTOMERS")]
    public async Task Network_accepts_rpsl_as_sets(string asSet) =>
        Assert.Empty(await Errors(new NetworkInput { Asn = 65099, Name = "Good", IrrAsSet = asSet }));

    [Theory]
    [InlineData("Ipv4Prefix", "2001:db8::/32")]   // wrong family
    [InlineData("Ipv4Prefix", "185.2.0.1/24")]    // host bits
    [InlineData("Ipv6Prefix", "185.2.0.0/24")]
    [InlineData("Name", "LAN")]                   // taken on this exchange
    public async Task Lan_field_errors(string field, string value)
    {
        var input = new PeeringLanInput { ExchangeId = 1, Name = "LAN2", Ipv4Prefix = "185.2.0.0/24" };
        typeof(PeeringLanInput).GetProperty(field)!.SetValue(input, value);
        Assert.Contains(field, (await Errors(input)).Keys);
    }

    [Fact]
    public async Task Lan_needs_a_prefix_and_a_sane_vlan()
    {
        var errors = await Errors(new PeeringLanInput { ExchangeId = 1, Name = "LAN2", VlanId = 5000 });
        Assert.Contains("VlanId", errors.Keys);
        Assert.StartsWith("A LAN needs an IPv4 or an IPv6 prefix", Assert.Single(errors["Ipv4Prefix"]));
    }

    [Theory]
    [InlineData("Ipv4Address", "10.0.0.1", "The address is not inside the LAN's IPv4 prefix.")]
    [InlineData("Ipv4Address", "2001:7f8:ffff::5", "Enter a valid IPv4 address.")]
    [InlineData("Ipv4Address", "185.1.0.11", "Another member (AS65001) already uses this address on this LAN.")]
    [InlineData("Ipv6Address", "2001:db8::1", "The address is not inside the LAN's IPv6 prefix.")]
    public async Task Member_address_rules(string field, string value, string message)
    {
        var input = new MemberInput { NetworkId = peerId, PeeringLanId = lanId };
        typeof(MemberInput).GetProperty(field)!.SetValue(input, value);
        Assert.Contains(message, (await Errors(input))[field]);
    }

    [Fact]
    public async Task Member_in_prefix_is_valid() =>
        Assert.Empty(await Errors(new MemberInput { NetworkId = peerId, PeeringLanId = lanId, Ipv4Address = "185.1.0.12", Ipv6Address = "2001:7f8:ffff::12" }));

    [Theory]
    [InlineData("IX", "This router already has a peer group with this name.")]
    [InlineData("x\"; disable all; \"", "Name: start with a letter; use letters, digits and '_' (up to 64 characters; BIRD names cannot contain '-').")]
    [InlineData("IX-PEERS", "Name: start with a letter; use letters, digits and '_' (up to 64 characters; BIRD names cannot contain '-').")]
    public async Task Peer_group_name_rules(string name, string message) =>
        Assert.Contains(message, (await Errors(new PeerGroupInput { RouterId = routerId, Name = name }))["Name"]);
}
