using System.Text;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Tests;

/// <summary>Texts that cannot be decoded, or are far longer than any real field, are refused with their path before anything is read.</summary>
public class Refusing_unreadable_or_endless_texts
{
    private static Plan APlanWithOneIndicator() => APlan.For(2023)
        .WithCategory("01", c => c.WithProject("01-01", p => p.WithIndicator("01-01-1", 8)))
        .Build();

    private static IReadOnlyList<DocumentError> ErrorsReading(byte[] utf8) =>
        Assert.Throws<InvalidPlanDocumentException>(() => PlanDocument.Read(utf8)).Errors;

    /// <summary>The written document with the project's name replaced by the raw bytes given (inside the quotes).</summary>
    private static byte[] WithProjectName(byte[] nameBytes)
    {
        var json = APlanWithOneIndicator().Written(d => d.Project(0, 0)["name"] = "NAME_HERE");
        var parts = json.Split("NAME_HERE");
        return [.. Encoding.UTF8.GetBytes(parts[0]), .. nameBytes, .. Encoding.UTF8.GetBytes(parts[1])];
    }

    [Fact]
    public void Invalid_utf8_in_a_project_name_names_the_field()
    {
        var error = Assert.Single(ErrorsReading(WithProjectName([0xC3, 0x28, 0xFF])));

        Assert.Equal("$.categories[0].projects[0].name", error.Path);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void A_lone_surrogate_in_a_project_name_names_the_field()
    {
        var error = Assert.Single(ErrorsReading(WithProjectName(Encoding.ASCII.GetBytes("\\ud800x"))));

        Assert.Equal("$.categories[0].projects[0].name", error.Path);
    }

    [Fact]
    public void A_ten_megabyte_project_name_is_refused_with_its_length()
    {
        var error = Assert.Single(ErrorsReading(WithProjectName(Encoding.UTF8.GetBytes(new string('名', 10 * 1024 * 1024 / 3)))));

        Assert.Equal("$.categories[0].projects[0].name", error.Path);
        Assert.Contains("200", error.Message);
    }

    [Fact]
    public void A_long_content_within_the_text_limit_reads()
    {
        var json = APlanWithOneIndicator().Written(d => d.Project(0, 0)["content"] = new string('字', DocumentLimits.MaxContent));

        Assert.Equal(DocumentLimits.MaxContent, PlanDocument.Read(json).Plan.Projects.Single().Content!.Length);
    }

    [Fact]
    public void A_content_over_the_text_limit_is_refused()
    {
        var errors = DocumentEdits.ErrorsReading(APlanWithOneIndicator().Written(d => d.Project(0, 0)["content"] = new string('字', DocumentLimits.MaxContent + 1)));

        Assert.Equal("$.categories[0].projects[0].content", Assert.Single(errors).Path);
    }

    [Fact]
    public void A_project_code_longer_than_its_column_is_refused_on_every_database()
    {
        var errors = DocumentEdits.ErrorsReading(APlanWithOneIndicator().Written(d => d.Project(0, 0)["code"] = new string('1', 51)));

        var error = Assert.Single(errors);
        Assert.Equal("$.categories[0].projects[0].code", error.Path);
        Assert.Contains("50", error.Message);
    }
}
