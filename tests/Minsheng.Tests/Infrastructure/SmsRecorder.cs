using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Minsheng.Tests.Infrastructure;

/// <summary>Reads the development SMS sender's log lines, as a developer would: each message with its phone.</summary>
public sealed class SmsRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Phone, string Text)> _messages = new();

    public IReadOnlyList<string> To(string phone) => _messages.Where(m => m.Phone == phone).Select(m => m.Text).ToList();

    public ILogger CreateLogger(string categoryName) =>
        categoryName == "Minsheng.Residents.LoggingSmsSender" ? new Recorder(_messages) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose() { }

    private sealed class Recorder(ConcurrentQueue<(string, string)> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is not IReadOnlyList<KeyValuePair<string, object?>> fields) return;
            var phone = fields.FirstOrDefault(f => f.Key == "Phone").Value?.ToString();
            var text = fields.FirstOrDefault(f => f.Key == "Text").Value?.ToString();
            if (phone is not null && text is not null) messages.Enqueue((phone, text));
        }
    }
}
