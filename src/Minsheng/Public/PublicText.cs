namespace Minsheng;

/// <summary>The public portal's words, from Resources/PublicText.resx (Simplified Chinese).</summary>
public sealed class PublicText;
