namespace Minsheng.Shared;

/// <summary>One step of a page's breadcrumbs (plan → category → project → indicator); the last has no link.</summary>
public sealed record Crumb(string Text, string? Href = null);
