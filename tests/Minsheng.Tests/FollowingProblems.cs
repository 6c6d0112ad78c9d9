using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Data;
using Minsheng.Problems;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public class FollowingProblems
{
    [Theory, BothProviders]
    public async Task A_problem_is_raised_on_a_project_and_closed_when_resolved(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();

        var raised = await client.PostAsJsonAsync($"/api/plans/{id}/problems?project=01-01",
            new RaiseProblemRequest(ProblemType.Funds, "配套资金未到位", "协调财政加快拨付", "市教育局", new DateOnly(2023, 8, 31)), MinshengApp.Json);
        await Expect.Status(HttpStatusCode.Created, raised);
        var problemId = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var open = await app.GetJsonAsync($"/api/plans/{id}/problems?status=open");
        Assert.Equal("funds", Assert.Single(open.EnumerateArray()).GetProperty("type").GetString());

        var resolved = await client.PatchAsJsonAsync($"/api/plans/{id}/problems/{problemId}", new UpdateProblemRequest(null, null, null, ProblemStatus.Resolved), MinshengApp.Json);
        await Expect.Status(HttpStatusCode.OK, resolved);
        Assert.Empty((await app.GetJsonAsync($"/api/plans/{id}/problems?status=open")).EnumerateArray());
        var closed = Assert.Single((await app.GetJsonAsync($"/api/plans/{id}/problems?project=01-01")).EnumerateArray());
        Assert.Equal("resolved", closed.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, closed.GetProperty("resolvedAt").ValueKind);
    }

    [Theory, BothProviders]
    public async Task A_problem_without_type_or_description_or_on_an_unknown_project_is_refused(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();

        var response = await client.PostAsJsonAsync($"/api/plans/{id}/problems?project=09-09", new RaiseProblemRequest(null, " ", null, null, null), MinshengApp.Json);

        await Expect.ProblemNaming("project", response);
        await Expect.ProblemNaming("type", response);
        await Expect.ProblemNaming("description", response);
        Assert.Equal(0, app.WithDb(db => db.Problems.Count()));
    }
}
