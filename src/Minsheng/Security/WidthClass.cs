namespace Minsheng.Security;

/// <summary>
/// A bar's width as a class (w-0 … w-100 in wwwroot/css/widths.css): the Content-Security-Policy allows no
/// style attribute, so a share cannot be written as style="width:…".
/// </summary>
public static class WidthClass
{
    public static string Of(decimal? share) => $"w-{(int)Math.Round(Math.Clamp(share ?? 0, 0, 1) * 100)}";
}
