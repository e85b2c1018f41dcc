using PeeringHub.App.Components.Pages.Sessions;

namespace PeeringHub.Tests.Security;

/// <summary>Finding 10 of the security test (issue 16): the board's CSV neutralises every formula start, not only '='.</summary>
[Trait("Kind", "Unit")]
public class CsvFindingTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("+1+1")]
    [InlineData("@SUM(1,1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Finding10_CsvFormulaInjection_every_formula_start_is_neutralised(string peerName)
    {
        var csv = SessionCsv.Write([new SessionRow { RouterName = "r1", PeerName = peerName, PeerIp = "192.0.2.1" }]);
        var line = csv.Split('\n')[1];
        Assert.StartsWith("r1,0,\"'" + peerName[0], line);
    }

    [Fact]
    public void Finding10_CsvFormulaInjection_plain_values_stay_plain() =>
        Assert.StartsWith("r1,0,Example Net,192.0.2.1,", SessionCsv.Write([new SessionRow { RouterName = "r1", PeerName = "Example Net", PeerIp = "192.0.2.1" }]).Split('\n')[1]);
}
