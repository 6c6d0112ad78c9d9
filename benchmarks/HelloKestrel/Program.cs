// A bare Kestrel hello-world: the ceiling the load test sets Minsheng's public endpoints beside.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "Hello World!");
app.Run();
