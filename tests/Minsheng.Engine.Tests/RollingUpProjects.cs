using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>
/// A project takes the worst of its indicators, except that it is completed only when all are, and ahead when
/// none is behind and at least one is ahead. Every indicator here has target 12 on the linear curve, so the June
/// node is 6: a June figure of 12 is completed, 8 ahead, 6 on schedule, 5 behind (yellow) and 0 behind (red).
/// </summary>
public class Rolling_up_indicators_into_projects
{
    private static ProjectSummary ProjectInJuneWith(params decimal[] actuals)
    {
        var plan = APlan.For(2024);
        for (var i = 0; i < actuals.Length; i++)
        {
            var code = $"01-01-{i + 1}";
            plan.WithIndicator(code, target: 12).Reported("2024-06", code, actuals[i]);
        }
        return plan.Build().At("2024-06-30").Project("01-01");
    }

    [Fact]
    public void Project_is_completed_only_when_all_its_indicators_are()
    {
        Assert.Equal(Status.Completed, ProjectInJuneWith(12, 13).Status);
        Assert.Equal(Status.OnSchedule, ProjectInJuneWith(12, 6).Status);
    }

    [Fact]
    public void Project_with_any_indicator_behind_is_behind()
    {
        Assert.Equal(Status.Behind, ProjectInJuneWith(12, 8, 5).Status);
    }

    [Fact]
    public void Project_is_ahead_when_none_is_behind_and_one_is_ahead()
    {
        Assert.Equal(Status.Ahead, ProjectInJuneWith(6, 8).Status);
        Assert.Equal(Status.Ahead, ProjectInJuneWith(12, 8).Status);
    }

    [Fact]
    public void Project_is_on_schedule_when_none_is_behind_or_ahead()
    {
        Assert.Equal(Status.OnSchedule, ProjectInJuneWith(6, 6).Status);
    }

    [Fact]
    public void Project_light_is_the_worst_of_its_indicators()
    {
        Assert.Equal(Light.Red, ProjectInJuneWith(8, 5, 0).Light);
        Assert.Equal(Light.Yellow, ProjectInJuneWith(12, 5).Light);
        Assert.Equal(Light.Green, ProjectInJuneWith(12, 8).Light);
    }

    [Fact]
    public void Project_progress_is_the_mean_of_its_capped_indicator_rates()
    {
        // min(13/12, 1) = 1, 6/12 = 0.5, 3/12 = 0.25.
        Assert.Equal(0.5833m, Math.Round(ProjectInJuneWith(13, 6, 3).Progress!.Value, 4));
    }

    [Fact]
    public void Project_without_indicators_is_on_schedule_green_with_null_progress()
    {
        var project = APlan.For(2024).WithCategory("01", c => c.WithProject("01-01")).Build().At("2024-06-30").Project("01-01");

        Assert.Equal(Status.OnSchedule, project.Status);
        Assert.Equal(Light.Green, project.Light);
        Assert.Null(project.Progress);
    }
}

/// <summary>Categories and the whole plan: status counts count projects; progress is the mean of projects' progress.</summary>
public class Rolling_up_projects_into_categories_and_the_plan
{
    // Category 01: project 01-01 with two indicators (one completed, one behind) → behind, progress (1 + 0.25) / 2;
    //              project 01-02 ahead (8 of 12) → progress 2/3.
    // Category 02: project 02-01 on schedule (6 of 12) → progress 0.5.
    private static Summary ThreeProjectsInJune() => APlan.For(2024)
        .WithCategory("01", c => c
            .WithProject("01-01", p => p.WithIndicator("01-01-1", 12).WithIndicator("01-01-2", 12))
            .WithProject("01-02", p => p.WithIndicator("01-02-1", 12)))
        .WithCategory("02", c => c.WithProject("02-01", p => p.WithIndicator("02-01-1", 12)))
        .Reported("2024-06", "01-01-1", 15)
        .Reported("2024-06", "01-01-2", 3)
        .Reported("2024-06", "01-02-1", 8)
        .Reported("2024-06", "02-01-1", 6)
        .Build().At("2024-06-30");

    [Fact]
    public void Category_status_counts_count_projects_not_indicators()
    {
        var category = ThreeProjectsInJune().Category("01");

        Assert.Equal(new StatusCounts(Completed: 0, Ahead: 1, OnSchedule: 0, Behind: 1), category.Status);
        Assert.Equal(2, category.Projects);
        Assert.Equal(3, category.Indicators);
    }

    [Fact]
    public void Overall_status_counts_count_projects_of_every_category()
    {
        var overall = ThreeProjectsInJune().Overall;

        Assert.Equal(new StatusCounts(Completed: 0, Ahead: 1, OnSchedule: 1, Behind: 1), overall.Status);
        Assert.Equal(2, overall.Categories);
        Assert.Equal(3, overall.Projects);
        Assert.Equal(4, overall.Indicators);
    }

    [Fact]
    public void Category_progress_is_the_mean_of_its_projects_progress()
    {
        // ((1 + 0.25) / 2 + 8/12) / 2 = (0.625 + 0.6667) / 2, not the mean of its three indicators.
        Assert.Equal(0.6458m, Math.Round(ThreeProjectsInJune().Category("01").Progress!.Value, 4));
    }

    [Fact]
    public void Overall_progress_is_the_mean_of_all_projects_progress_not_of_categories()
    {
        // (0.625 + 0.6667 + 0.5) / 3 = 0.5972; the mean of the categories' would be 0.5729.
        Assert.Equal(0.5972m, Math.Round(ThreeProjectsInJune().Overall.Progress!.Value, 4));
    }

    [Fact]
    public void Empty_plan_has_zero_counts_and_null_progress_and_rates()
    {
        var summary = APlan.For(2024).Build().At("2024-06-30");

        Assert.Equal(0, summary.Overall.Projects);
        Assert.Equal(new StatusCounts(0, 0, 0, 0), summary.Overall.Status);
        Assert.Null(summary.Overall.Progress);
        Assert.Null(summary.Overall.Investment.Rate);
        Assert.Null(summary.Overall.Funds.Rate);
        Assert.Empty(summary.Projects);
    }
}

/// <summary>
/// A sub-indicator (其中) is judged like any indicator, but its project's progress, status and light and the
/// counts of 子项 take only the indicators it breaks down: one commitment never weighs twice.
/// </summary>
public class Rolling_up_sub_indicators
{
    private static Summary HousingInJune(decimal whole, decimal part) => APlan.For(2024)
        .WithIndicator("01-01-1", 12, i => i.Unit("套"))
        .WithIndicator("01-01-2", 6, i => i.Unit("套").Of("01-01-1"))
        .Reported("2024-06", "01-01-1", whole)
        .Reported("2024-06", "01-01-2", part)
        .Build().At("2024-06-30");

    [Fact]
    public void A_sub_indicator_is_left_out_of_its_project_s_progress_status_and_light()
    {
        var project = HousingInJune(whole: 8, part: 0).Project("01-01");

        Assert.Equal(8m / 12, project.Progress);
        Assert.Equal((Status.Ahead, Light.Green), (project.Status, project.Light));
        Assert.Equal("01-01-1", Assert.Single(project.Indicators).Code);
    }

    [Fact]
    public void A_sub_indicator_is_judged_on_its_own_and_names_its_whole()
    {
        var part = Assert.Single(HousingInJune(whole: 8, part: 0).Project("01-01").SubIndicators!);

        Assert.Equal(("01-01-2", "01-01-1", Status.Behind, Light.Red), (part.Code, part.Of, part.Status, part.Light));
    }

    [Fact]
    public void Counts_of_indicators_leave_sub_indicators_out()
    {
        var summary = HousingInJune(whole: 8, part: 3);

        Assert.Equal(1, summary.Overall.Indicators);
        Assert.Equal(1, summary.Categories.Single().Indicators);
    }
}
