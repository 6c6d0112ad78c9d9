using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Minsheng.Accounts;

/// <summary>Choose a password of one's own; the first administrator must before anything else.</summary>
public sealed class PasswordModel(UserManager<MinshengUser> users, SignInManager<MinshengUser> signIn) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (New != Confirm)
        {
            Errors = [AccountText.Get("PasswordsDiffer")];
            return Page();
        }
        Errors = await PasswordChange.ChangeAsync(users, signIn, user, Current, New);
        return Errors.Count == 0 ? LocalRedirect("/") : Page();
    }
}
