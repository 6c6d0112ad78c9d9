using BenchmarkDotNet.Attributes;
using Minsheng.Documents;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Benchmarks;

/// <summary>
/// The documents of a province-scale programme (the summary benchmark's: 750 projects, 3,000
/// indicators) as of September, from memory: the engine's summary, then the bulletin's words and
/// its .docx; the report card; the table of lagging items. Each includes the summary, as a download does.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private static readonly DateOnly AsOf = new(2024, 9, 30);

    private Plan _plan = null!;
    private IReadOnlyList<OpenProblem> _problems = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _plan = SyntheticProgramme.Build(everyDistrictReports: false);
        // A problem on every tenth project, of every type in turn.
        _problems = _plan.Projects.Where((_, i) => i % 10 == 0)
            .Select((p, i) => new OpenProblem(p.Code, (ProblemKind)(i % 6), $"问题{p.Code}", $"措施{p.Code}")).ToList();
    }

    [Benchmark]
    public byte[] BulletinDocx() => OfficeDocument.Write(DocumentKind.Bulletin, _plan, ProgressEngine.Summarize(_plan, AsOf), new OfficeRecords(_problems), DocumentTemplate.Default).Content;

    [Benchmark]
    public byte[] CardDocx() => OfficeDocument.Write(DocumentKind.Card, _plan, ProgressEngine.Summarize(_plan, AsOf), new OfficeRecords(_problems), DocumentTemplate.Default).Content;

    [Benchmark]
    public byte[] TableXlsx() => OfficeDocument.Write(DocumentKind.Table, _plan, ProgressEngine.Summarize(_plan, AsOf), new OfficeRecords(_problems), DocumentTemplate.Default).Content;
}
