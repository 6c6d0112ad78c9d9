using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;
using Minsheng.Plans;

namespace Minsheng.Demo;

/// <summary>
/// The demo: Dalian's published 2024 plan (samples/dalian-2024-plan.txt, structured by hand into
/// Demo/dalian-2024.plan.json) with the units' monthly reports up to September, each month submitted,
/// reviewed, verified and published in the chain, and October under way; stored on the first start.
/// </summary>
public static class DemoData
{
    public const int ReportedUpToMonth = 9;

    public static Plan Plan() => DemoReports.WithReportsUpTo(Structure(), ReportedUpToMonth);

    private static Plan Structure()
    {
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream("Minsheng.Demo.dalian-2024.plan.json")
            ?? throw new InvalidOperationException("The demo plan is not embedded in the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PlanDocument.Read(buffer.ToArray()).Plan;
    }

    /// <summary>Stores the demo on an empty database, dated as a real 2024 would have left it.</summary>
    public static async Task<bool> SeedIfEmptyAsync(MinshengDb db, CancellationToken cancellationToken)
    {
        if (await db.Plans.AnyAsync(cancellationToken)) return false;
        var plan = Plan();
        // The structure alone: the figures come as the units' submissions of each month.
        var stored = await PlanImport.ImportAsync(db, plan with { IndicatorReports = [], ProjectReports = [] }, "演示数据", DemoCalendar.PlanStored, cancellationToken);
        db.Problems.AddRange(await DemoProblems(db, stored.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await DemoSites.SeedAsync(db, stored.Id, cancellationToken);
        await DemoPhotos.SeedAsync(db, stored.Id, cancellationToken);
        await DemoChain.SeedAsync(db, stored.Id, plan, DemoReports.WithReportsUpTo(Structure(), ReportedUpToMonth + 1), ReportedUpToMonth, cancellationToken);
        return true;
    }

    private static async Task<List<StoredProblem>> DemoProblems(MinshengDb db, int planId, CancellationToken cancellationToken)
    {
        var projects = await db.Projects.Where(p => p.PlanId == planId).OrderBy(p => p.Id).Select(p => new { p.Id, p.Code }).ToListAsync(cancellationToken);
        (ProblemType Type, string Description, string Measures)[] samples =
        [
            (ProblemType.Funds, "部分区县配套资金未到位，影响工程整体推进。", "协调财政部门加快资金拨付，争取专项债支持。"),
            (ProblemType.LandAndApprovals, "土地手续办理周期长，新建工程涉及拆迁征地和管线迁移。", "建立定期会办制度，压缩审批时限。"),
            (ProblemType.Coordination, "涉及多家单位，配合单位协同不够。", "牵头部门成立推进专班，加强日常调度。"),
            (ProblemType.Policy, "配套政策依据未明确，影响项目启动落地。", "提请相关部门出台配套政策。"),
        ];
        return projects.Where((_, i) => i % 9 == 5).Select((p, i) => new StoredProblem
        {
            ProjectId = p.Id,
            Type = samples[i % samples.Length].Type,
            Description = samples[i % samples.Length].Description,
            Measures = samples[i % samples.Length].Measures,
            Status = ProblemStatus.Open,
            // Raised one by one from April on, when the lead units sent a month's report.
            RaisedAt = DemoCalendar.AfterMonth(new Period(2024, 3 + i), 3 + i % 2, 15, 20 + i * 7),
        }).ToList();
    }
}
