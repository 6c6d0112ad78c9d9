namespace Minsheng.Engine.Tests.Imports.Lists;

/// <summary>The real documents of ../shared/samples and the repository's own files, found from the test's folder.</summary>
internal static class Samples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(Find("shared/samples"), name));

    public static string RepositoryFile(string relativePath) => Path.Combine(Find("src/Minsheng.Engine"), "..", "..", relativePath);

    private static string Find(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"No {relative} above {AppContext.BaseDirectory}.");
    }
}
