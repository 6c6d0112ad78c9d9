namespace Minsheng.Engine.Tests;

/// <summary>The example document of spec/plan-document.md, verbatim.</summary>
internal static class SpecExample
{
    public const string Document = """
        {
          "format": "minsheng-plan/1",
          "region": "连云港市",
          "year": 2023,
          "title": "2023年连云港市民生实事项目",
          "settings": { "curve": "linear", "tolerancePoints": 0, "redPoints": 10 },
          "categories": [
            { "code": "01", "name": "教育惠民",
              "projects": [
                { "code": "01-01", "name": "新建改扩建学校",
                  "content": "新建改扩建中小学校8所，新增学位9600个。",
                  "lead": "市教育局",
                  "units": ["市发展改革委", "市财政局"],
                  "districts": ["海州区", "赣榆区"],
                  "investment": 498000000,
                  "funds": { "city": 100000000, "district": 300000000, "other": 98000000 },
                  "location": { "lat": 34.6, "lon": 119.2, "address": "海州区..." },
                  "indicators": [
                    { "code": "01-01-1", "name": "新建改扩建中小学校", "kind": "quantity",
                      "target": 8, "unit": "所", "direction": "up",
                      "nodes": { "6": 2, "9": 5, "12": 8 },
                      "districts": { "海州区": 5, "赣榆区": 3 } },
                    { "code": "01-01-2", "name": "主体工程", "kind": "milestone",
                      "stages": ["立项", "开工", "主体完工", "竣工"], "target": 4,
                      "nodes": { "3": 2, "9": 3 } }
                  ] } ] } ],
          "reports": [
            { "period": "2023-06", "indicator": "01-01-1", "actual": 3 },
            { "period": "2023-06", "indicator": "01-01-1", "district": "海州区", "actual": 2 },
            { "period": "2023-06", "indicator": "01-01-2", "actual": 2, "note": "已开工" },
            { "period": "2023-06", "project": "01-01", "investment": 214000000,
              "funds": { "city": 50000000, "district": 120000000, "other": 30000000 } }
          ]
        }
        """;
}
