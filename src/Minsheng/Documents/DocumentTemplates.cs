using Minsheng.Engine.Bulletins;

namespace Minsheng.Documents;

/// <summary>
/// The office's template: the file named by the setting Documents:Template (JSON, edited without a
/// release), or else the embedded default. Read on each use, so that an edit shows at the next download.
/// </summary>
public static class DocumentTemplates
{
    public const string Setting = "Documents:Template";

    public static DocumentTemplate Load(IConfiguration configuration) => Load(configuration[Setting]);

    public static DocumentTemplate Load(string? file)
    {
        if (string.IsNullOrWhiteSpace(file)) return DocumentTemplate.Default;
        if (!File.Exists(file)) throw new InvalidTemplateException($"{file}: {DocumentText.Get("TemplateMissing")}");
        try
        {
            return DocumentTemplate.Read(File.ReadAllText(file));
        }
        catch (InvalidTemplateException e)
        {
            throw new InvalidTemplateException($"{file}: {e.Message}");
        }
    }
}
