using System.Globalization;
using System.Text.Json;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Documents;

/// <summary>Writes the spec's fields, and the product's own under "x-minsheng" on the object they extend (<see cref="Extensions"/>).</summary>
internal static class PlanDocumentWriter
{
    public static void Write(Plan plan, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("format", PlanDocument.Format);
        json.WriteString("region", plan.Region);
        json.WriteNumber("year", plan.Year);
        json.WriteString("title", plan.Title);

        json.WriteStartObject("settings");
        json.WriteString("curve", Name(plan.Settings.Curve));
        json.WriteNumber("tolerancePoints", Numbers.Normalize(plan.Settings.TolerancePoints));
        json.WriteNumber("redPoints", Numbers.Normalize(plan.Settings.RedPoints));
        if (plan.Settings.Escalation is { } rules)
        {
            json.WriteStartObject(Extensions.Property);
            json.WriteStartArray("escalation");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteNumber("level", rule.Level);
                json.WriteString("light", rule.Light == Progress.Light.Red ? "red" : "yellow");
                json.WriteNumber("months", rule.Months);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();

        json.WriteStartArray("categories");
        foreach (var category in plan.Categories)
        {
            json.WriteStartObject();
            json.WriteString("code", category.Code);
            json.WriteString("name", category.Name);
            json.WriteStartArray("projects");
            foreach (var project in category.Projects) WriteProject(project, json);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("reports");
        foreach (var report in plan.IndicatorReports) WriteIndicatorReport(report, json);
        foreach (var report in plan.ProjectReports) WriteProjectReport(report, json);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProject(Project project, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("code", project.Code);
        json.WriteString("name", project.Name);
        WriteOptional(json, "content", project.Content);
        WriteOptional(json, "lead", project.Lead);
        WriteStrings(json, "units", project.Units);
        WriteStrings(json, "districts", project.Districts);
        if (project.Investment is { } investment) json.WriteNumber("investment", Numbers.Normalize(investment));
        if (project.Funds is { } funds)
        {
            json.WriteStartObject("funds");
            json.WriteNumber("city", Numbers.Normalize(funds.City));
            json.WriteNumber("district", Numbers.Normalize(funds.District));
            json.WriteNumber("other", Numbers.Normalize(funds.Other));
            json.WriteEndObject();
        }
        if (project.Location is { } location)
        {
            json.WriteStartObject("location");
            json.WriteNumber("lat", Numbers.Normalize(location.Lat));
            json.WriteNumber("lon", Numbers.Normalize(location.Lon));
            WriteOptional(json, "address", location.Address);
            json.WriteEndObject();
        }
        json.WriteStartArray("indicators");
        foreach (var indicator in project.Indicators) WriteIndicator(indicator, json);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIndicator(Indicator indicator, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("code", indicator.Code);
        json.WriteString("name", indicator.Name);
        json.WriteString("kind", indicator.Kind switch
        {
            IndicatorKind.Level => "level",
            IndicatorKind.Milestone => "milestone",
            _ => "quantity",
        });
        if (indicator.Kind == IndicatorKind.Milestone) WriteStrings(json, "stages", indicator.Stages);
        json.WriteNumber("target", Numbers.Normalize(indicator.Target));
        WriteOptional(json, "unit", indicator.Unit);
        json.WriteString("direction", indicator.Direction == Direction.Down ? "down" : "up");
        if (indicator.Nodes.Count > 0)
        {
            json.WriteStartObject("nodes");
            foreach (var (month, node) in indicator.Nodes.OrderBy(n => n.Key))
            {
                json.WriteNumber(month.ToString(CultureInfo.InvariantCulture), Numbers.Normalize(node));
            }
            json.WriteEndObject();
        }
        if (indicator.DistrictTargets.Count > 0)
        {
            json.WriteStartObject("districts");
            foreach (var (district, target) in indicator.DistrictTargets) json.WriteNumber(district, Numbers.Normalize(target));
            json.WriteEndObject();
        }
        // Whole numbers are written only where they differ from what the unit says, which a reader assumes.
        var wholeNumbersSetApart = indicator.WholeNumbers != CountUnits.WholeNumbers(indicator.Kind, indicator.Unit);
        if (indicator.Curve is not null || wholeNumbersSetApart || indicator.Of is not null)
        {
            json.WriteStartObject(Extensions.Property);
            if (indicator.Curve is { } curve) json.WriteString("curve", Name(curve));
            if (wholeNumbersSetApart) json.WriteBoolean("wholeNumbers", indicator.WholeNumbers);
            WriteOptional(json, "of", indicator.Of);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteIndicatorReport(IndicatorReport report, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("period", report.Period.ToString());
        json.WriteString("indicator", report.Indicator);
        WriteOptional(json, "district", report.District);
        json.WriteNumber("actual", Numbers.Normalize(report.Actual));
        WriteOptional(json, "note", report.Note);
        json.WriteEndObject();
    }

    private static void WriteProjectReport(ProjectReport report, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("period", report.Period.ToString());
        json.WriteString("project", report.Project);
        if (report.Investment is { } investment) json.WriteNumber("investment", Numbers.Normalize(investment));
        if (report.Funds is { } funds)
        {
            json.WriteStartObject("funds");
            if (funds.City is { } city) json.WriteNumber("city", Numbers.Normalize(city));
            if (funds.District is { } district) json.WriteNumber("district", Numbers.Normalize(district));
            if (funds.Other is { } other) json.WriteNumber("other", Numbers.Normalize(other));
            json.WriteEndObject();
        }
        WriteOptional(json, "note", report.Note);
        json.WriteEndObject();
    }

    private static string Name(Curve curve) => curve == Curve.Nodes ? "nodes" : "linear";

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
