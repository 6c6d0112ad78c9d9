namespace Minsheng.Residents;

/// <summary>
/// Text messages to residents' phones: verification codes, and news of the projects they follow. The
/// city's SMS gateway implements it in production; an interface because that gateway differs by city.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}

/// <summary>The development sender: writes each message to the log, where a developer (or a test) reads the code.</summary>
public sealed class LoggingSmsSender(ILogger<LoggingSmsSender> logger) : ISmsSender
{
    public Task SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        logger.LogInformation("SMS to {Phone}: {Text}", phone, text);
        return Task.CompletedTask;
    }
}
