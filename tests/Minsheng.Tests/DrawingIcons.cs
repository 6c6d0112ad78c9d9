using System.Text.RegularExpressions;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// The icons come from bootstrap-icons as SVG masks in stylesheets the build makes (no icon font): every icon a
/// page, script or C# file names is drawn by the stylesheet its pages load, so that a new or misspelt name fails here
/// instead of leaving an empty space on a page.
/// </summary>
public partial class DrawingIcons
{
    [Fact]
    public async Task Every_icon_the_app_names_is_in_the_internal_stylesheet_and_every_portal_icon_in_the_portals()
    {
        var sources = Directory.EnumerateFiles(Repository.Host, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cshtml") || file.EndsWith(".cs") || file.EndsWith(".js"))
            .Where(file => !Regex.IsMatch(Path.GetRelativePath(Repository.Host, file), @"^(bin|obj|node_modules|wwwroot[\\/]lib)[\\/]"))
            .ToList();
        var portalSources = sources.Where(file => Path.GetRelativePath(Repository.Host, file).StartsWith("Public")
            || new[] { "page.js", "public.js", "map.js" }.Contains(Path.GetFileName(file)));
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var icons = await client.GetStringAsync("/lib/bootstrap-icons/icons.css");
        var portal = await client.GetStringAsync("/lib/portal/portal.css");

        var named = Named(sources);
        Assert.True(named.Count > 20, $"{named.Count} icons named");
        Assert.All(named, name => Assert.Contains($".bi-{name}{{--bi:url(\"data:image/svg+xml,", icons));
        Assert.All(Named(portalSources), name => Assert.Contains($".bi-{name}{{--bi:url(", portal));
        Assert.DoesNotContain("@font-face", icons + portal);
        // The table headers' sort arrows, which site.css names as custom properties.
        var properties = Directory.EnumerateFiles(Path.Combine(Repository.Host, "wwwroot", "css"), "*.css")
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"var\(--bi-([a-z0-9-]+)\)").Select(match => match.Groups[1].Value)).ToHashSet();
        Assert.Contains("arrow-down-up", properties);
        Assert.All(properties, name => Assert.Contains($"--bi-{name}:url(\"data:image/svg+xml,", icons));
        // The portal's stylesheet is Bootstrap reduced to what the portal names: a tenth of the whole.
        Assert.Contains(".progress-bar", portal);
        Assert.DoesNotContain(".carousel", portal);
        Assert.DoesNotContain(".modal-dialog", portal);
    }

    private static HashSet<string> Named(IEnumerable<string> files) =>
        files.SelectMany(file => IconName().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value)).ToHashSet();

    [GeneratedRegex(@"\bbi-([a-z0-9]+(?:-[a-z0-9]+)*)")]
    private static partial Regex IconName();
}
