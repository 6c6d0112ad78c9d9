using System.Text.Json.Nodes;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>The plan document minsheng-plan/1: reading the spec's example, and writing a plan that reads back the same.</summary>
public class Reading_and_writing_the_plan_document
{
    [Fact]
    public void Spec_example_document_reads_every_field()
    {
        var plan = PlanDocument.Read(SpecExample.Document).Plan;

        Assert.Equal("连云港市", plan.Region);
        Assert.Equal(2023, plan.Year);
        Assert.Equal(new PlanSettings(Curve.Linear, 0, 10), plan.Settings);
        var project = Assert.Single(plan.Projects);
        Assert.Equal("市教育局", project.Lead);
        Assert.Equal(["市发展改革委", "市财政局"], project.Units);
        Assert.Equal(498_000_000m, project.Investment);
        Assert.Equal(new Funds(100_000_000, 300_000_000, 98_000_000), project.Funds);
        Assert.Equal(new Location(34.6m, 119.2m, "海州区..."), project.Location);
        var schools = plan.Indicators.First();
        Assert.Equal(5m, schools.DistrictTargets["海州区"]);
        Assert.Equal(5m, schools.Nodes[9]);
        var works = plan.Indicators.Last();
        Assert.Equal(IndicatorKind.Milestone, works.Kind);
        Assert.Equal(4m, works.Target);
        Assert.Equal(3, plan.IndicatorReports.Count);
        Assert.Equal("已开工", plan.IndicatorReports[2].Note);
        Assert.Equal(new FundsUsed(50_000_000, 120_000_000, 30_000_000), Assert.Single(plan.ProjectReports).Funds);
    }

    [Fact]
    public void Spec_example_summarized_at_the_end_of_June()
    {
        var summary = ProgressEngine.Summarize(PlanDocument.Read(SpecExample.Document).Plan, new DateOnly(2023, 6, 30));

        var schools = summary.Indicator("01-01-1");
        Assert.Equal(3m, schools.Actual);
        Assert.Equal(2m, schools.Node);
        Assert.Equal(0.375m, schools.Rate);
        Assert.Equal(Status.Ahead, schools.Status);
        Assert.Equal(0.4m, schools.Districts.Single(d => d.Name == "海州区").Rate);
        Assert.Equal(0m, schools.Districts.Single(d => d.Name == "赣榆区").Rate);
        Assert.Equal(0.4297m, Math.Round(summary.Overall.Investment.Rate!.Value, 4));
        Assert.Equal(200_000_000m, summary.Overall.Funds.Used);
        Assert.Equal(0.5m, summary.Overall.Funds.BySource.City.Rate);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var plan = APlan.For(2024).WithIndicator("01-01-1", target: 8).Reported("2024-06", "01-01-1", 3).Build();
        var json = plan.Written(d =>
        {
            d["publisher"] = "市政府督查室";
            d.Indicator(0, 0, 0)["colour"] = "blue";
            d.Report(0)["checkedBy"] = new JsonArray("督查室");
        });

        Assert.Equal(3m, Assert.Single(PlanDocument.Read(json).Plan.IndicatorReports).Actual);
    }

    [Fact]
    public void Settings_when_absent_are_linear_with_tolerance_zero_and_red_at_ten_points()
    {
        var json = APlan.For(2024).WithSettings(Curve.Nodes, 3, 20).Build().Written(d => d.Remove("settings"));

        Assert.Equal(new PlanSettings(Curve.Linear, 0, 10), PlanDocument.Read(json).Plan.Settings);
    }

    [Fact]
    public void Kind_and_direction_default_to_quantity_and_up()
    {
        var json = APlan.For(2024).WithIndicator("01-01-1", target: 8, i => i.Level().Down()).Build()
            .Written(d =>
            {
                d.Indicator(0, 0, 0).Remove("kind");
                d.Indicator(0, 0, 0).Remove("direction");
            });

        var indicator = PlanDocument.Read(json).Plan.Indicators.Single();
        Assert.Equal(IndicatorKind.Quantity, indicator.Kind);
        Assert.Equal(Direction.Up, indicator.Direction);
    }

    [Fact]
    public void Written_plan_reads_back_to_an_equal_summary()
    {
        var plan = APlan.For(2024).Region("宁波市")
            .WithSettings(Curve.Nodes, tolerancePoints: 1.5m, redPoints: 15)
            .WithCategory("01", c => c
                .WithProject("01-01", p => p.Lead("市教育局").Units("市财政局").Districts("海曙区", "镇海区")
                    .Investment(498_000_000).Funds(city: 100_000_000, district: 300_000_000, other: 98_000_000)
                    .WithIndicator("01-01-1", 8, i => i.Unit("所").Nodes((6, 2), (9, 5)).District("海曙区", 5).District("镇海区", 3))
                    .WithIndicator("01-01-2", 4, i => i.Stages("立项", "开工", "主体完工", "竣工").Nodes((3, 2), (9, 3)).Curve(Curve.Linear))))
            .WithCategory("02", c => c
                .WithProject("02-01", p => p.Lead("市人力社保局")
                    .WithIndicator("02-01-1", 4.3m, i => i.Unit("%").Down().Level())))
            .Reported("2024-05", "01-01-1", 2)
            .Reported("2024-07", "01-01-1", 4)
            .Reported("2024-07", "01-01-1", 3, district: "海曙区")
            .Reported("2024-06", "01-01-2", 2)
            .Reported("2024-07", "02-01-1", 4.1m)
            .Spent("2024-06", "01-01", investment: 214_000_000, city: 50_000_000, district: 120_000_000)
            .Spent("2024-07", "01-01", other: 30_000_000)
            .Build();

        var readBack = PlanDocument.Read(PlanDocument.Write(plan)).Plan;

        foreach (var asOf in new[] { new DateOnly(2024, 1, 10), new DateOnly(2024, 7, 31), new DateOnly(2025, 1, 1) })
        {
            Assert.Equal(
                SummaryJson.Write(ProgressEngine.Summarize(plan, asOf)),
                SummaryJson.Write(ProgressEngine.Summarize(readBack, asOf)));
        }
    }

    [Fact]
    public void Writing_a_plan_read_back_gives_the_same_document()
    {
        var written = PlanDocument.Write(PlanDocument.Read(SpecExample.Document).Plan);

        Assert.Equal(written, PlanDocument.Write(PlanDocument.Read(written).Plan));
        Assert.Contains("\"format\": \"minsheng-plan/1\"", written);
        Assert.Contains("连云港市", written);
    }
}
