using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Tests.Routers.Bird;

/// <summary>BIRD admin batches on the gate's serve channel: which commands travel there, and how its framed reply is read.
/// The framing is the gate's own (see GateServeScriptTests, which runs the script).</summary>
public sealed class GateServeDialectTests
{
    private static readonly GateServeDialect Dialect = new();

    [Fact]
    public void AdminBatch_IsOneRequest_NamesOnTheLine_MessageOnTheNext()
    {
        var script = Dialect.ScriptFor(new RouterCommand(["admin", "down", "p001_v4", "p002_v6"], "planned maintenance\n", ReadOnly: false))!;

        var step = Assert.Single(script.Steps);
        Assert.Equal(["admin down p001_v4 p002_v6", "planned maintenance"], step.Lines);
        Assert.Equal("7 admin down p001_v4 p002_v6\nplanned maintenance\n", Dialect.Request(string.Join('\n', step.Lines), 7));
    }

    public static TheoryData<RouterCommand> OwnCommands => new()
    {
        new(["admin", "down", "p001_v4"], "\n", ReadOnly: true), // not a change
        new(["birdc", "show", "protocols"], null, ReadOnly: false), // not admin
        new(["admin", "sideways", "p001_v4"], "\n", ReadOnly: false),
        new(["admin", "down"], "\n", ReadOnly: false), // no session
        new(["admin", "down", "p001;reboot"], "\n", ReadOnly: false), // a name the gate would refuse: it refuses it as a command
        new(["admin", "down", "p 1"], "\n", ReadOnly: false),
        new(["admin", "down", "p001_v4"], "first line\nsecond line\n", ReadOnly: false), // the request would take the second line for the next request
        new(["put-conf"], "%%% p001_v4\n", ReadOnly: false),
    };

    [Theory]
    [MemberData(nameof(OwnCommands))]
    public void EverythingElse_RunsAsACommandOfItsOwn(RouterCommand command) => Assert.Null(Dialect.ScriptFor(command));

    [Fact]
    public void Reply_StdoutStderrAndExit_KeptApart()
    {
        const string output = "ok p001_v4\nmissing p009_v4\n%%% birdcl\nbird> disable p001_v4\np001_v4: disabled\nbird> \n\n%%%!\nsed: warning\n%%%. 3 0\n";

        var reply = Dialect.TryReply(output, 3)!;

        Assert.Equal(0, reply.ExitCode);
        Assert.Equal("ok p001_v4\nmissing p009_v4\n%%% birdcl\nbird> disable p001_v4\np001_v4: disabled\nbird> \n", reply.Stdout);
        Assert.Equal("sed: warning\n", reply.Stderr);
    }

    [Fact]
    public void Reply_GateRefusal_IsItsExitCodeAndStderr()
    {
        var reply = Dialect.TryReply("\n%%%!\ngate: bad shutdown message\n%%%. 4 2\n", 4)!;

        Assert.Equal(2, reply.ExitCode);
        Assert.Equal("", reply.Stdout);
        Assert.Equal("gate: bad shutdown message", reply.ErrorText);
    }

    [Theory]
    [InlineData("ok p001_v4\n%%% birdcl\n")] // still running
    [InlineData("ok p001_v4\n\n%%%!\n%%%. 5 0")] // end line not whole yet
    [InlineData("ok p001_v4\n\n%%%!\n%%%. 15 0\n")] // another request's end
    [InlineData("ok p001_v4 %%%. 5 0\n")] // not at a line start
    public void Reply_NotComplete_UntilItsOwnEndLine(string output) => Assert.Null(Dialect.TryReply(output, 5));

    [Fact]
    public void Greeting_EndsTheOpeningRequest() => Assert.NotNull(Dialect.TryReply("%%%. 0 0\n", 0));

    [Theory]
    [InlineData("ok p001_v4\n%%%. 6 zero\n")]
    [InlineData("ok p001_v4\n%%%. 6 0\n")] // no stderr line: not the gate's framing
    public void Reply_Garbled_IsAParseError(string output) => Assert.Throws<RouterParseException>(() => Dialect.TryReply(output, 6));
}
