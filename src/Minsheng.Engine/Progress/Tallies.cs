using Minsheng.Engine.Model;

namespace Minsheng.Engine.Progress;

internal static class Mean
{
    /// <summary>The mean of the values that are present; null when none is.</summary>
    public static decimal? Of(IEnumerable<decimal?> values)
    {
        decimal sum = 0;
        var count = 0;
        foreach (var value in values)
        {
            if (value is not { } v) continue;
            sum += v;
            count++;
        }
        return count == 0 ? null : sum / count;
    }
}

internal interface INamedTally
{
    string Name { init; }
}

/// <summary>Tallies by name, kept in the order the names first appear in the plan.</summary>
internal sealed class Tallies<T> where T : INamedTally, new()
{
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);
    private readonly List<T> _inOrder = [];

    public IReadOnlyList<T> All => _inOrder;

    public T Get(string name)
    {
        if (_byName.TryGetValue(name, out var tally)) return tally;
        tally = new T { Name = name };
        _byName[name] = tally;
        _inOrder.Add(tally);
        return tally;
    }
}

/// <summary>A district's progress is the mean of its indicators' capped rates against their district targets.</summary>
internal sealed class DistrictTally : INamedTally
{
    private readonly List<decimal?> _rates = [];

    public string Name { get; init; } = "";

    public void Add(decimal? rate) => _rates.Add(IndicatorRules.Capped(rate));

    public DistrictSummary ToSummary() => new(Name, _rates.Count, Mean.Of(_rates));
}

/// <summary>A lead unit's progress is the mean of the progress of the projects it leads.</summary>
internal sealed class UnitTally : INamedTally
{
    private readonly List<decimal?> _progress = [];
    private int _behind;

    public string Name { get; init; } = "";

    public void Add(ProjectSummary project)
    {
        _progress.Add(project.Progress);
        if (project.Status == Status.Behind) _behind++;
    }

    public UnitSummary ToSummary() => new(Name, _progress.Count, Mean.Of(_progress), _behind);
}

/// <summary>Planned and completed money of one or more projects, by source.</summary>
internal sealed class MoneyTally
{
    private decimal _investmentPlanned;
    private decimal _investmentCompleted;
    private Model.Funds _fundsPlanned = Model.Funds.Zero;
    private Model.Funds _fundsUsed = Model.Funds.Zero;

    public static MoneyTally Of(Project project, int month, ReportedFigures figures) => new()
    {
        _investmentPlanned = project.Investment ?? 0,
        _investmentCompleted = figures.InvestmentCompleted(project.Code, month),
        _fundsPlanned = project.Funds ?? Model.Funds.Zero,
        _fundsUsed = figures.FundsUsed(project.Code, month),
    };

    public void Add(MoneyTally other)
    {
        _investmentPlanned += other._investmentPlanned;
        _investmentCompleted += other._investmentCompleted;
        _fundsPlanned = _fundsPlanned.Plus(other._fundsPlanned);
        _fundsUsed = _fundsUsed.Plus(other._fundsUsed);
    }

    public MoneySummary Investment(decimal elapsed)
    {
        var rate = RateOf(_investmentCompleted, _investmentPlanned);
        return new MoneySummary(_investmentPlanned, _investmentCompleted, rate, rate - elapsed);
    }

    public FundsSummary Funds(decimal elapsed)
    {
        var total = Figure(_fundsPlanned.Total, _fundsUsed.Total, elapsed);
        return new FundsSummary(total.Planned, total.Used, total.Rate, total.VsElapsed, new FundsBySource(
            Figure(_fundsPlanned.City, _fundsUsed.City, elapsed),
            Figure(_fundsPlanned.District, _fundsUsed.District, elapsed),
            Figure(_fundsPlanned.Other, _fundsUsed.Other, elapsed)));
    }

    private static FundsFigure Figure(decimal planned, decimal used, decimal elapsed)
    {
        var rate = RateOf(used, planned);
        return new FundsFigure(planned, used, rate, rate - elapsed);
    }

    private static decimal? RateOf(decimal done, decimal planned) => planned == 0 ? null : done / planned;
}
