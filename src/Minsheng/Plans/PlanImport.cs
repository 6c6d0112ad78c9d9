using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Sites;

namespace Minsheng.Plans;

public sealed class PlanAlreadyExistsException(string region, int year, int existingId)
    : Exception($"A plan for {region} {year} already exists (id {existingId}).")
{
    public int ExistingId { get; } = existingId;
}

/// <summary>Stores a plan read from a plan document, with its reports, in one transaction: all or nothing.</summary>
public static class PlanImport
{
    public static Task<StoredPlan> ImportAsync(MinshengDb db, Plan plan, string submittedBy, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ImportAsync(db, plan, [], submittedBy, now, cancellationToken);

    /// <summary>The plan with the sites a list gave its projects: a project's sites there replace the one its location gives.</summary>
    public static async Task<StoredPlan> ImportAsync(MinshengDb db, Plan plan, IReadOnlyList<SiteRequest> sites, string submittedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Plans.Where(p => p.Region == plan.Region && p.Year == plan.Year).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id) throw new PlanAlreadyExistsException(plan.Region, plan.Year, id);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var graph = new PlanGraph(plan, now);
            db.Plans.Add(graph.Plan);
            await db.SaveChangesAsync(cancellationToken);

            // A project's location in the document is its first site (点位) on the public map.
            var listed = sites.ToLookup(s => s.Project!, StringComparer.Ordinal);
            db.Sites.AddRange(plan.Projects.Where(p => p.Location is not null && !listed.Contains(p.Code)).Select(p => new StoredSite
            {
                PlanId = graph.Plan.Id,
                ProjectId = graph.Projects[p.Code].Id,
                Name = p.Name,
                District = p.Districts.FirstOrDefault(),
                Address = p.Location!.Address,
                Latitude = p.Location.Lat,
                Longitude = p.Location.Lon,
            }));
            foreach (var project in listed)
            {
                db.Sites.AddRange(project.Select((request, position) =>
                {
                    var site = new StoredSite { PlanId = graph.Plan.Id, Name = "", Position = position };
                    request.CopyTo(site, graph.Projects[project.Key].Id);
                    return site;
                }));
            }
            db.IndicatorReports.AddRange(plan.IndicatorReports.Select(r => new StoredIndicatorReport
            {
                PlanId = graph.Plan.Id,
                IndicatorId = graph.Indicators[r.Indicator].Id,
                Year = r.Period.Year,
                Month = r.Period.Month,
                DistrictId = r.District is null ? null : graph.District(r.District).Id,
                Actual = r.Actual,
                Note = r.Note,
                SubmittedAt = now,
                SubmittedBy = submittedBy,
            }));
            db.ProjectReports.AddRange(plan.ProjectReports.Select(r => new StoredProjectReport
            {
                PlanId = graph.Plan.Id,
                ProjectId = graph.Projects[r.Project].Id,
                Year = r.Period.Year,
                Month = r.Period.Month,
                Investment = r.Investment,
                FundsCity = r.Funds?.City,
                FundsDistrict = r.Funds?.District,
                FundsOther = r.Funds?.Other,
                Note = r.Note,
                SubmittedAt = now,
                SubmittedBy = submittedBy,
            }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return graph.Plan;
        });
    }

    /// <summary>The entity graph of a plan, with its units and districts named once.</summary>
    private sealed class PlanGraph
    {
        private readonly Dictionary<string, StoredUnit> _units = new(StringComparer.Ordinal);
        private readonly Dictionary<string, StoredDistrict> _districts = new(StringComparer.Ordinal);

        public PlanGraph(Plan plan, DateTimeOffset now)
        {
            Plan = new StoredPlan
            {
                Region = plan.Region,
                Year = plan.Year,
                Title = plan.Title,
                Curve = plan.Settings.Curve,
                TolerancePoints = plan.Settings.TolerancePoints,
                RedPoints = plan.Settings.RedPoints,
                Escalation = EscalationText.Write(plan.Settings.Escalation),
                CreatedAt = now,
            };
            var categoryPosition = 0;
            foreach (var category in plan.Categories)
            {
                var storedCategory = new StoredCategory { Code = category.Code, Name = category.Name, Position = categoryPosition++ };
                var projectPosition = 0;
                foreach (var project in category.Projects)
                {
                    var storedProject = ToStored(project, projectPosition++);
                    storedCategory.Projects.Add(storedProject);
                    Projects[project.Code] = storedProject;
                }
                Plan.Categories.Add(storedCategory);
            }
        }

        public StoredPlan Plan { get; }

        public Dictionary<string, StoredProject> Projects { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, StoredIndicator> Indicators { get; } = new(StringComparer.Ordinal);

        public StoredDistrict District(string name)
        {
            if (_districts.TryGetValue(name, out var district)) return district;
            district = new StoredDistrict { Name = name };
            _districts[name] = district;
            Plan.Districts.Add(district);
            return district;
        }

        private StoredUnit Unit(string name)
        {
            if (_units.TryGetValue(name, out var unit)) return unit;
            unit = new StoredUnit { Name = name };
            _units[name] = unit;
            Plan.Units.Add(unit);
            return unit;
        }

        private StoredProject ToStored(Project project, int position)
        {
            var stored = new StoredProject
            {
                Plan = Plan,
                Code = project.Code,
                Name = project.Name,
                Content = project.Content,
                LeadUnit = project.Lead is null ? null : Unit(project.Lead),
                Investment = project.Investment,
                FundsCity = project.Funds?.City,
                FundsDistrict = project.Funds?.District,
                FundsOther = project.Funds?.Other,
                Latitude = project.Location?.Lat,
                Longitude = project.Location?.Lon,
                Address = project.Location?.Address,
                Position = position,
            };
            stored.Units.AddRange(project.Units.Distinct().Select((name, i) => new StoredProjectUnit { Unit = Unit(name), Position = i }));
            stored.Districts.AddRange(project.Districts.Distinct().Select((name, i) => new StoredProjectDistrict { District = District(name), Position = i }));
            var indicatorPosition = 0;
            foreach (var indicator in project.Indicators)
            {
                var storedIndicator = new StoredIndicator
                {
                    Plan = Plan,
                    Code = indicator.Code,
                    Name = indicator.Name,
                    Kind = indicator.Kind,
                    Target = indicator.Target,
                    Unit = indicator.Unit,
                    Direction = indicator.Direction,
                    Curve = indicator.Curve,
                    WholeNumbers = indicator.WholeNumbers,
                    Of = indicator.Of,
                    Stages = indicator.Stages.Count == 0 ? null : string.Join('\n', indicator.Stages),
                    Position = indicatorPosition++,
                    Nodes = indicator.Nodes.Select(n => new StoredNode { Month = n.Key, Value = n.Value }).ToList(),
                    DistrictTargets = indicator.DistrictTargets.Select((t, i) => new StoredDistrictTarget { District = District(t.Key), Target = t.Value, Position = i }).ToList(),
                };
                stored.Indicators.Add(storedIndicator);
                Indicators[indicator.Code] = storedIndicator;
            }
            return stored;
        }
    }
}
