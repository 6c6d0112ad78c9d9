using System.Text.Json;
using System.Text.Json.Serialization;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Bulletins;

/// <summary>
/// The words of the documents that an office edits without a release: titles, headings, the order of
/// the sections, the problem types and the closing requirements (工作要求). Read from JSON; the default
/// is embedded (Bulletins/default-template.json). Placeholders in braces: {plan}, {region}, {year},
/// {period}, {month}, {monthEnd}, {projects}, {indicators}, {count}, {ordinal}, {category}, and in the
/// bulletin's number {sequence}: the bulletin's place in the year (see <see cref="HeaderWords"/>).
/// </summary>
public sealed record DocumentTemplate(
    IReadOnlyDictionary<string, string> PeriodNames,
    string OtherPeriodName,
    BulletinWords Bulletin,
    AttachmentWords Attachment,
    CardWords Card)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // Written for people to edit: Chinese as it is, one field a line.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        WriteIndented = true,
    };

    private static readonly Lazy<DocumentTemplate> Embedded = new(() =>
    {
        using var stream = typeof(DocumentTemplate).Assembly.GetManifestResourceStream("Minsheng.Engine.Bulletins.default-template.json")!;
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd());
    });

    public static DocumentTemplate Default => Embedded.Value;

    /// <summary>A template from its JSON, or an <see cref="InvalidTemplateException"/> saying what is wrong.</summary>
    public static DocumentTemplate Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<DocumentTemplate>(json, Json) ?? throw new InvalidTemplateException("the template is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidTemplateException(e.Path is { Length: > 0 } path ? $"{path}: {e.Message}" : e.Message);
        }
    }

    public static string Write(DocumentTemplate template) => JsonSerializer.Serialize(template, Json);

    /// <summary>上半年, 前三季度, or else 1-5月.</summary>
    public string PeriodName(int month) =>
        PeriodNames.TryGetValue(month.ToString(System.Globalization.CultureInfo.InvariantCulture), out var name) ? name : OtherPeriodName.Replace("{month}", month.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// The bulletin's words. Sections come in the order listed; a section with a heading is numbered
/// (一、二、…), one without continues the section before it.
/// </summary>
public sealed record BulletinWords(
    string Title,
    string Number,
    string Preface,
    IReadOnlyList<SectionWords> Sections,
    string CategoryLead,
    IReadOnlyList<ProblemTypeWords> ProblemTypes,
    string NoProblems,
    string ProblemsUnavailable,
    IReadOnlyList<string> Requirements,
    string AttachmentNote,
    // Optional: a template written before these sections keeps working with the default words.
    SupervisionWords? Supervision = null,
    ReportingWords? Reporting = null,
    HeaderWords? Header = null);

public enum DateStyle { Arabic, Chinese }

/// <summary>
/// The red header and the 落款 of the bulletin (GB/T 9704): the issuing office's mark (发文机关标志, its name,
/// or its name and 文件), its name as the signature, and how the date is written: Arabic numerals as GB/T
/// 9704-2012 says (2024年6月5日) or Chinese ones (二〇二四年六月五日). The number's {sequence} counts the months
/// with figures in the year up to the bulletin's own, plus FirstSequence - 1, for an office whose series
/// started with other bulletins that year.
/// </summary>
public sealed record HeaderWords(string Mark, string Signature, DateStyle Date = DateStyle.Arabic, int FirstSequence = 1)
{
    public static readonly HeaderWords Default = new("{region}人民政府督查室文件", "{region}人民政府督查室");
}

public enum SectionKind { Overall, Categories, Problems, Supervision, Reporting, Requirements }

/// <summary>
/// 报送情况: the lead-in ({units} lead units, {onTime} on time), the late and the missing units ({count}, {names}),
/// the sentence when all were on time, the one for a source without reporting records, and the mark of a
/// figure carried forward in the attached table.
/// </summary>
public sealed record ReportingWords(string Lead, string Late, string NotReported, string AllOnTime, string Unavailable, string CarriedForward = "未报送，沿用上月数据")
{
    public static readonly ReportingWords Default = new(
        "{month}月份应报送牵头单位{units}个，按时报送{onTime}个。",
        "逾期报送{count}个：{names}。",
        "未报送{count}个：{names}，其牵头项目未报送，沿用上月数据。",
        "各单位均按时报送。",
        "本通报依据计划文件生成，计划文件不载报送记录，此处不列报送情况。");
}

/// <summary>
/// 督办情况: the lead-in ({count} projects open), the names of the levels (一级 to 三级), what changed this month
/// ({raised}, {escalated}, {closed}), and the sentences for none and for a source without records.
/// </summary>
public sealed record SupervisionWords(string Lead, IReadOnlyList<string> LevelNames, string Changes, string None, string Unavailable)
{
    public static readonly SupervisionWords Default = new(
        "截至{monthEnd}，共有{count}个项目列入督办。其中",
        ["一级督办（督查室）", "二级督办（秘书长）", "三级督办（分管副市长）"],
        "本月新列入{raised}个、升级{escalated}个，累计销号{closed}个。",
        "截至{monthEnd}，无列入督办的项目。",
        "本通报依据计划文件生成，计划文件不载督办记录，此处不列督办情况。");
}

public sealed record SectionWords(SectionKind Kind, string? Heading = null);

public sealed record ProblemTypeWords(ProblemKind Kind, string Heading);

public sealed record AttachmentWords(string Title, IReadOnlyList<string> Columns, string None);

/// <summary>The report card's words: a group per status in the order listed, each heading with its {count}.</summary>
public sealed record CardWords(string Title, string Preface, IReadOnlyList<CardGroupWords> Groups, IReadOnlyList<string> Closing);

public sealed record CardGroupWords(Status Status, string Heading);

public sealed class InvalidTemplateException(string message) : Exception(message);
