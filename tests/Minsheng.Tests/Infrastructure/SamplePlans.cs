using Minsheng.Engine.Model;

namespace Minsheng.Tests.Infrastructure;

/// <summary>Small plans for storage and API tests, built from the engine's records.</summary>
public static class SamplePlans
{
    /// <summary>
    /// 连云港 2023: two categories, three projects, a quantity with nodes and district targets,
    /// a milestone, a lower-is-better level, money by source, and reports with a corrected row.
    /// </summary>
    public static Plan Lianyungang(string region = "连云港市") => new(
        region,
        2023,
        $"2023年{region}民生实事项目",
        new PlanSettings(Curve.Linear, 0, 10),
        [
            new Category("01", "教育惠民",
            [
                new Project("01-01", "新建改扩建学校", "新建改扩建中小学校8所，新增学位9600个。", "市教育局", ["市发展改革委", "市财政局"], ["海州区", "赣榆区"],
                    498_000_000, new Funds(100_000_000, 300_000_000, 98_000_000), new Location(34.6m, 119.2m, "海州区"),
                [
                    Quantity("01-01-1", "新建改扩建中小学校", 8, "所", new Dictionary<int, decimal> { [6] = 2, [9] = 5, [12] = 8 },
                        new Dictionary<string, decimal> { ["海州区"] = 5, ["赣榆区"] = 3 }),
                    new Indicator("01-01-2", "主体工程", IndicatorKind.Milestone, 4, null, Direction.Up, ["立项", "开工", "主体完工", "竣工"],
                        new Dictionary<int, decimal> { [3] = 2, [9] = 3 }, new Dictionary<string, decimal>()),
                ]),
            ]),
            new Category("02", "就业创业",
            [
                new Project("02-01", "稳就业行动", null, "市人社局", [], [], null, null, null,
                [
                    Quantity("02-01-1", "城镇新增就业", 127_000, "人"),
                    new Indicator("02-01-2", "城镇登记失业率", IndicatorKind.Level, 4.3m, "%", Direction.Down, [],
                        new Dictionary<int, decimal>(), new Dictionary<string, decimal>()),
                ]),
                new Project("02-02", "职业技能培训", null, "市人社局", ["各区县政府"], [], 20_000_000, new Funds(20_000_000, 0, 0), null,
                [
                    Quantity("02-02-1", "补贴性职业技能培训", 30_000, "人次"),
                ]),
            ]),
        ],
        [
            new IndicatorReport(new Period(2023, 3), "01-01-1", 1),
            new IndicatorReport(new Period(2023, 6), "01-01-1", 30, Note: "填报有误"),
            new IndicatorReport(new Period(2023, 6), "01-01-1", 3, Note: "更正"),
            new IndicatorReport(new Period(2023, 6), "01-01-1", 2, "海州区"),
            new IndicatorReport(new Period(2023, 6), "01-01-1", 1, "赣榆区"),
            new IndicatorReport(new Period(2023, 6), "01-01-2", 2, Note: "已开工"),
            new IndicatorReport(new Period(2023, 6), "02-01-1", 50_000),
            new IndicatorReport(new Period(2023, 6), "02-01-2", 4.1m),
            new IndicatorReport(new Period(2023, 5), "02-02-1", 9_000),
        ],
        [
            new ProjectReport(new Period(2023, 6), "01-01", 214_000_000, new FundsUsed(50_000_000, 120_000_000, 30_000_000)),
            new ProjectReport(new Period(2023, 6), "02-02", 12_000_000, new FundsUsed(11_000_000, null, null)),
        ]);

    private static Indicator Quantity(string code, string name, decimal target, string unit,
        Dictionary<int, decimal>? nodes = null, Dictionary<string, decimal>? districts = null) =>
        new(code, name, IndicatorKind.Quantity, target, unit, Direction.Up, [], nodes ?? [], districts ?? []);
}
