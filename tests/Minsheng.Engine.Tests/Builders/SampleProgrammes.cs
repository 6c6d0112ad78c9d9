using Minsheng.Engine.Model;

namespace Minsheng.Engine.Tests;

/// <summary>
/// Programmes built from the samples' published figures, for the documents' tests (linked into
/// Minsheng.Tests as well, so that the writers are checked on the same programmes).
/// </summary>
public static class SampleProgrammes
{
    /// <summary>
    /// 连云港 2023 上半年 (samples/lianyungang-2023-h1-bulletin.txt): 10 domains, 50 projects, 160
    /// sub-items, each domain's investment completed and its share of plan as published; 48 of 50
    /// projects meet their June nodes; 城镇棚户区改造 (市住建局) and 完善地下水污染防治分区监管体系
    /// (市生态环境局) lag. Named sub-items carry the published figures (口袋公园10个, 棚改130套, …).
    /// </summary>
    public static Plan LianyungangFirstHalf()
    {
        // (name, projects, sub-items, investment completed in 亿元, share of plan)
        (string Name, int Projects, int Items, decimal Completed, decimal Share)[] domains =
        [
            ("教育惠民", 6, 11, 21.4m, 0.43m),
            ("卫生健康", 5, 17, 4.2m, 0.42m),
            ("就业创业", 5, 17, 0, 0),
            ("交通出行", 5, 11, 21.4m, 0.448m),
            ("宜居环境", 5, 22, 13.3m, 0.414m),
            ("乡村振兴", 3, 7, 2.1m, 0.75m),
            ("生态治理", 4, 11, 2.8m, 0.795m),
            ("公共安全", 4, 11, 2.5m, 0.57m),
            ("文体生活", 4, 14, 2.4m, 0.67m),
            ("社会保障", 9, 39, 0, 0),
        ];
        var plan = APlan.For(2023).Region("连云港市");
        for (var d = 0; d < domains.Length; d++)
        {
            var domain = domains[d];
            var category = $"{d + 1:D2}";
            plan.WithCategory(category, c =>
            {
                for (var p = 1; p <= domain.Projects; p++)
                {
                    var project = $"{category}-{p:D2}";
                    // Sub-items spread over the domain's projects, the first ones taking the remainder.
                    var items = domain.Items / domain.Projects + (p <= domain.Items % domain.Projects ? 1 : 0);
                    var (name, lead) = Named(domain.Name, p);
                    c.WithProject(project, x =>
                    {
                        x.Lead(lead);
                        if (domain.Share > 0) x.Investment(Math.Round(domain.Completed / domain.Share * 100_000_000m / domain.Projects, 0));
                        for (var i = 1; i <= items; i++) AddIndicator(x, plan, $"{project}-{i}", domain.Name, p, i);
                    }, name);
                    if (domain.Share > 0) plan.Spent("2023-06", project, investment: Math.Round(domain.Completed * 100_000_000m / domain.Projects, 0));
                }
            }, domain.Name);
        }
        return plan.Build();
    }

    private static (string Name, string Lead) Named(string domain, int project) => (domain, project) switch
    {
        ("宜居环境", 1) => ("城镇棚户区改造", "市住建局"),
        ("宜居环境", 2) => ("城市公园品质提升", "市住建局"),
        ("生态治理", 1) => ("完善地下水污染防治分区监管体系", "市生态环境局"),
        ("卫生健康", 1) => ("健康护航行动", "市卫生健康委"),
        ("就业创业", 1) => ("稳就业行动", "市人社局"),
        _ => ($"{domain}项目{project}", $"{domain}牵头单位"),
    };

    /// <summary>Named sub-items with the sample's figures; the rest on their linear June node (half), every third ahead.</summary>
    private static void AddIndicator(ProjectBuilder project, PlanBuilder plan, string code, string domain, int p, int i)
    {
        switch (domain, p, i)
        {
            case ("宜居环境", 1, 1):
                project.WithIndicator(code, 2170, x => x.Named("棚户区改造").Unit("套"));
                plan.Reported("2023-06", code, 130);
                return;
            case ("宜居环境", 2, 1):
                project.WithIndicator(code, 10, x => x.Named("建成口袋公园").Unit("个"));
                plan.Reported("2023-05", code, 6).Reported("2023-06", code, 10);
                return;
            case ("生态治理", 1, 1):
                project.WithIndicator(code, 401, x => x.Named("新建地下水监测井").Unit("个"));
                plan.Reported("2023-06", code, 120);
                return;
            case ("卫生健康", 1, 1):
                project.WithIndicator(code, 200_000, x => x.Named("适龄妇女免费“两癌”检查").Unit("人"));
                plan.Reported("2023-06", code, 125_000);
                return;
            case ("卫生健康", 1, 2):
                project.WithIndicator(code, 300_000, x => x.Named("适龄儿童免费接种水痘疫苗").Unit("剂次"));
                plan.Reported("2023-06", code, 176_600);
                return;
            case ("就业创业", 1, 1):
                project.WithIndicator(code, 350_000, x => x.Named("提供就业岗位").Unit("个"));
                plan.Reported("2023-06", code, 205_000);
                return;
            default:
                project.WithIndicator(code, 100, x => x.Named($"子项{code}").Unit("个"));
                plan.Reported("2023-03", code, 25).Reported("2023-06", code, i % 3 == 0 ? 60 : 50);
                return;
        }
    }

    /// <summary>
    /// 大连 2021 前三季度 (samples/dalian-2021-q3-report-card.txt): projects that completed the annual
    /// target (心理健康 90 of 50 场, AED 100 台 in August), beat the September node (天桥 55% of 70% against
    /// a 20% node, 25% in June; 煤气 8.65万 of 20万户 against 8万; 供热; 幼儿园) or met it (公交线路).
    /// </summary>
    public static Plan DalianThirdQuarter() => APlan.For(2021).Region("大连市")
        .WithCategory("01", c => c
            .WithProject("01-01", p => p.Lead("市教育局")
                .WithIndicator("01-01-1", 50, i => i.Named("心理健康培训服务").Unit("场")), projectName: "“心理健康促进”进校园")
            .WithProject("01-02", p => p.Lead("市卫生健康委")
                .WithIndicator("01-02-1", 100, i => i.Named("安装自动体外除颤器").Unit("台")), projectName: "公共场所布设自动体外除颤器（AED）")
            .WithProject("01-03", p => p.Lead("市教育局")
                .WithIndicator("01-03-1", 15, i => i.Named("新开办公办园").Unit("所").Nodes((10, 10)))
                .WithIndicator("01-03-2", 10, i => i.Named("新认定普惠性民办园").Unit("所").Nodes((9, 10)))
                .WithIndicator("01-03-3", 6000, i => i.Named("增加公办普惠性学位").Unit("个").Nodes((9, 4000))), projectName: "新增公办幼儿园15所"), name: "社会事业")
        .WithCategory("02", c => c
            .WithProject("02-01", p => p.Lead("市城市建设管理局")
                .WithIndicator("02-01-1", 146, i => i.Named("维修改造锅炉").Unit("台"))
                .WithIndicator("02-01-2", 40, i => i.Named("供热管网改造").Unit("公里").Nodes((9, 20))), projectName: "实施供热设施维修改造")
            .WithProject("02-02", p => p.Lead("市城市建设管理局")
                .WithIndicator("02-02-1", 200_000, i => i.Named("天然气置换").Unit("户").Nodes((9, 80_000))), projectName: "完成主城区20万煤气用户置换成天然气")
            .WithProject("02-03", p => p.Lead("市城市建设管理局")
                .WithIndicator("02-03-1", 70, i => i.Named("工程形象进度").Unit("%").Nodes((9, 20), (12, 70))), projectName: "建设东北路（香炉礁车站）人行过街天桥")
            .WithProject("02-04", p => p.Lead("市交通运输局")
                .WithIndicator("02-04-1", 5, i => i.Named("新开、调整公交线路").Unit("条").Nodes((3, 1), (6, 2), (9, 3), (12, 5))), projectName: "新开、调整公交线路5条"), name: "城市建设")
        .Reported("2021-09", "01-01-1", 90)
        .Reported("2021-08", "01-02-1", 100)
        .Reported("2021-09", "01-03-1", 10)
        .Reported("2021-08", "01-03-2", 11)
        .Reported("2021-09", "01-03-3", 5190)
        .Reported("2021-06", "02-01-1", 70).Reported("2021-09", "02-01-1", 118)
        .Reported("2021-06", "02-01-2", 12).Reported("2021-09", "02-01-2", 23.4m)
        .Reported("2021-06", "02-02-1", 50_000).Reported("2021-09", "02-02-1", 86_500)
        .Reported("2021-06", "02-03-1", 25).Reported("2021-09", "02-03-1", 55)
        .Reported("2021-09", "02-04-1", 3)
        .Build();
}
