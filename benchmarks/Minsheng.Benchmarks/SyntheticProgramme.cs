using Minsheng.Engine.Model;

namespace Minsheng.Benchmarks;

/// <summary>
/// A province-scale programme: one category per city, each with its projects, each project with
/// its indicators, each indicator with a target for every district of its city, and twelve months
/// of cumulative reports for the city (and, when every district reports, for each district too),
/// plus monthly money per project.
/// </summary>
public static class SyntheticProgramme
{
    public static Plan Build(bool everyDistrictReports, int cities = 15, int projectsPerCity = 50, int indicatorsPerProject = 4, int districtsPerCity = 10, int months = 12)
    {
        var random = new Random(20240101);
        var categories = new List<Category>(cities);
        var indicatorReports = new List<IndicatorReport>();
        var projectReports = new List<ProjectReport>();
        for (var c = 1; c <= cities; c++)
        {
            var districts = Enumerable.Range(1, districtsPerCity).Select(d => $"市{c:D2}区{d:D2}").ToList();
            var projects = new List<Project>(projectsPerCity);
            for (var p = 1; p <= projectsPerCity; p++)
            {
                var projectCode = $"{c:D2}-{p:D2}";
                var indicators = new List<Indicator>(indicatorsPerProject);
                for (var i = 1; i <= indicatorsPerProject; i++)
                {
                    var code = $"{projectCode}-{i}";
                    var districtTargets = districts.ToDictionary(d => d, _ => (decimal)random.Next(10, 1000));
                    var target = districtTargets.Values.Sum();
                    var nodes = i % 2 == 0 ? new Dictionary<int, decimal> { [6] = Math.Round(target * 0.4m), [12] = target } : [];
                    indicators.Add(new Indicator(code, $"指标{code}", IndicatorKind.Quantity, target, "个", Direction.Up, [], nodes, districtTargets));

                    var pace = 0.7m + (decimal)random.NextDouble() * 0.6m;
                    for (var m = 1; m <= months; m++)
                    {
                        var share = Math.Min(1m, pace * m / 12);
                        indicatorReports.Add(new IndicatorReport(new Period(2024, m), code, Math.Round(target * share)));
                        if (!everyDistrictReports) continue;
                        foreach (var (district, districtTarget) in districtTargets)
                        {
                            indicatorReports.Add(new IndicatorReport(new Period(2024, m), code, Math.Round(districtTarget * share), district));
                        }
                    }
                }
                var investment = random.Next(10, 500) * 1_000_000m;
                projects.Add(new Project(projectCode, $"项目{projectCode}", null, $"市{c:D2}牵头局{p % 7}", [], districts.Take(3).ToList(),
                    investment, new Funds(investment * 0.3m, investment * 0.5m, investment * 0.2m), null, indicators));
                for (var m = 1; m <= months; m++)
                {
                    var done = Math.Min(1m, m / 11m);
                    projectReports.Add(new ProjectReport(new Period(2024, m), projectCode, Math.Round(investment * done),
                        new FundsUsed(Math.Round(investment * 0.3m * done), Math.Round(investment * 0.5m * done), Math.Round(investment * 0.2m * done))));
                }
            }
            categories.Add(new Category($"{c:D2}", $"城市{c:D2}", projects));
        }
        return new Plan("某省", 2024, "2024年某省民生实事项目", PlanSettings.Default, categories, indicatorReports, projectReports);
    }
}
