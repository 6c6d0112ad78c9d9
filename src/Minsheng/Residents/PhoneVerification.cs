using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minsheng.Data;

namespace Minsheng.Residents;

public enum CodeOutcome { Sent, BadPhone, TooSoon, TooManyForPhone, TooManyForAddress }

/// <summary>
/// A resident proves a phone number with a six-digit code sent to it; only the code's hash is stored.
/// One row per phone holds its live code: issuing and every guess are single conditional UPDATEs on
/// that row, so that parallel requests (and several web nodes) can neither get more codes nor more
/// guesses than allowed, and a code serves one action.
/// </summary>
public static partial class PhoneVerification
{
    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MainlandMobile();

    public static string? Normalize(string? phone)
    {
        var digits = phone?.Trim().Replace(" ", "").Replace("-", "");
        if (digits?.StartsWith("+86", StringComparison.Ordinal) == true) digits = digits[3..];
        return digits is not null && MainlandMobile().IsMatch(digits) ? digits : null;
    }

    /// <summary>A phone as the office reads it: 139****5678.</summary>
    public static string Mask(string phone) => phone.Length == 11 ? phone[..3] + "****" + phone[7..] : new string('*', phone.Length);

    public static async Task<CodeOutcome> SendCodeAsync(
        MinshengDb db, ISmsSender sms, IStringLocalizer<PublicText> text, ResidentLimits limits, string? phone, string clientAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Normalize(phone) is not { } number) return CodeOutcome.BadPhone;
        // Phones an address asked codes for in the last hour; a soft limit beside the per-address rate limiter.
        var hourAgo = now.AddHours(-1);
        if (await db.PhoneCodes.CountAsync(c => c.ClientAddress == clientAddress && c.SentAt > hourAgo, cancellationToken) >= limits.CodesPerAddressPerHour)
        {
            return CodeOutcome.TooManyForAddress;
        }

        // The phone's row, spent and outside any window, unless it exists (plain SQL: ON CONFLICT reads the same on both providers).
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO phone_verifications ("Phone", "CodeHash", "SentAt", "ExpiresAt", "FailedAttempts", "Spent", "WindowStartedAt", "CodesInWindow")
            VALUES ({number}, '', 0, 0, 0, TRUE, 0, 0) ON CONFLICT ("Phone") DO NOTHING
            """, cancellationToken);
        var dayAgo = now.AddDays(-1);
        // Only the first request after a window ended opens the next one: the WHERE no longer holds for the others.
        await db.PhoneCodes.Where(c => c.Phone == number && c.WindowStartedAt <= dayAgo)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WindowStartedAt, now).SetProperty(c => c.CodesInWindow, 0), cancellationToken);

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var hash = Hash(number, code);
        var lastAllowed = now.AddSeconds(-limits.SecondsBetweenCodes);
        var expires = now.AddMinutes(limits.CodeMinutes);
        var issued = await db.PhoneCodes
            .Where(c => c.Phone == number && c.CodesInWindow < limits.CodesPerPhonePerDay && c.SentAt <= lastAllowed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.CodeHash, hash).SetProperty(c => c.ClientAddress, clientAddress).SetProperty(c => c.SentAt, now)
                .SetProperty(c => c.ExpiresAt, expires).SetProperty(c => c.FailedAttempts, 0).SetProperty(c => c.Spent, false)
                .SetProperty(c => c.CodesInWindow, c => c.CodesInWindow + 1), cancellationToken);
        if (issued == 0)
        {
            var sentAt = await db.PhoneCodes.Where(c => c.Phone == number).Select(c => c.SentAt).FirstAsync(cancellationToken);
            return sentAt > lastAllowed ? CodeOutcome.TooSoon : CodeOutcome.TooManyForPhone;
        }
        await sms.SendAsync(number, text["CodeMessage", code, limits.CodeMinutes], cancellationToken);
        return CodeOutcome.Sent;
    }

    /// <summary>
    /// Whether the code is the phone's live one, unexpired, unspent and not guessed at too often; a right code
    /// is spent by this call, a wrong one counted, each in the one statement that checks it.
    /// </summary>
    public static async Task<bool> VerifyAsync(MinshengDb db, ResidentLimits limits, string phone, string? code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var given = Hash(phone, code?.Trim() ?? "");
        var live = db.PhoneCodes.Where(c => c.Phone == phone && !c.Spent && c.ExpiresAt > now && c.FailedAttempts < limits.WrongCodesAllowed);
        if (await live.Where(c => c.CodeHash == given).ExecuteUpdateAsync(s => s.SetProperty(c => c.Spent, true), cancellationToken) == 1) return true;
        await live.Where(c => c.CodeHash != given).ExecuteUpdateAsync(s => s.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1), cancellationToken);
        return false;
    }

    private static string Hash(string phone, string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{phone}:{code}")));
}
