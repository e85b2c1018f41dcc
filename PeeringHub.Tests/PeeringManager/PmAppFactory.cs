using Microsoft.AspNetCore.Hosting;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>The shared in-process app without demo data: the peering-manager tests seed their own scenario.</summary>
public sealed class PmAppFactory : AppFactory
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("PeeringHub:SeedDemo", "false");
}
