using System.Reflection;
using Minsheng.Data;
using Xunit.Sdk;

namespace Minsheng.Tests.Infrastructure;

/// <summary>Runs a storage or API test once on SQLite and once on PostgreSQL, from one test body.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [DatabaseProvider.Sqlite],
        [DatabaseProvider.Postgres],
    ];
}
