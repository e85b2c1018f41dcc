using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Tests.Routers.Frr;

/// <summary>Changes on FRR's live vtysh channel: which commands become scripts, and how a configuration block's reply is
/// read. The replies are vtysh 8.4's own output on stdin (captured from the lab).</summary>
public sealed class FrrLiveScriptTests
{
    private static readonly FrrLiveDialect Dialect = new();

    private static RouterCommand Vtysh(bool readOnly, params string[] commands) =>
        new(["vtysh", .. commands.SelectMany(c => new[] { "-c", c })], null, readOnly);

    [Fact]
    public void AdminBatch_IsOneConfigurationBlock_ThenEachCommandAfterEnd()
    {
        var script = Dialect.ScriptFor(Vtysh(false, "configure terminal", "router bgp 64500", "neighbor 192.0.2.11 shutdown message maintenance",
            "neighbor 192.0.2.12 shutdown", "end", "write memory", "show bgp summary json"))!;

        Assert.Equal(3, script.Steps.Count);
        Assert.True(script.Steps[0].Configuration);
        Assert.Equal(["configure terminal", "router bgp 64500", "neighbor 192.0.2.11 shutdown message maintenance", "neighbor 192.0.2.12 shutdown", "end"], script.Steps[0].Lines);
        Assert.Equal(["write memory"], script.Steps[1].Lines);
        Assert.False(script.Steps[1].Configuration);
        Assert.Equal(["show bgp summary json"], script.Steps[2].Lines);
    }

    [Fact]
    public void WriteMemoryAlone_IsOneStep()
    {
        var script = Dialect.ScriptFor(Vtysh(false, "write memory"))!;
        Assert.Equal(["write memory"], Assert.Single(script.Steps).Lines);
    }

    public static TheoryData<RouterCommand> OwnCommands => new()
    {
        Vtysh(true, "show bgp neighbors json"), // reads take the single-line path
        Vtysh(false, "configure terminal", "router bgp 64500", "neighbor 192.0.2.11 shutdown"), // no end: the shared CLI would stay in configuration mode
        Vtysh(false, "configure terminal", "router bgp 64500", "end", "configure terminal", "end"), // a second block
        Vtysh(false, "configure terminal", "router bgp 64500", "neighbor 192.0.2.11 description x\nend\nwrite terminal", "end"), // a line that is really three
        Vtysh(false, "configure terminal", "", "end"),
        new RouterCommand(["vtysh", "-c", "configure terminal", "-c"], null, false), // a -c without its command
        new RouterCommand(["vtysh", "-f", "/etc/frr/frr.conf", "-c", "end"], null, false),
        new RouterCommand(["birdc", "configure"], null, false),
        new RouterCommand(["vtysh", "-c", "write memory"], "stdin", false),
    };

    [Theory]
    [MemberData(nameof(OwnCommands))]
    public void NotScriptable_RunsAsACommandOfItsOwn(RouterCommand command) => Assert.Null(Dialect.ScriptFor(command));

    [Fact]
    public void ConfigurationBlock_Accepted_WhenVtyshOnlyEchoes()
    {
        var step = new LiveStep(["configure terminal", "router bgp 64500", "neighbor 192.0.2.11 shutdown message bench", "end"], true);
        // TryReply's body: everything after the echo of the first line, up to the sentinel's prompt line
        const string body = "vm(config)# router bgp 64500\nvm(config-router)# neighbor 192.0.2.11 shutdown message bench\nvm(config-router)# end\n";

        var r = Dialect.Interpret(step, new CommandResult(0, body, ""));

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void ConfigurationBlock_Objection_FailsTheBlock_NamingTheCommand()
    {
        var step = new LiveStep(["configure terminal", "router bgp 64500", "neighbor 192.0.2.11 shutdown", "neighbor 10.9.9.9 shutdown", "neighbor 192.0.2.12 shutdown", "end"], true);
        const string body = "vm(config)# router bgp 64500\nvm(config-router)# neighbor 192.0.2.11 shutdown\nvm(config-router)# neighbor 10.9.9.9 shutdown\n"
                            + "% Specify remote-as or peer-group commands first\nvm(config-router)# neighbor 192.0.2.12 shutdown\nvm(config-router)# end\n";

        var r = Dialect.Interpret(step, new CommandResult(0, body, ""));

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("neighbor 10.9.9.9 shutdown: % Specify remote-as or peer-group commands first", r.ErrorText);
    }

    [Fact]
    public void ConfigurationBlock_EchoOfAnotherLine_IsNotTakenForAnEcho()
    {
        // a reply line that merely ends like a later command must not advance past it
        var step = new LiveStep(["configure terminal", "router bgp 64500", "end"], true);
        const string body = "vm(config)# router bgp 64500\n% Invalid input # end\nvm(config-router)# end\n";

        var r = Dialect.Interpret(step, new CommandResult(0, body, ""));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("router bgp 64500: % Invalid input # end", r.Stdout);
    }

    [Fact]
    public void WriteMemory_WarningAboutOwnership_IsNotAFailure()
    {
        var step = new LiveStep(["write memory"], false);
        const string body = "Note: this version of vtysh never writes vtysh.conf\nBuilding Configuration...\n"
                            + "% Warning: can't chown configuration file /etc/frr/frr.conf: Operation not permitted\nIntegrated configuration saved to /etc/frr/frr.conf\n";
        var reply = Dialect.TryReply($"vm# write memory\n{body}vm# ph-end-3\n% Unknown command: ph-end-3\n", 3)!;

        var r = Dialect.Interpret(step, reply);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Integrated configuration saved", r.Stdout);
    }
}
