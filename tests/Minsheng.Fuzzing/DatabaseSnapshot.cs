using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Minsheng.Fuzzing;

/// <summary>Every table's row count and a hash of its content, to tell whether a refused batch changed anything.</summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    /// <summary>Tables a refused request may legitimately write: keys of data protection, sign-in failures, rate limits.</summary>
    public static readonly HashSet<string> Bookkeeping = new(StringComparer.OrdinalIgnoreCase) { "DataProtectionKeys", "__EFMigrationsHistory", "sign_in_failures" };

    public static DatabaseSnapshot Take(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var names = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) names.Add(reader.GetString(0));
        }
        var tables = new Dictionary<string, (long, string)>();
        foreach (var name in names.Where(n => !Bookkeeping.Contains(n)))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{name}\"";
            using var reader = command.ExecuteReader();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(reader.IsDBNull(i) ? "\u0000" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                    hash.AppendData([0x1F]);
                }
            }
            tables[name] = (rows, Convert.ToHexString(hash.GetHashAndReset()));
        }
        return new DatabaseSnapshot(tables);
    }

    /// <summary>The tables whose rows differ from the other snapshot's.</summary>
    public IEnumerable<string> ChangedSince(DatabaseSnapshot before) =>
        Tables.Where(t => !before.Tables.TryGetValue(t.Key, out var old) || old != t.Value).Select(t => t.Key)
            .Concat(before.Tables.Keys.Where(k => !Tables.ContainsKey(k)));
}
