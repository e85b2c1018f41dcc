using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PeeringHub.Core.Data;

/// <summary>Used only by `dotnet ef` (through tools/PeeringHub.DbTool) to build the model for migrations.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PeeringHubDbContext>
{
    public PeeringHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PeeringHubDbContext>().UseSqlite("Data Source=design.db").Options);
}
