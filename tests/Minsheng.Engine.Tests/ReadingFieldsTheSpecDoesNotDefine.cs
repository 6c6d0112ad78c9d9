using System.Text.Json.Nodes;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>
/// Fields the spec does not define are ignored, never refused. The product's own (escalation rules,
/// an indicator's curve) are written under "x-minsheng" and still read at their old places; one that
/// does not read as the product's is ignored with a warning naming its path.
/// </summary>
public class Reading_fields_the_spec_does_not_define
{
    private const string Indicator = "$.categories[0].projects[0].indicators[0]";

    // Every object of the document: settings, a category, a project with funds and a location, an
    // indicator, an indicator row and a project row with funds.
    private static Plan APlan() => Tests.APlan.For(2024)
        .WithCategory("01", c => c.WithProject("01-01", p => p.Investment(1000).Funds(city: 600, other: 400).Location(39.9m, 121.6m, "中山区")
            .WithIndicator("01-01-1", 8, i => i.Nodes((6, 2), (9, 5)))))
        .Reported("2024-06", "01-01-1", 3)
        .Spent("2024-06", "01-01", investment: 400, city: 300)
        .Build();

    private static Plan WithExtensions(Plan plan) => plan with
    {
        Settings = plan.Settings with { Escalation = [new EscalationRule(1, Light.Yellow, 3)] },
        Categories = [plan.Categories[0] with { Projects = [plan.Categories[0].Projects[0] with
        {
            Indicators = [plan.Indicators.First() with { Curve = Curve.Nodes }],
        }] }],
    };

    private static readonly Dictionary<string, Func<JsonObject, JsonObject>> Objects = new()
    {
        ["$"] = d => d,
        ["$.settings"] = d => d["settings"]!.AsObject(),
        ["$.settings[\"x-minsheng\"]"] = d => d["settings"]!["x-minsheng"]!.AsObject(),
        ["$.categories[0]"] = d => d["categories"]![0]!.AsObject(),
        ["$.categories[0].projects[0]"] = d => d.Project(0, 0),
        ["$.categories[0].projects[0].funds"] = d => d.Project(0, 0)["funds"]!.AsObject(),
        ["$.categories[0].projects[0].location"] = d => d.Project(0, 0)["location"]!.AsObject(),
        [Indicator] = d => d.Indicator(0, 0, 0),
        [Indicator + "[\"x-minsheng\"]"] = d => d.Indicator(0, 0, 0)["x-minsheng"]!.AsObject(),
        ["$.reports[0]"] = d => d.Report(0),
        ["$.reports[1]"] = d => d.Report(1),
        ["$.reports[1].funds"] = d => d.Report(1)["funds"]!.AsObject(),
    };

    private static readonly string[] Shapes =
    [
        "\"督查室\"", "42", "-1.5e300", "true", "null", "[]", "{}",
        "[1, \"二\", null, [[]], {\"a\": [{}]}]",
        "{\"nested\": {\"deeper\": [1, {\"x\": null, \"y\": \"\"}], \"z\": false}}",
    ];

    public static TheoryData<string, string> EveryShapeAtEveryObject()
    {
        var data = new TheoryData<string, string>();
        foreach (var place in Objects.Keys)
        {
            foreach (var shape in Shapes) data.Add(place, shape);
        }
        return data;
    }

    [Theory, MemberData(nameof(EveryShapeAtEveryObject))]
    public void Unknown_field_of_any_shape_on_any_object_is_ignored_without_a_warning(string place, string shape)
    {
        var plan = WithExtensions(APlan());
        var json = plan.Written(d => Objects[place](d)["publisher"] = JsonNode.Parse(shape));

        var (read, warnings) = PlanDocument.Read(json);

        Assert.Empty(warnings);
        Assert.Equal(PlanDocument.Write(plan), PlanDocument.Write(read));
    }

    [Fact]
    public void Document_with_unknown_fields_everywhere_at_once_reads_as_without_them()
    {
        var plan = WithExtensions(APlan());
        var json = plan.Written(d =>
        {
            foreach (var (place, at) in Objects)
            {
                var target = at(d);
                for (var i = 0; i < Shapes.Length; i++) target[$"extra{i}"] = JsonNode.Parse(Shapes[i]);
            }
        });

        var (read, warnings) = PlanDocument.Read(json);

        Assert.Empty(warnings);
        Assert.Equal(PlanDocument.Write(plan), PlanDocument.Write(read));
    }

    [Theory]
    [InlineData("\"每月一次\"")]
    [InlineData("3")]
    [InlineData("true")]
    [InlineData("{\"level\": 1}")]
    [InlineData("[1, 2]")]
    [InlineData("[{\"level\": \"一级\", \"light\": \"yellow\", \"months\": 2}]")]
    public void Escalation_of_another_shape_at_its_old_place_is_ignored_with_a_warning_naming_its_path(string shape)
    {
        var json = APlan().Written(d => d["settings"]!["escalation"] = JsonNode.Parse(shape));

        var (read, warnings) = PlanDocument.Read(json);

        var warning = Assert.Single(warnings);
        Assert.Equal("$.settings.escalation", warning.Path);
        Assert.StartsWith("ignored: ", warning.Message);
        Assert.Same(PlanSettings.DefaultEscalation, read.Settings.EscalationRules);
        Assert.Equal(PlanDocument.Write(APlan()), PlanDocument.Write(read));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("\"s-curve\"")]
    [InlineData("[\"linear\"]")]
    [InlineData("{\"type\": \"bezier\"}")]
    public void Curve_of_another_shape_on_an_indicator_is_ignored_with_a_warning_naming_its_path(string shape)
    {
        var json = APlan().Written(d => d.Indicator(0, 0, 0)["curve"] = JsonNode.Parse(shape));

        var (read, warnings) = PlanDocument.Read(json);

        Assert.Equal(Indicator + ".curve", Assert.Single(warnings).Path);
        Assert.Null(read.Indicators.Single().Curve);
    }

    [Fact]
    public void X_minsheng_that_is_not_an_object_is_ignored_with_a_warning()
    {
        var json = APlan().Written(d =>
        {
            d["settings"]!["x-minsheng"] = "我们的扩展";
            d.Indicator(0, 0, 0)["x-minsheng"] = new JsonArray(1, 2);
        });

        var (read, warnings) = PlanDocument.Read(json);

        Assert.Equal(["$.settings[\"x-minsheng\"]", Indicator + "[\"x-minsheng\"]"], warnings.Select(w => w.Path));
        Assert.Equal(PlanDocument.Write(APlan()), PlanDocument.Write(read));
    }

    [Fact]
    public void Extension_under_x_minsheng_that_does_not_read_is_ignored_with_a_warning_naming_its_path()
    {
        var json = WithExtensions(APlan()).Written(d =>
        {
            d["settings"]!["x-minsheng"]!["escalation"] = 12;
            d.Indicator(0, 0, 0)["x-minsheng"]!["curve"] = "quarterly";
        });

        var (read, warnings) = PlanDocument.Read(json);

        Assert.Equal(["$.settings[\"x-minsheng\"].escalation", Indicator + "[\"x-minsheng\"].curve"], warnings.Select(w => w.Path));
        Assert.Contains("the number 12", warnings[0].Message);
        Assert.Contains("the string \"quarterly\"", warnings[1].Message);
        Assert.Equal(PlanDocument.Write(APlan()), PlanDocument.Write(read));
    }

    [Fact]
    public void Writer_puts_the_products_extensions_under_x_minsheng_and_they_read_back()
    {
        var plan = WithExtensions(APlan());

        var written = JsonNode.Parse(PlanDocument.Write(plan))!.AsObject();
        var (read, warnings) = PlanDocument.Read(written.ToJsonString());

        var settings = written["settings"]!.AsObject();
        var indicator = written.Indicator(0, 0, 0);
        Assert.False(settings.ContainsKey("escalation"));
        Assert.False(indicator.ContainsKey("curve"));
        Assert.Equal(3, settings["x-minsheng"]!["escalation"]![0]!["months"]!.GetValue<int>());
        Assert.Equal("nodes", indicator["x-minsheng"]!["curve"]!.GetValue<string>());
        Assert.Empty(warnings);
        Assert.Equal(plan.Settings.Escalation, read.Settings.EscalationRules);
        Assert.Equal(Curve.Nodes, read.Indicators.Single().Curve);
        Assert.Equal(PlanDocument.Write(plan), PlanDocument.Write(read));
    }

    [Fact]
    public void Writer_adds_no_x_minsheng_to_a_plan_without_extensions()
    {
        Assert.DoesNotContain("x-minsheng", PlanDocument.Write(APlan()));
    }

    [Fact]
    public void Old_document_with_the_extensions_at_their_old_places_still_reads()
    {
        var plan = WithExtensions(APlan());
        var json = plan.Written(d =>
        {
            foreach (var extended in new[] { d["settings"]!.AsObject(), d.Indicator(0, 0, 0) })
            {
                var own = extended["x-minsheng"]!.AsObject();
                extended.Remove("x-minsheng");
                foreach (var (name, value) in own.ToList())
                {
                    own.Remove(name);
                    extended[name] = value;
                }
            }
        });

        var (read, warnings) = PlanDocument.Read(json);

        Assert.DoesNotContain("x-minsheng", json);
        Assert.Empty(warnings);
        Assert.Equal(PlanDocument.Write(plan), PlanDocument.Write(read));
    }

    [Fact]
    public void Extension_under_x_minsheng_wins_over_a_field_of_the_same_name_at_the_old_place()
    {
        var plan = WithExtensions(APlan());
        var json = plan.Written(d =>
        {
            d["settings"]!["escalation"] = new JsonArray(new JsonObject { ["level"] = 3, ["light"] = "red", ["months"] = 1 });
            d.Indicator(0, 0, 0)["curve"] = "s-curve";
        });

        var (read, warnings) = PlanDocument.Read(json);

        Assert.Empty(warnings);
        Assert.Equal(PlanDocument.Write(plan), PlanDocument.Write(read));
    }

    [Fact]
    public void Spec_fields_keep_their_errors_beside_ignored_extensions()
    {
        var errors = DocumentEdits.ErrorsReading(APlan().Written(d =>
        {
            d["settings"]!["curve"] = "s-curve";
            d["settings"]!["escalation"] = "每月";
        }));

        Assert.Equal("$.settings.curve", Assert.Single(errors).Path);
    }
}
