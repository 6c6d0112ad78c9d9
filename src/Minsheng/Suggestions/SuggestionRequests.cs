using Minsheng.Data;

namespace Minsheng.Suggestions;

/// <summary>The days a call for suggestions is open to residents, for a region's programme year.</summary>
public sealed record SuggestionCallRequest(string? Region, DateOnly? OpensOn, DateOnly? ClosesOn);

public sealed record SuggestionCallItem(int Id, string Region, int Year, DateOnly OpensOn, DateOnly ClosesOn, bool Open, int Suggestions);

/// <summary>A suggestion the staff enter from another channel (热线, 来信, 代表, 部门).</summary>
public sealed record StaffSuggestionRequest(
    string? Channel, string? Need, string? Place, string? Content, string? Category, string? Author, decimal? Latitude, decimal? Longitude);

/// <summary>A resident's suggestion from the portal, from a verified phone.</summary>
public sealed record ResidentSuggestionRequest(
    string? Phone, string? Code, string? Need, string? Place, string? Content, string? Category, decimal? Latitude, decimal? Longitude);

/// <summary>A suggestion as the office reads it: a resident's phone masked (139****5678).</summary>
public sealed record SuggestionItem(
    long Id, SuggestionChannel Channel, string Need, string? Place, string Content, string? Category, decimal? Latitude, decimal? Longitude,
    string? Phone, string? Author, string? EnteredBy, DateTimeOffset CreatedAt);

/// <summary>Suggestions that ask for the same thing at the same place, for the office to merge.</summary>
public sealed record DuplicateGroupItem(IReadOnlyList<long> Suggestions, IReadOnlyList<string> Needs);

/// <summary>What the public sees of a call: its days and how many suggestions came, by category and by channel.</summary>
public sealed record SuggestionCounts(int Year, string Region, DateOnly OpensOn, DateOnly ClosesOn, int Total, IReadOnlyDictionary<string, int> ByCategory, IReadOnlyDictionary<string, int> ByChannel);
