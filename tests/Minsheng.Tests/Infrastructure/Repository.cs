namespace Minsheng.Tests.Infrastructure;

/// <summary>The repository the tests run in: its sources, and the builds of the host they start.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Host => Path.Combine(Root, "src", "Minsheng");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Minsheng.slnx"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException($"No Minsheng.slnx above {AppContext.BaseDirectory}.");
    }
}
