using Minsheng.Engine.Model;
using Minsheng.Shared;

namespace Minsheng.Demo;

/// <summary>
/// When things happened in the demo's 2024, in China time and stored as UTC: a unit submits its month
/// around the 3rd of the next month (a late one on the 6th, after the deadline of the 5th), its lead unit
/// accepts it the next day, the office verifies it on the 6th (a late one on the 7th) and publishes the
/// month on the 8th.
/// </summary>
public static class DemoCalendar
{
    public const int PublicationDay = 8;

    public const int LateDay = 6;

    /// <summary>When the office stored the plan, after the deputies' vote in January.</summary>
    public static readonly DateTimeOffset PlanStored = At(2024, 1, 30, 10, 0);

    /// <summary>The steps of a unit's month; <paramref name="unit"/> spreads the units over days and hours.</summary>
    public static DemoSteps Steps(Period period, int unit, bool late)
    {
        var day = late ? LateDay : 2 + (unit + period.Month) % 3;
        return new DemoSteps(
            AfterMonth(period, day, 9 + (unit * 3 + period.Month) % 8, (unit * 17 + period.Month * 7) % 60),
            AfterMonth(period, day + 1, 9 + unit % 3, (unit * 7 + period.Month) % 60),
            AfterMonth(period, Math.Max(LateDay, day + 1), 15, unit * 11 % 60));
    }

    public static DateTimeOffset Publication(Period period) => AfterMonth(period, PublicationDay, 9, 30);

    /// <summary>A moment on a day of the month after a period (the month its report is made in).</summary>
    public static DateTimeOffset AfterMonth(Period period, int day, int hour, int minute) =>
        new DateTimeOffset(period.Year, period.Month, 1, hour, minute, 0, ChinaTime.Offset).AddMonths(1).AddDays(day - 1).ToUniversalTime();

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, ChinaTime.Offset).ToUniversalTime();
}

/// <summary>When a unit's month was submitted, accepted, verified and (once the month is out) published.</summary>
public sealed record DemoSteps(DateTimeOffset Submitted, DateTimeOffset Accepted, DateTimeOffset Verified, DateTimeOffset? Published = null);
