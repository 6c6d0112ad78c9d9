using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Minsheng.Accounts;

public sealed class LogoutModel(UserManager<MinshengUser> users, SignInManager<MinshengUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Dashboard/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await Sessions.SignOutEverywhereAsync(HttpContext, users, signIn);
        return Redirect("/login");
    }
}
