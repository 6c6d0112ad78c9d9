using Microsoft.EntityFrameworkCore;
using Minsheng.Data;

namespace Minsheng.Demo;

/// <summary>
/// Sites for the demo's projects, one per district a project names (up to three), near the district's
/// centre. The offline map draws Dalian's real district boundaries (Public/Boundaries), not outlines of the demo's own.
/// </summary>
public static class DemoSites
{
    private static readonly Dictionary<string, (decimal Lat, decimal Lon)> Centres = new()
    {
        ["中山区"] = (38.918m, 121.644m), ["西岗区"] = (38.915m, 121.612m), ["沙河口区"] = (38.905m, 121.580m),
        ["甘井子区"] = (38.953m, 121.525m), ["旅顺口区"] = (38.812m, 121.262m), ["金普新区"] = (39.100m, 121.780m),
        ["普兰店区"] = (39.392m, 121.963m), ["瓦房店市"] = (39.627m, 122.008m), ["庄河市"] = (39.680m, 122.967m),
        ["长海县"] = (39.272m, 122.588m), ["高新区"] = (38.870m, 121.530m), ["保税区"] = (39.060m, 121.800m), ["长兴岛"] = (39.580m, 121.450m),
    };

    public static async Task SeedAsync(MinshengDb db, int planId, CancellationToken cancellationToken)
    {
        var projects = await db.Projects.Where(p => p.PlanId == planId).OrderBy(p => p.Position)
            .Select(p => new { p.Id, p.Name, Districts = p.Districts.OrderBy(d => d.Position).Select(d => d.District!.Name).ToList() })
            .ToListAsync(cancellationToken);
        var sited = await db.Sites.Where(s => s.PlanId == planId).Select(s => s.ProjectId).ToHashSetAsync(cancellationToken);
        var n = 0;
        foreach (var project in projects)
        {
            var position = sited.Contains(project.Id) ? 1 : 0;
            foreach (var district in project.Districts.Where(Centres.ContainsKey).Take(3))
            {
                var (lat, lon) = Centres[district];
                n++;
                // A fixed spread round the centre, so that sites of one district do not sit on one point.
                var (dLat, dLon) = ((n * 37 % 11 - 5) * 0.004m, (n * 53 % 13 - 6) * 0.004m);
                db.Sites.Add(new StoredSite
                {
                    PlanId = planId, ProjectId = project.Id, Name = $"{project.Name}（{district}）", District = district,
                    Address = $"大连市{district}", Latitude = lat + dLat, Longitude = lon + dLon, Position = position++,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
