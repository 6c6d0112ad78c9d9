using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Demo;
using Minsheng.Engine.Progress;
using Minsheng.Reporting;
using Minsheng.Shared;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>The demo's history is dated as a real 2024 would have left it, in China time.</summary>
public class DatingTheDemo
{
    private static readonly int[] PublishedMonths = [.. Enumerable.Range(1, DemoData.ReportedUpToMonth)];

    [Fact]
    public async Task Each_month_was_published_on_the_8th_of_the_next_month_with_the_submissions_of_its_units()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var publications = app.WithDb(db => db.Publications.OrderBy(p => p.Id).ToList());
        var submissions = app.WithDb(db => db.Submissions.Include(s => s.Events).ToList());

        Assert.All(PublishedMonths, month =>
        {
            var first = publications.First(p => p.Month == month);
            Assert.Equal(new DateOnly(2024, month + 1, 8), ChinaTime.DateOf(first.PublishedAt));
            var published = submissions.Where(s => s.Month == month && s.PublishedAt == first.PublishedAt).ToList();
            Assert.Equal(published.Count, first.Submissions);
            Assert.All(published, s => Assert.Equal((SubmissionState.Published, 1), (s.State, s.Version)));
            Assert.All(published, s => Assert.Equal(
                [SubmissionAction.Submitted, SubmissionAction.Accepted, SubmissionAction.Verified, SubmissionAction.Published],
                s.Events.OrderBy(e => e.At).Select(e => e.Action)));
            Assert.All(published, s => Assert.Equal(first.PublishedAt, s.Events.Single(e => e.Action == SubmissionAction.Published).At));
        });
        Assert.All(publications, p => Assert.Equal(DemoChain.Office, p.PublishedBy));
        // Now and then a unit with nothing new did not report at all.
        Assert.Contains(PublishedMonths, month => publications.First(p => p.Month == month).Submissions < 17);
    }

    [Fact]
    public async Task Units_submitted_around_the_3rd_a_few_after_the_5th_and_were_accepted_and_verified_before_publication()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var firsts = app.WithDb(db => db.Submissions.Include(s => s.Events).Where(s => s.Version == 1 && s.Month <= DemoData.ReportedUpToMonth).ToList());

        var days = firsts.Select(s => (s.Month, s.Unit, Day: ChinaTime.DateOf(s.SubmittedAt))).ToList();
        Assert.All(days, d => Assert.Equal((2024, d.Month + 1), (d.Day.Year, d.Day.Month)));
        var late = days.Where(d => d.Day.Day > Missing.DeadlineDay).ToList();
        Assert.InRange(late.Count, 1, 5);
        Assert.All(days.Except(late), d => Assert.InRange(d.Day.Day, 2, 4));
        Assert.All(late, d => Assert.True(d.Day.Day < DemoCalendar.PublicationDay));
        var missing = await app.GetJsonAsync($"/api/plans/1/missing?period=2024-{late[0].Month:D2}");
        Assert.Contains(missing.GetProperty("late").EnumerateArray(), u => u.GetProperty("unit").GetString() == late[0].Unit);
        Assert.All(firsts, s =>
        {
            var at = s.Events.ToDictionary(e => e.Action, e => e.At);
            Assert.Equal(ChinaTime.DateOf(at[SubmissionAction.Submitted]).AddDays(1), ChinaTime.DateOf(at[SubmissionAction.Accepted]));
            Assert.InRange(ChinaTime.DateOf(at[SubmissionAction.Verified]).Day, 6, 7);
            Assert.True(at[SubmissionAction.Accepted] < at[SubmissionAction.Verified]);
        });
    }

    [Fact]
    public async Task Report_rows_carry_their_submission_and_a_correction_is_a_second_version_with_its_reason()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);

        var rows = app.WithDb(db => db.IndicatorReports.Include(r => r.Submission).ThenInclude(s => s!.Events).ToList());
        var money = app.WithDb(db => db.ProjectReports.Include(r => r.Submission).ThenInclude(s => s!.Events).ToList());
        Assert.All(rows.Select(r => (r.Submission, r.SubmittedAt, r.SubmittedBy)).Concat(money.Select(r => (r.Submission, r.SubmittedAt, r.SubmittedBy))), r =>
        {
            Assert.NotNull(r.Submission);
            var submitted = r.Submission.Events.Where(e => e.Action == SubmissionAction.Submitted).MaxBy(e => e.At)!;
            Assert.Equal((submitted.At, submitted.By), (r.SubmittedAt, r.SubmittedBy));
        });

        var correction = app.WithDb(db => db.Submissions.Single(s => s.Version > 1));
        Assert.Equal((2, DemoChain.CorrectionReason, SubmissionState.Published), (correction.Version, correction.Reason, correction.State));
        var publications = app.WithDb(db => db.Publications.Where(p => p.Month == correction.Month || p.Month == correction.Month + 1).ToList()).OrderBy(p => p.PublishedAt).ToList();
        Assert.Equal([correction.Month, correction.Month, correction.Month + 1], publications.Select(p => p.Month));
        Assert.Equal((correction.PublishedAt, 1), (publications[1].PublishedAt, publications[1].Submissions));
        // The figure it corrects went out with the month and is kept as history.
        var corrected = rows.Single(r => r.SubmissionId == correction.Id);
        Assert.Contains(rows, r => r.IndicatorId == corrected.IndicatorId && r.Month == corrected.Month && r.Id < corrected.Id && r.Actual != corrected.Actual);
    }

    [Fact]
    public async Task The_stored_history_gives_the_demo_plans_figures_at_the_end_of_every_month()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var plan = DemoData.Plan();

        foreach (var month in Enumerable.Range(1, 12))
        {
            var asOf = new DateOnly(2024, month, DateTime.DaysInMonth(2024, month));
            var expected = JsonSerializer.Serialize(ProgressEngine.Summarize(plan, asOf), MinshengApp.Json);

            var stored = await app.GetTextAsync($"/api/plans/1/summary?asOf={asOf:yyyy-MM-dd}");

            Assert.Equal(expected, stored);
        }
    }

    [Fact]
    public async Task Problems_were_raised_and_photos_taken_and_uploaded_in_2024()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);

        var raised = app.WithDb(db => db.Problems.Select(p => p.RaisedAt).ToList());
        var photos = app.WithDb(db => db.Photos.Select(p => new { p.TakenOn, p.UploadedAt }).ToList());

        Assert.NotEmpty(raised);
        Assert.All(raised, at => Assert.InRange(ChinaTime.DateOf(at), new DateOnly(2024, 2, 1), new DateOnly(2024, 10, 8)));
        Assert.NotEmpty(photos);
        Assert.All(photos, p => Assert.InRange(ChinaTime.DateOf(p.UploadedAt).DayNumber - p.TakenOn!.Value.DayNumber, 0, 1));
        Assert.All(photos, p => Assert.Equal(2024, p.TakenOn!.Value.Year));
    }
}
