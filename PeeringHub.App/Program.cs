var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "PeeringHub");
app.Run();

public partial class Program;
