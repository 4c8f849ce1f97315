using System.Text.Encodings.Web;
using System.Text.Json;
using Kombo.Sim.Baseline;

var builder = WebApplication.CreateBuilder(args);

// The same wire conventions as the simulator (snake_case, nulls written, non-ASCII letters unescaped), with the
// default reflection-based metadata a minimal app gets.
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
    options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
});
var app = builder.Build();

// Built once; serialized on every request.
var page = EmployeePage.Build(100);

app.MapGet("/v1/hris/employees", () => page);
app.MapPost("/v1/hris/absences", (AbsenceBody body) => AbsenceAnswer.For(body));
app.Run();
