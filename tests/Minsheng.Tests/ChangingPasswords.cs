using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public class ChangingPasswords
{
    private const string OneTime = "Ms-OneTime-Password-1";

    /// <summary>The first administrator with a one-time password we know (the real one is printed to the console).</summary>
    private static async Task KnowTheOneTimePasswordAsync(MinshengApp app)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MinshengUser>>();
        var admin = (await users.FindByNameAsync("admin"))!;
        await users.RemovePasswordAsync(admin);
        await users.AddPasswordAsync(admin, OneTime);
    }

    [Theory, BothProviders]
    public async Task The_first_administrator_does_nothing_before_changing_the_one_time_password(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        await KnowTheOneTimePasswordAsync(app);
        using var client = app.CreateClient(MinshengApp.NoRedirects);

        var login = await (await client.PostAsJsonAsync("/api/account/login", new LoginRequest("admin", OneTime))).Content.ReadFromJsonAsync<AccountResponse>();
        var apiBefore = await client.GetAsync("/api/plans");
        var pageBefore = await client.GetAsync("/");
        var wrongCurrent = await client.PostAsJsonAsync("/api/account/password", new ChangePasswordRequest("not it", "My-own-password-7"));
        var tooShort = await client.PostAsJsonAsync("/api/account/password", new ChangePasswordRequest(OneTime, "short"));
        var changed = await client.PostAsJsonAsync("/api/account/password", new ChangePasswordRequest(OneTime, "My-own-password-7"));
        var apiAfter = await client.GetAsync("/api/plans");

        Assert.True(login!.MustChangePassword);
        await Expect.Status(HttpStatusCode.Forbidden, apiBefore);
        Assert.Equal(HttpStatusCode.Redirect, pageBefore.StatusCode);
        Assert.Equal("/account/password", pageBefore.Headers.Location?.OriginalString);
        Assert.Contains("当前密码不正确", (await Expect.ProblemNaming("newPassword", wrongCurrent)).Single());
        Assert.Contains("至少 10 位", string.Join(" ", await Expect.ProblemNaming("newPassword", tooShort)));
        await Expect.Status(HttpStatusCode.NoContent, changed);
        await Expect.Status(HttpStatusCode.OK, apiAfter);
        Assert.False(app.WithDb(db => db.Users.Single(u => u.UserName == "admin").MustChangePassword));
    }

    [Fact]
    public async Task Only_the_first_administrator_is_forced_to_change_its_password_not_the_demo_accounts()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);

        Assert.Equal(["admin"], app.WithDb(db => db.Users.Where(u => u.MustChangePassword).Select(u => u.UserName).ToList()));
    }
}
