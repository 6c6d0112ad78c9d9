using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Minsheng.CommandLine;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Progress;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public sealed class UsingTheCommandLine : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minsheng-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PlanFile(string? json = null)
    {
        var file = Path.Combine(_folder, $"plan-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json ?? PlanDocument.Write(SamplePlans.Lianyungang()));
        return file;
    }

    private static Task<(int Exit, string Output, string Error)> Run(IConfiguration? configuration, params string[] args) => CommandLineRun.RunAsync(configuration, args);

    [Fact]
    public async Task Summary_json_is_the_engines_summary_computed_from_the_document_alone()
    {
        var (exit, output, error) = await Run(null, "summary", "--plan", PlanFile(), "--as-of", "2023-06-30", "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var expected = JsonNode.Parse(SummaryJson.Write(ProgressEngine.Summarize(SamplePlans.Lianyungang(), new DateOnly(2023, 6, 30))));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(output)), output);
    }

    [Fact]
    public async Task Summary_table_shows_the_plan_the_elapsed_share_and_each_item_in_Chinese()
    {
        var (exit, output, _) = await Run(null, "summary", "--plan", PlanFile(), "--as-of", "2023-06-30");

        Assert.Equal(0, exit);
        Assert.Contains("2023年连云港市民生实事项目", output);
        Assert.Contains("序时进度 50.0%", output);
        Assert.Contains("城镇新增就业", output);
        Assert.Contains("超序时", output);
        Assert.Contains("滞后", output);
    }

    [Fact]
    public async Task A_missing_option_is_one_line_and_exit_code_2()
    {
        var (exit, _, error) = await Run(null, "summary", "--plan", PlanFile());

        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("--as-of", error);
    }

    [Fact]
    public async Task A_bad_date_is_one_line_naming_the_value()
    {
        var (exit, _, error) = await Run(null, "summary", "--plan", PlanFile(), "--as-of", "2023-13-01");

        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("2023-13-01", error);
    }

    [Fact]
    public async Task A_missing_file_is_one_line_naming_the_file()
    {
        var (exit, _, error) = await Run(null, "summary", "--plan", "no-such-plan.json", "--as-of", "2023-06-30");

        Assert.Equal(1, exit);
        Assert.Equal("minsheng: 找不到文件 no-such-plan.json", error.TrimEnd());
    }

    [Fact]
    public async Task A_bad_document_names_the_file_and_the_json_path_of_each_error()
    {
        var document = JsonNode.Parse(PlanDocument.Write(SamplePlans.Lianyungang()))!;
        document["reports"]![0]!["actual"] = -1;
        document["reports"]![1]!["period"] = "2022-06";
        var file = PlanFile(document.ToJsonString());

        var (exit, output, error) = await Run(null, "summary", "--plan", file, "--as-of", "2023-06-30");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var lines = error.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains($"{file}：$.reports[0].actual：", lines[0]);
        Assert.Contains("$.reports[1].period", lines[1]);
    }

    private string PlanFileWithAForeignEscalation()
    {
        var document = JsonNode.Parse(PlanDocument.Write(SamplePlans.Lianyungang()))!;
        document["settings"]!["escalation"] = 3;
        return PlanFile(document.ToJsonString());
    }

    [Fact]
    public async Task A_field_of_another_shape_is_a_warning_on_standard_error_and_the_summary_still_prints()
    {
        var file = PlanFileWithAForeignEscalation();

        var (exit, output, error) = await Run(null, "summary", "--plan", file, "--as-of", "2023-06-30", "--json");

        Assert.Equal(0, exit);
        Assert.Equal($"minsheng: 提示：{file}：$.settings.escalation：ignored: must be an array, not the number 3", error.TrimEnd());
        var expected = JsonNode.Parse(SummaryJson.Write(ProgressEngine.Summarize(SamplePlans.Lianyungang(), new DateOnly(2023, 6, 30))));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(output)), output);
    }

    [Theory, BothProviders]
    public async Task A_plan_imported_with_a_field_of_another_shape_is_stored_after_a_warning(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();

        var (exit, output, error) = await Run(configuration, "plan", "import", PlanFileWithAForeignEscalation());

        Assert.Equal(0, exit);
        Assert.Contains("$.settings.escalation", error);
        Assert.Contains("3个项目 5个指标", output);
    }

    [Theory, BothProviders]
    public async Task A_plan_imported_into_the_database_exports_as_the_same_document(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var exported = Path.Combine(_folder, "exported.json");

        var imported = await Run(configuration, "plan", "import", PlanFile());
        var export = await Run(configuration, "plan", "export", "--year", "2023", "--out", exported);

        Assert.Equal((0, ""), (imported.Exit, imported.Error));
        Assert.Contains("3个项目 5个指标", imported.Output);
        Assert.Equal((0, ""), (export.Exit, export.Error));
        var plan = SamplePlans.Lianyungang();
        var asOf = new DateOnly(2023, 6, 30);
        Assert.Equal(SummaryJson.Write(ProgressEngine.Summarize(plan, asOf)), SummaryJson.Write(ProgressEngine.Summarize(PlanDocument.ReadFile(exported).Plan, asOf)));
    }

    [Theory, BothProviders]
    public async Task Importing_twice_or_exporting_a_year_without_a_plan_fails_in_one_line(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var file = PlanFile();
        await Run(configuration, "plan", "import", file);

        var again = await Run(configuration, "plan", "import", file);
        var missing = await Run(configuration, "plan", "export", "--year", "2031");

        Assert.Equal(1, again.Exit);
        Assert.Single(again.Error.TrimEnd().Split('\n'));
        Assert.Contains("已有", again.Error);
        Assert.Equal(1, missing.Exit);
        Assert.Contains("2031", missing.Error);
    }

    [Fact]
    public async Task A_mistyped_command_is_an_error_not_a_web_server()
    {
        var (exit, _, error) = await Run(null, "summery", "--plan", PlanFile(), "--as-of", "2023-06-30");

        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Options_and_settings_still_start_the_web_app()
    {
        Assert.False(MinshengCommandLine.Handles(["--urls", "http://127.0.0.1:5001"]));
        Assert.False(MinshengCommandLine.Handles(["Demo:Enabled=false"]));
        Assert.False(MinshengCommandLine.Handles([]));
        Assert.True(MinshengCommandLine.Handles(["--help"]));
    }

    [Fact]
    public async Task A_published_list_becomes_a_plan_document_with_warnings_on_standard_error()
    {
        var list = Path.Combine(_folder, "list.txt");
        await File.WriteAllTextAsync(list, "2025年某市民生实事项目\n一、教育\n(一)新建幼儿园\n项目内容:新建公办幼儿园5所。\n责任单位:市教育局\n(二)推进城中村改造\n项目内容:有序推进城中村改造。\n责任单位:市住建局");
        var output = Path.Combine(_folder, "plan.json");

        var (exit, _, error) = await Run(null, "import", list, "--out", output);

        Assert.Equal(0, exit);
        var plan = PlanDocument.ReadFile(output).Plan;
        Assert.Equal((2025, "某市"), (plan.Year, plan.Region));
        var indicator = Assert.Single(plan.Indicators);
        Assert.Equal((5m, "所"), (indicator.Target, indicator.Unit));
        Assert.Contains("01-02“推进城中村改造”：内容中没有找到可量化的目标", Assert.Single(error.TrimEnd().Split('\n')));
    }

    [Fact]
    public async Task A_list_file_that_cannot_be_read_is_one_line_naming_it()
    {
        var (exit, _, error) = await Run(null, "import", PlanFile("") , "--year", "2025");

        Assert.Equal(1, exit);
        Assert.Contains("文件是空的", Assert.Single(error.TrimEnd().Split('\n')));
    }

    [Theory, BothProviders]
    public async Task A_units_template_exported_from_the_database_imports_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        await Run(configuration, "plan", "import", PlanFile());
        var template = Path.Combine(_folder, "月报.xlsx");

        var exported = await Run(configuration, "export", "template", "--unit", "市人社局", "--period", "2023-07", "--out", template);
        var imported = await Run(configuration, "import", "report", template);

        Assert.Equal((0, ""), (exported.Exit, exported.Error));
        Assert.Equal((0, ""), (imported.Exit, imported.Error));
        Assert.Contains("市人社局", imported.Output);
    }

    [Fact]
    public async Task The_progress_table_exports_from_a_plan_document()
    {
        var table = Path.Combine(_folder, "汇总表.xlsx");

        var (exit, _, error) = await Run(null, "export", "table", "--plan", PlanFile(), "--as-of", "2023-06-30", "--out", table);

        Assert.Equal((0, ""), (exit, error));
        Assert.True(new FileInfo(table).Length > 0);
    }

    [Fact]
    public async Task The_executable_answers_on_standard_output_with_nothing_else()
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "minsheng.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", executable, "summary", "--plan", PlanFile(), "--as-of", "2023-06-30", "--json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("2023-06-30", JsonNode.Parse(output)!["asOf"]!.GetValue<string>());
    }
}
