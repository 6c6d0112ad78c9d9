using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Minsheng.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no client address; a request's X-Test-Client-Address header gives it one, so that
/// tests of what is counted per address can act from several.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address)) context.Connection.RemoteIpAddress = address;
            await nextMiddleware(context);
        });
        next(app);
    };
}
