using PeeringHub.App.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPeeringHub();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UsePeeringHub();
app.Run();

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
