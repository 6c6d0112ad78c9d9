using System.Net;
using System.Net.Http.Json;
using Minsheng.Data;
using Minsheng.Problems;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// A text longer than its limit is refused naming its field, from a page's form as from the API, and never reaches
/// a column it does not fit (PostgreSQL would answer a 500 where SQLite stores it).
/// </summary>
public class KeepingTextsWithinTheirColumns
{
    [Theory, BothProviders]
    public async Task A_problem_raised_on_the_page_with_an_endless_description_is_refused_and_nothing_stored(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();

        var response = await office.PostAsync($"/plans/{id}/projects/01-01?handler=Raise", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Raise.Type"] = "Funds", ["Raise.Description"] = new string('问', 3000), ["Raise.Owner"] = new string('局', 201),
            ["__RequestVerificationToken"] = PageForm.Token(await office.GetStringAsync($"/plans/{id}/projects/01-01")),
        }));

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("最多2000个字符，收到3000个字符", page);
        Assert.Contains("最多200个字符，收到201个字符", page);
        Assert.Equal(0, app.WithDb(db => db.Problems.Count()));
    }

    [Theory, BothProviders]
    public async Task A_problem_owner_longer_than_its_column_is_refused_by_the_api_and_the_page(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        var raised = await office.PostAsJsonAsync($"/api/plans/{id}/problems?project=01-01",
            new RaiseProblemRequest(ProblemType.Funds, "配套资金未到位", null, "市财政局", null), MinshengApp.Json);
        await Expect.Status(HttpStatusCode.Created, raised);
        var problemId = app.WithDb(db => db.Problems.Single().Id);

        var byApi = await office.PatchAsJsonAsync($"/api/plans/{id}/problems/{problemId}", new UpdateProblemRequest(null, new string('局', 201), null, null), MinshengApp.Json);
        var byPage = await office.PostAsync($"/problems?handler=Update&plan={id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["problemId"] = problemId.ToString(), ["measures"] = "协调", ["owner"] = new string('局', 201),
            ["__RequestVerificationToken"] = PageForm.Token(await office.GetStringAsync($"/problems?plan={id}")),
        }));

        await Expect.ProblemNaming("owner", byApi);
        await Expect.Status(HttpStatusCode.BadRequest, byPage);
        Assert.Contains("最多200个字符", await byPage.Content.ReadAsStringAsync());
        Assert.Equal(("市财政局", (string?)null), app.WithDb(db => db.Problems.Select(p => new { p.Owner, p.Measures }).AsEnumerable().Select(p => (p.Owner, p.Measures)).Single()));
    }
}
