using Minsheng.Data;
using Minsheng.Engine.Bulletins;
using Minsheng.Plans;

namespace Minsheng.Documents;

/// <summary>The 督查通报 of a month as a printable page, with the downloads of the bulletin, the report card and the table.</summary>
public sealed class BulletinModel(MinshengDb db, IConfiguration configuration) : PlanMonthPage(db)
{
    public Bulletin? Bulletin { get; private set; }

    public string? TemplateError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewAsync(cancellationToken) is not { Summary.Period: not null } view) return;
        try
        {
            Bulletin = BulletinBuilder.Build(view.Plan, view.Summary, await MonthRecords.LoadAsync(Db, view, cancellationToken), DocumentTemplates.Load(configuration));
        }
        catch (InvalidTemplateException e)
        {
            TemplateError = e.Message;
        }
    }
}
