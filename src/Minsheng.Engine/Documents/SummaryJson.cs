using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Documents;

/// <summary>The JSON of the spec's summary output: camelCase names, rates as fractions to four decimals, periods as "2023-05".</summary>
public static class SummaryJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Adds the summary's conventions to a set of options (the web host's, say).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new RoundedDecimalConverter());
        options.Converters.Add(new PeriodConverter());
        return options;
    }

    public static string Write(Summary summary) => JsonSerializer.Serialize(summary, Options);

    private sealed class RoundedDecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(Numbers.Round(value));
    }

    private sealed class PeriodConverter : JsonConverter<Period>
    {
        public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Period.TryParse(reader.GetString(), out var period) ? period : throw new JsonException("A period is a month YYYY-MM.");

        public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
