using Minsheng.Data;

namespace Minsheng.Suggestions;

/// <summary>The fields every suggestion must have right, however it comes in; each error named by its field, in Chinese.</summary>
internal static class SuggestionChecks
{
    public const int MaxNeed = 100;
    public const int MaxPlace = 200;
    public const int MaxContent = 2000;
    public const int MaxCategory = 50;
    public const int MaxAuthor = 100;

    public static Dictionary<string, string[]> Errors(string? need, string? place, string? content, string? category, decimal? latitude, decimal? longitude)
    {
        var errors = new Dictionary<string, string[]>();
        Text(errors, "need", need, MaxNeed, required: true);
        Text(errors, "place", place, MaxPlace, required: false);
        Text(errors, "content", content, MaxContent, required: true);
        Text(errors, "category", category, MaxCategory, required: false);
        if (latitude is null != longitude is null) errors["latitude"] = [SuggestionMessages.Get("ErrorBothCoordinates")];
        else if (latitude is < -90 or > 90 || longitude is < -180 or > 180) errors["latitude"] = [SuggestionMessages.Get("ErrorCoordinates")];
        return errors;
    }

    public static void Text(Dictionary<string, string[]> errors, string field, string? value, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value)) errors[field] = [SuggestionMessages.Get("ErrorRequired", SuggestionMessages.Get("Field_" + field))];
        else if (value?.Trim().Length > max) errors[field] = [SuggestionMessages.Get("ErrorTooLong", SuggestionMessages.Get("Field_" + field), max)];
    }

    /// <summary>A staff channel by its name (hotline, letter, deputy, department, other): the portal is residents' own.</summary>
    public static SuggestionChannel? StaffChannel(string? name) =>
        Enum.GetValues<SuggestionChannel>().Where(c => c != SuggestionChannel.Portal)
            .Select(c => (SuggestionChannel?)c).FirstOrDefault(c => string.Equals(c.ToString(), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
