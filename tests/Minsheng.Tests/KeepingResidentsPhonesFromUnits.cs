using System.Net;
using System.Net.Http.Json;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>A resident's phone and unmoderated words stay with the office, and even there the phone is masked.</summary>
public class KeepingResidentsPhonesFromUnits
{
    private const string Phone = "13912345678";

    [Theory, BothProviders]
    public async Task The_lead_units_answer_shows_no_phone_and_pending_feedback_is_not_answered_by_a_unit(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);
        await Expect.Status(HttpStatusCode.Created, await resident.PostAsJsonAsync($"/api/public/plans/{planId}/projects/01-01/feedback",
            new { phone = Phone, code, kind = "comment", rating = 2, text = "尚未审核的留言" }));
        var id = app.WithDb(db => db.Feedback.Single().Id);
        var leadUnit = await app.ClientAsAsync(Roles.Reporter, "市教育局");

        var pending = await leadUnit.PostAsJsonAsync($"/api/plans/{planId}/feedback/{id}/answer", new { answer = "已收到" });
        var pendingBody = await pending.Content.ReadAsStringAsync();
        var queue = await app.GetTextAsync($"/api/plans/{planId}/feedback?state=pending");
        var page = await app.GetTextAsync($"/feedback?plan={planId}");
        await Expect.Status(HttpStatusCode.OK, await (await app.AdminAsync()).PostAsync($"/api/plans/{planId}/feedback/{id}/approve", null));
        var answered = await leadUnit.PostAsJsonAsync($"/api/plans/{planId}/feedback/{id}/answer", new { answer = "预计9月投用" });
        var answeredBody = await answered.Content.ReadAsStringAsync();

        await Expect.Status(HttpStatusCode.Conflict, pending);
        Assert.DoesNotContain("尚未审核的留言", pendingBody);
        Assert.Contains("审核", pendingBody);
        await Expect.Status(HttpStatusCode.OK, answered);
        Assert.Contains("预计9月投用", answeredBody);
        foreach (var body in new[] { pendingBody, answeredBody })
        {
            Assert.DoesNotContain("5678", body);
            Assert.DoesNotContain("phone", body, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("139****5678", queue);
        Assert.DoesNotContain(Phone, queue);
        Assert.Contains("139****5678", page);
        Assert.DoesNotContain(Phone, page);
        Assert.Null(app.WithDb(db => db.Feedback.Single().Answer is { } a && a == "已收到" ? a : null));
    }
}
