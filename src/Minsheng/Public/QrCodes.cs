using QRCoder;

namespace Minsheng.Public;

/// <summary>民生码: a QR code that opens a project's (or a site's) public page.</summary>
public static class QrCodes
{
    /// <summary>The address a code opens: the configured public address (what residents reach from outside), or the request's own.</summary>
    public static string PublicUrl(HttpRequest request, IConfiguration configuration, string path)
    {
        var configured = configuration["Portal:PublicBaseUrl"];
        var root = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured.TrimEnd('/');
        return root + path;
    }

    public static string ProjectPath(int planId, string code) => $"/public/{planId}/projects/{Uri.EscapeDataString(code)}";

    public static string SitePath(int planId, string code, int siteId) => $"{ProjectPath(planId, code)}?site={siteId}";

    public static string Svg(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8);
    }

    public static byte[] Png(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(10);
    }
}
