using Microsoft.Extensions.Localization;

// The assembly is named minsheng; resources are named after the code's namespace.
[assembly: RootNamespace("Minsheng")]

namespace Minsheng;

/// <summary>The pages' words, from Resources/PageText.resx (Simplified Chinese is the neutral language).</summary>
public sealed class PageText;
