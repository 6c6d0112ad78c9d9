using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Data;
using Minsheng.Shared;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// The call for suggestions (项目征集): the office opens it for next year, residents suggest from a verified phone
/// while it is open, the staff enter what the hotline and the deputies bring, and the office finds the near-duplicates.
/// </summary>
public class CallingForSuggestions
{
    private const string Phone = "13912345678";
    private static DateOnly Today => ChinaTime.DateOf(DateTimeOffset.UtcNow);

    private static async Task<int> OpenCallAsync(HttpClient office, DateOnly opensOn, DateOnly closesOn)
    {
        var response = await office.PutAsJsonAsync("/api/suggestion-calls/2027", new { region = "连云港市", opensOn, closesOn });
        await Expect.Status(HttpStatusCode.OK, response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Theory, BothProviders]
    public async Task Residents_and_other_channels_suggest_and_the_office_finds_the_near_duplicates(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var office = await app.AdminAsync();
        var call = await OpenCallAsync(office, Today.AddDays(-1), Today.AddDays(29));
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);

        var suggested = await resident.PostAsJsonAsync($"/api/public/suggestion-calls/{call}/suggestions", new
        {
            phone = Phone, code, need = "幸福路小学门口缺红绿灯", place = "幸福路小学", content = "建议在幸福路小学门口增设红绿灯和人行横道，方便孩子上下学",
            category = "城市交通", latitude = 34.6m, longitude = 119.2m,
        });
        var hotline = await office.PostAsJsonAsync($"/api/suggestion-calls/{call}/suggestions", new
        {
            channel = "hotline", need = "学校门口过马路危险", place = "幸福路小学", content = "幸福路小学门口没有红绿灯，孩子过马路很危险，希望增设红绿灯",
            category = "城市交通", author = "12345来电", latitude = 34.6003m, longitude = 119.2m,
        });
        var deputy = await office.PostAsJsonAsync($"/api/suggestion-calls/{call}/suggestions", new
        {
            channel = "deputy", need = "老年人吃饭难", content = "新建社区老年食堂，解决老人吃饭难", category = "养老服务", author = "王代表",
        });
        var listed = await app.GetJsonAsync($"/api/suggestion-calls/{call}/suggestions");
        var duplicates = await app.GetJsonAsync($"/api/suggestion-calls/{call}/duplicates");
        var counts = await resident.GetFromJsonAsync<JsonElement>($"/api/public/suggestion-calls/{call}/counts");

        foreach (var response in new[] { suggested, hotline, deputy }) await Expect.Status(HttpStatusCode.Created, response);
        Assert.Equal(["portal", "hotline", "deputy"], listed.EnumerateArray().Select(s => s.GetProperty("channel").GetString()));
        Assert.Equal("139****5678", listed[0].GetProperty("phone").GetString());
        Assert.StartsWith("admin", listed[1].GetProperty("enteredBy").GetString());
        var group = Assert.Single(duplicates.EnumerateArray());
        Assert.Equal([listed[0].GetProperty("id").GetInt64(), listed[1].GetProperty("id").GetInt64()], group.GetProperty("suggestions").EnumerateArray().Select(i => i.GetInt64()));
        Assert.Equal(3, counts.GetProperty("total").GetInt32());
        Assert.Equal(2, counts.GetProperty("byCategory").GetProperty("城市交通").GetInt32());
        Assert.Equal(1, counts.GetProperty("byChannel").GetProperty("deputy").GetInt32());
        Assert.DoesNotContain(Phone, counts.ToString());
    }

    [Fact]
    public async Task A_resident_s_suggestion_outside_the_call_s_days_is_refused_and_nothing_is_stored()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var office = await app.AdminAsync();
        var call = await OpenCallAsync(office, Today.AddDays(-60), Today.AddDays(-1));
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);

        var late = await resident.PostAsJsonAsync($"/api/public/suggestion-calls/{call}/suggestions", new { phone = Phone, code, need = "缺红绿灯", content = "增设红绿灯" });

        await Expect.Status(HttpStatusCode.Conflict, late);
        Assert.Contains("不在征集时间内", await late.Content.ReadAsStringAsync());
        Assert.Equal(0, app.WithDb(db => db.Suggestions.Count()));
    }

    [Theory]
    [InlineData("""{"channel":"portal","need":"缺红绿灯","content":"增设红绿灯"}""", "channel", "请选择来源")]
    [InlineData("""{"channel":"3","need":"缺红绿灯","content":"增设红绿灯"}""", "channel", "请选择来源")]
    [InlineData("""{"channel":"hotline","content":"增设红绿灯"}""", "need", "请填写需求")]
    [InlineData("""{"channel":"hotline","need":"缺红绿灯","content":"增设红绿灯","latitude":34.6}""", "latitude", "须同时有纬度和经度")]
    [InlineData("""{"channel":"letter","need":"缺红绿灯","content":"增设红绿灯","latitude":340,"longitude":119}""", "latitude", "纬度应在 -90 到 90 之间")]
    public async Task A_suggestion_with_a_wrong_field_is_refused_naming_it_and_nothing_is_stored(string body, string field, string message)
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var office = await app.AdminAsync();
        var call = await OpenCallAsync(office, Today, Today.AddDays(10));

        var refused = await office.PostAsync($"/api/suggestion-calls/{call}/suggestions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await Expect.Status(HttpStatusCode.BadRequest, refused);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(0, app.WithDb(db => db.Suggestions.Count()));
    }

    [Fact]
    public async Task A_call_closing_before_it_opens_is_refused()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var office = await app.AdminAsync();

        var refused = await office.PutAsJsonAsync("/api/suggestion-calls/2027", new { region = "连云港市", opensOn = Today, closesOn = Today.AddDays(-1) });

        await Expect.Status(HttpStatusCode.BadRequest, refused);
        Assert.Contains("截止日期不能早于开始日期", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, app.WithDb(db => db.SuggestionCalls.Count()));
    }
}
