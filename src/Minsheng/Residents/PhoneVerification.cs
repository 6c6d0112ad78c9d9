using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minsheng.Data;

namespace Minsheng.Residents;

public enum CodeOutcome { Sent, BadPhone, TooSoon, TooManyForPhone, TooManyForAddress }

/// <summary>A resident proves a phone number with a six-digit code sent to it; only the code's hash is stored.</summary>
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

    public static async Task<CodeOutcome> SendCodeAsync(
        MinshengDb db, ISmsSender sms, IStringLocalizer<PublicText> text, ResidentLimits limits, string? phone, string clientAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Normalize(phone) is not { } number) return CodeOutcome.BadPhone;
        // Few rows per phone and address: the times are compared here rather than in SQL, where SQLite cannot.
        var sentToPhone = await db.PhoneCodes.Where(c => c.Phone == number).Select(c => c.SentAt).ToListAsync(cancellationToken);
        if (sentToPhone.Any(at => now - at < TimeSpan.FromSeconds(limits.SecondsBetweenCodes))) return CodeOutcome.TooSoon;
        if (sentToPhone.Count(at => now - at < TimeSpan.FromDays(1)) >= limits.CodesPerPhonePerDay) return CodeOutcome.TooManyForPhone;
        var sentFromAddress = await db.PhoneCodes.Where(c => c.ClientAddress == clientAddress).Select(c => c.SentAt).ToListAsync(cancellationToken);
        if (sentFromAddress.Count(at => now - at < TimeSpan.FromHours(1)) >= limits.CodesPerAddressPerHour) return CodeOutcome.TooManyForAddress;

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        db.PhoneCodes.Add(new StoredPhoneCode
        {
            Phone = number, CodeHash = Hash(number, code), ClientAddress = clientAddress, SentAt = now, ExpiresAt = now.AddMinutes(limits.CodeMinutes),
        });
        await db.SaveChangesAsync(cancellationToken);
        await sms.SendAsync(number, text["CodeMessage", code, limits.CodeMinutes], cancellationToken);
        return CodeOutcome.Sent;
    }

    /// <summary>Whether the code is the phone's latest, unexpired and not guessed at too often; a wrong code counts against it.</summary>
    public static async Task<bool> VerifyAsync(MinshengDb db, ResidentLimits limits, string phone, string? code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = (await db.PhoneCodes.Where(c => c.Phone == phone).ToListAsync(cancellationToken)).MaxBy(c => c.SentAt);
        if (latest is null || latest.ExpiresAt < now || latest.FailedAttempts >= limits.WrongCodesAllowed) return false;
        var given = Hash(phone, code?.Trim() ?? "");
        if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), Encoding.ASCII.GetBytes(latest.CodeHash))) return true;
        latest.FailedAttempts++;
        await db.SaveChangesAsync(cancellationToken);
        return false;
    }

    private static string Hash(string phone, string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{phone}:{code}")));
}
