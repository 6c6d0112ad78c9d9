using System.Net;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>A resident opens the open-data CSV in Excel: ?lang=zh gives Chinese headers and status names; machines keep the English default.</summary>
public class ReadingOpenDataInChinese
{
    [Theory, BothProviders]
    public async Task The_csv_in_Chinese_has_Chinese_headers_and_status_names_and_the_same_figures(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var visitor = app.CreateClient();

        var english = (await visitor.GetStringAsync($"/open/plans/{planId}/indicators.csv")).TrimStart('\uFEFF').TrimEnd().Split('\n');
        var chinese = (await visitor.GetStringAsync($"/open/plans/{planId}/indicators.csv?lang=zh")).TrimStart('\uFEFF').TrimEnd().Split('\n');
        var refused = await visitor.GetAsync($"/open/plans/{planId}/indicators.csv?lang=fr");

        Assert.StartsWith("period,category_code,category,project_code", english[0]);
        Assert.Equal("月份,类别编号,类别,项目编号,项目,牵头单位,项目状态,项目灯色,项目进度,指标编号,指标,单位,年度目标,累计完成,完成率,节点目标,指标状态,指标灯色,完成月份", chinese[0].TrimEnd('\r'));
        Assert.Equal(english.Length, chinese.Length);
        var words = new Dictionary<string, string> { ["completed"] = "已完成", ["ahead"] = "超序时", ["onSchedule"] = "按序时", ["behind"] = "滞后", ["green"] = "绿", ["yellow"] = "黄", ["red"] = "红" };
        for (var r = 1; r < english.Length; r++)
        {
            var (en, zh) = (english[r].TrimEnd('\r').Split(','), chinese[r].TrimEnd('\r').Split(','));
            foreach (var column in new[] { 6, 7, 16, 17 }) Assert.Equal(words[en[column]], zh[column]);
            // Every other column, the figures included, is the same.
            Assert.Equal(en.Where((_, c) => c is not (6 or 7 or 16 or 17)), zh.Where((_, c) => c is not (6 or 7 or 16 or 17)));
        }
        Assert.Contains(chinese.Skip(1), line => line.Contains(",滞后,"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("lang", await refused.Content.ReadAsStringAsync());
    }
}
