using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Minsheng.Accounts;

public sealed class LoginModel(SigningIn signingIn) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in was refused, in the users' language.</summary>
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await signingIn.SignInAsync(HttpContext, UserName, Password);
        if (outcome.User is not null) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        Error = outcome.Message;
        if (outcome.Throttled) Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Page();
    }
}
