using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Minsheng.Uploads;

/// <summary>Marks an endpoint or page whose multipart posts decode files (photos, workbooks, lists): they pass the upload gate.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class HeavyUploadAttribute : Attribute;

/// <summary>How many heavy uploads are processed at once, and how long another waits for its turn (Uploads:Concurrent, Uploads:WaitSeconds).</summary>
public sealed class UploadGateOptions
{
    public int Concurrent { get; set; } = 2;

    public double WaitSeconds { get; set; } = 10;
}

/// <summary>
/// At most a few heavy uploads at once, whatever arrives: each one may hold a decoded photo or a workbook's
/// document tree in memory, so eight at once must queue, not multiply the memory. One that waits too long
/// hears that the server is busy (503, with Retry-After), before its body is read.
/// </summary>
public static class UploadGate
{
    public static IServiceCollection AddUploadGate(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Uploads").Get<UploadGateOptions>() ?? new UploadGateOptions();
        services.AddSingleton(new Gate(options));
        return services;
    }

    public static IApplicationBuilder UseUploadGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsHeavyUpload(context))
        {
            await next(context);
            return;
        }
        var gate = context.RequestServices.GetRequiredService<Gate>();
        if (!await gate.Slots.WaitAsync(TimeSpan.FromSeconds(gate.Options.WaitSeconds), context.RequestAborted))
        {
            await BusyAsync(context, gate.Options);
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            gate.Slots.Release();
        }
    });

    private static bool IsHeavyUpload(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.HasFormContentType
        && context.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
        && context.GetEndpoint()?.Metadata.GetMetadata<HeavyUploadAttribute>() is not null;

    private static async Task BusyAsync(HttpContext context, UploadGateOptions options)
    {
        var retryAfter = (int)Math.Max(1, Math.Ceiling(options.WaitSeconds));
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = UploadText.Get("ServerBusy"),
            Detail = UploadText.Get("ServerBusyDetail", options.Concurrent, retryAfter),
        };
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(problem.Title);
        }
    }

    private sealed class Gate(UploadGateOptions options)
    {
        public UploadGateOptions Options { get; } = options;

        public SemaphoreSlim Slots { get; } = new(Math.Max(1, options.Concurrent));
    }
}
