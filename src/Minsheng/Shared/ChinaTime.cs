namespace Minsheng.Shared;

/// <summary>China Standard Time (UTC+8, no daylight saving): the day a deadline, a photo or a comment falls on.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Of(DateTimeOffset moment) => moment.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(Of(moment).DateTime);
}
