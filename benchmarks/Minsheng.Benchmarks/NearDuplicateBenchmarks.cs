using BenchmarkDotNet.Attributes;
using Minsheng.Engine.Suggestions;

namespace Minsheng.Benchmarks;

/// <summary>
/// Near-duplicates among a city's call for suggestions (Ningbo received 14,000): needs from a few dozen kinds, at a few
/// hundred places, each written in one of several ways, so that many say the same thing at the same place.
/// </summary>
[MemoryDiagnoser]
public class NearDuplicateBenchmarks
{
    private static readonly string[] Needs =
    [
        "门口增设红绿灯和人行横道", "周边停车难，建议新建停车场", "加装电梯，方便老人上下楼", "新建社区老年食堂，解决老人吃饭难", "路面坑洼，建议修缮道路",
        "增设公共厕所", "建设口袋公园和健身步道", "改造老旧供水管网，解决水压低", "增设公交站点，优化公交线路", "安装路灯，夜间出行不安全",
        "新建幼儿园，解决入园难", "增设充电桩", "整治噪声扰民", "疏通下水道，雨天积水严重", "增设便民菜市场",
    ];

    private static readonly string[] Ways = ["建议{0}{1}", "{0}{1}，希望尽快解决", "市民反映{0}{1}", "{0}附近{1}"];

    [Params(2_000, 14_000)]
    public int Count { get; set; }

    private List<SuggestionText> _suggestions = [];

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(2026);
        var places = Enumerable.Range(1, 300).Select(i => (Name: $"幸福{i}路{(i % 3 == 0 ? "小学" : i % 3 == 1 ? "社区" : "市场")}", Lat: 39m + i * 0.01m, Lon: 121m + i * 0.01m)).ToList();
        _suggestions = [.. Enumerable.Range(0, Count).Select(i =>
        {
            var place = places[random.Next(places.Count)];
            var text = string.Format(Ways[random.Next(Ways.Length)], place.Name, Needs[random.Next(Needs.Length)]);
            return new SuggestionText(i.ToString(), text, place.Lat, place.Lon);
        })];
        NearDuplicates.Find(_suggestions.Take(10).ToList());
    }

    [Benchmark]
    public int FindNearDuplicates() => NearDuplicates.Find(_suggestions).Count;
}
