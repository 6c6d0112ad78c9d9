using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;

namespace Minsheng.Spreadsheets;

/// <summary>
/// The layout of a unit's monthly report workbook (月报表): the indicators it reports on one sheet,
/// its projects' money on another, and a hidden sheet naming the plan, unit and month. Writer and
/// reader share it, so that a sheet whose columns were moved is recognised and refused.
/// </summary>
public static class ReportSheet
{
    public const string Format = "minsheng-report-sheet/1";
    public const string IndicatorSheet = "指标";
    public const string MoneySheet = "投资";
    public const string MetaSheet = "_minsheng";
    public const int HeaderRow = 3;
    public const int FirstDataRow = 4;

    public static readonly string[] IndicatorColumns =
        ["序号", "项目编号", "项目", "指标编号", "指标", "单位", "年度目标", "本月节点目标", "上月累计", "本月累计完成", "完成率", "进展情况", "存在问题", "下步措施"];

    public static class Indicator
    {
        public const int ProjectCode = 1, Code = 3, Target = 6, LastMonth = 8, Actual = 9, Rate = 10, Progress = 11, Problem = 12, Measures = 13;
        public static readonly int[] Editable = [Actual, Progress, Problem, Measures];
    }

    public static readonly string[] MoneyColumns =
        ["序号", "项目编号", "项目", "计划投资", "上月累计完成投资", "累计完成投资", "市本级安排", "区县安排", "其他安排", "市本级已用", "区县已用", "其他已用"];

    public static class Money
    {
        public const int ProjectCode = 1, Investment = 5, CityUsed = 9, DistrictUsed = 10, OtherUsed = 11;
        public static readonly int[] Editable = [Investment, CityUsed, DistrictUsed, OtherUsed];
    }

    /// <summary>A key of the hidden sheet, followed by a milestone's code; its value is the stages, one a line.</summary>
    public const string StagesKey = "stages:";

    /// <summary>A milestone reported by the name of its stage (or its number).</summary>
    public static bool IsStaged(Engine.Model.Indicator indicator) => indicator.Kind == IndicatorKind.Milestone && indicator.Stages.Count > 0;

    /// <summary>What a milestone's cell may say, stage 0 first: 未启动, 立项, 开工, …</summary>
    public static IEnumerable<string> StageNames(Engine.Model.Indicator indicator) => indicator.Stages.Prepend(WrittenFigures.NotStarted);

    /// <summary>The projects a unit reports on: those it leads.</summary>
    public static IEnumerable<Project> ProjectsOf(Plan plan, string unit) => plan.Projects.Where(p => p.Lead == unit);
}
