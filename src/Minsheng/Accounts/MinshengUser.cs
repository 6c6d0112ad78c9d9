using Microsoft.AspNetCore.Identity;

namespace Minsheng.Accounts;

/// <summary>An account: a person at a post. Unit is the unit a reporter or reviewer works for.</summary>
public sealed class MinshengUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public string? Unit { get; set; }
}
