using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public class ReportingUnderOnesOwnName
{
    [Theory, BothProviders]
    public async Task A_submitter_named_in_the_body_is_ignored_and_the_history_shows_the_signed_in_account(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var education = await app.ClientAsAsync(Roles.Reporter, "市教育局");
        var me = (await education.GetFromJsonAsync<AccountResponse>("/api/account/me"))!.UserName;

        await Expect.Status(HttpStatusCode.OK, await education.PostAsJsonAsync($"/api/plans/{planId}/reports",
            new SubmitMonthRequest("2023-07", SubmittedBy: "市长", Indicators: [new IndicatorFigure("01-01-1", 4)]), MinshengApp.Json));

        var rows = await app.GetJsonAsync($"/api/plans/{planId}/reports?indicator=01-01-1&period=2023-07");
        var history = (await app.GetJsonAsync($"/api/plans/{planId}/indicators/01-01-1?asOf=2023-07-31")).GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("period").GetString() == "2023-07").ToList();
        Assert.Equal([me], rows.EnumerateArray().Select(r => r.GetProperty("submittedBy").GetString()));
        Assert.NotEmpty(history);
        Assert.All(history, h => Assert.Equal(me, h.GetProperty("submittedBy").GetString()));
        Assert.DoesNotContain("市长", JsonSerializer.Serialize(history));
        Assert.Equal(me, app.WithDb(db => db.IndicatorReports.OrderBy(r => r.Id).Last().SubmittedBy));
    }
}
