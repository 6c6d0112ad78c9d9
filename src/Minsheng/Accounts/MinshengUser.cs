using Microsoft.AspNetCore.Identity;

namespace Minsheng.Accounts;

/// <summary>An account: a person at a post. Unit is the unit a reporter or reviewer works for.</summary>
public sealed class MinshengUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public string? Unit { get; set; }

    /// <summary>Set on an account whose password was handed out (the first administrator's one-time password) until its owner picks one.</summary>
    public bool MustChangePassword { get; set; }
}
