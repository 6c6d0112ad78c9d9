using Microsoft.EntityFrameworkCore;
using Minsheng.Data;

namespace Minsheng.Accounts;

/// <summary>
/// Slows password guessing without letting anyone lock an account: one client address that keeps failing on one account
/// waits 1 s, 2 s, 4 s ... up to 15 minutes between tries, while the owner signs in from their own address at once.
/// Every attempt is stored before it is judged, so that parallel guesses count each other, on every node.
/// </summary>
public sealed class SignInThrottle(MinshengDb db, TimeProvider clock)
{
    /// <summary>Failures of one address on one account before it has to wait.</summary>
    public const int FreeTries = 5;

    /// <summary>Failures on one account within an hour, from all addresses, past which every address waits from its first failure.</summary>
    public const int AccountCap = 50;

    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);

    /// <summary>Failures older than this no longer count.</summary>
    private static readonly TimeSpan Memory = TimeSpan.FromHours(24);

    /// <summary>The key of an account as people type it: case does not make another account.</summary>
    public static string NameKey(string? userName)
    {
        // Upper-cased first, as Identity finds accounts: "ſtaff" finds staff and must count against staff.
        var name = (userName ?? "").Trim().Normalize().ToUpperInvariant().ToLowerInvariant();
        return name.Length <= SignInFailure.UserNameLength ? name : name[..SignInFailure.UserNameLength];
    }

    /// <summary>Stores the attempt, provisionally failed, and says how long this address must still wait (zero: it may try now).</summary>
    public async Task<(SignInFailure Attempt, TimeSpan Wait)> BeginAsync(string userName, string address, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await PruneAsync(now, cancellationToken);
        var attempt = new SignInFailure { At = now, UserName = NameKey(userName), ClientAddress = address, Reason = SignInFailureReason.WrongPassword };
        db.SignInFailures.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);

        var counted = db.SignInFailures.AsNoTracking()
            .Where(f => f.UserName == attempt.UserName && f.Id < attempt.Id && f.ClearedAt == null && f.Reason != SignInFailureReason.Throttled);
        // SQLite cannot compare DateTimeOffset in SQL: the newest rows by id, their times compared here.
        var fromAddress = (await counted.Where(f => f.ClientAddress == address).OrderByDescending(f => f.Id).Take(64).Select(f => f.At).ToListAsync(cancellationToken))
            .Where(at => at > now - Memory).ToList();
        var onAccount = (await counted.OrderByDescending(f => f.Id).Take(AccountCap).Select(f => f.At).ToListAsync(cancellationToken))
            .Count(at => at > now - TimeSpan.FromHours(1));

        var free = onAccount >= AccountCap ? 1 : FreeTries;
        if (fromAddress.Count < free) return (attempt, TimeSpan.Zero);
        var doublings = Math.Min(fromAddress.Count - free, 20);
        var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, doublings), LongestWait.TotalSeconds));
        var remaining = fromAddress.Max() + wait - now;
        return (attempt, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
    }

    /// <summary>Records why the attempt failed.</summary>
    public async Task FailedAsync(SignInFailure attempt, SignInFailureReason reason, CancellationToken cancellationToken)
    {
        attempt.Reason = reason;
        // The wait runs from the answer: a slow password check does not use it up.
        attempt.At = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The attempt was no failure; this address starts over on this account (the failures stay in the log).</summary>
    public async Task SucceededAsync(SignInFailure attempt, CancellationToken cancellationToken)
    {
        db.SignInFailures.Remove(attempt);
        await db.SaveChangesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.SignInFailures.Where(f => f.UserName == attempt.UserName && f.ClientAddress == attempt.ClientAddress && f.ClearedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.ClearedAt, now), cancellationToken);
    }

    /// <summary>
    /// How long refused sign-ins stay in the log. The Cybersecurity Law (Art. 21) asks for at least six months of logs;
    /// a year covers an annual audit.
    /// </summary>
    public static readonly TimeSpan Kept = TimeSpan.FromDays(365);

    /// <summary>Deletes at most a batch of entries older than <see cref="Kept"/>: one lookup when there are none, as there mostly are not.</summary>
    private async Task PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // SQLite cannot compare moments in SQL: the oldest rows by id (ids grow with time), their times compared here.
        var oldest = await db.SignInFailures.AsNoTracking().OrderBy(f => f.Id).Select(f => f.At).FirstOrDefaultAsync(cancellationToken);
        if (oldest == default || oldest >= now - Kept) return;
        var batch = await db.SignInFailures.AsNoTracking().OrderBy(f => f.Id).Take(1000).Select(f => new { f.Id, f.At }).ToListAsync(cancellationToken);
        // A sign-in beside this one may have pruned them already.
        if (batch.TakeWhile(f => f.At < now - Kept).LastOrDefault() is not { } last) return;
        await db.SignInFailures.Where(f => f.Id <= last.Id).ExecuteDeleteAsync(cancellationToken);
    }
}
