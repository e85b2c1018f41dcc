using PeeringHub.Core.Reference.Ixf;

namespace PeeringHub.Tests.Reference.Ixf;

[Trait("Kind", "Reference")]
public class IxfExportAndUrlTests
{
    [Theory]
    [InlineData("ixf-1.0.json", "1.0")]
    [InlineData("ixf-0.7.json", "0.7")]
    [InlineData("ixf-0.6.json", "0.6")]
    public async Task Import_by_url_from_a_loopback_server(string file, string version)
    {
        await using var server = await FixtureFileServer.StartAsync(IxfHarness.Fixtures);
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();

        var r = await h.InScope<IxfImportResult, IxfImportService>(s => s.ImportFromUrlAsync(id, new Uri($"{server.BaseUrl}/{file}"), dryRun: false));

        Assert.True(r.Valid, string.Join("\n", r.Errors));
        Assert.Equal(version, r.Version);
        Assert.Equal("/" + file, Assert.Single(server.Paths));
        Assert.NotEmpty(await h.MembersAsync(id));
    }

    [Fact]
    public async Task Url_errors_are_reported_not_thrown()
    {
        await using var server = await FixtureFileServer.StartAsync(IxfHarness.Fixtures);
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();
        var missing = await h.InScope<IxfImportResult, IxfImportService>(s => s.ImportFromUrlAsync(id, new Uri($"{server.BaseUrl}/nope.json"), dryRun: true));
        Assert.Contains("HTTP 404", Assert.Single(missing.Errors));
        var file = await h.InScope<IxfImportResult, IxfImportService>(s => s.ImportFromUrlAsync(id, new Uri("file:///etc/passwd"), dryRun: true));
        Assert.Contains("only http and https", Assert.Single(file.Errors));
    }

    [Theory]
    [InlineData("ixf-1.0.json")]
    [InlineData("ixf-0.6.json")]
    public async Task Export_is_valid_1_0_and_round_trips_the_members(string source)
    {
        await using var h = new IxfHarness();
        var original = await h.NewExchangeAsync("PH-IX");
        Assert.True((await h.InScope<IxfImportResult, IxfImportService>(s => s.ImportAsync(original, IxfHarness.Fixture(source), false))).Applied);

        var json = await h.InScope<string, IxfExportService>(s => s.ExportAsync(original, ixfId: 999));

        var parsed = IxfParser.Parse(json);
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        Assert.Equal("1.0", parsed.Document!.Version);
        var copy = await h.NewExchangeAsync("PH-IX copy");
        var reimport = await h.InScope<IxfImportResult, IxfImportService>(s => s.ImportAsync(copy, json, false));
        Assert.True(reimport.Applied, string.Join("\n", reimport.Errors));
        Assert.Equal(await h.MembersAsync(original), await h.MembersAsync(copy));
        Assert.DoesNotContain(reimport.Changes, c => c.Object == "network"); // same ASNs, no new networks
    }

    [Fact]
    public async Task Export_of_an_empty_exchange_is_still_valid()
    {
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();
        var parsed = IxfParser.Parse(await h.InScope<string, IxfExportService>(s => s.ExportAsync(id)));
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        Assert.Empty(parsed.Document!.Members);
    }
}
