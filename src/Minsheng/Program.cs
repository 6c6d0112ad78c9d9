using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.CommandLine;
using Minsheng.Data;
using Minsheng.Documents;
using Minsheng.Exports;
using Minsheng.Photos;
using Minsheng.Plans;
using Minsheng.Problems;
using Minsheng.Public;
using Minsheng.Reporting;
using Minsheng.Residents;
using Minsheng.Security;
using Minsheng.Shared;
using Minsheng.Sites;
using Minsheng.Suggestions;
using Minsheng.Uploads;
using Scalar.AspNetCore;

// With a command (summary, plan ...) the executable is the command line; without, the web app.
if (MinshengCommandLine.Handles(args)) return await MinshengCommandLine.RunAsync(args);

// Settings come from beside the executable; relative paths (./data) from where it is run.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
// Static files from the source tree under dotnet run in any environment; a published app has its own.
builder.WebHost.UseStaticWebAssets();

// Storage: SQLite by default, PostgreSQL by configuration; migrated (and the demo stored) on start
builder.Services.AddMinshengDatabase(builder.Configuration);
builder.Services.AddDatabaseStartup();

// The console's welcome once the server listens: where the app is and, with the demo, its accounts
builder.Services.AddWelcome();

// Accounts and roles (ASP.NET Core Identity in the same database), and the authorization policies
builder.Services.AddMinshengAccounts();

// JSON API: problem details, JSON conventions of the plan document, OpenAPI
builder.Services.AddMinshengApi();

// Pages for people: server-rendered, in Simplified Chinese from resource files
builder.Services.AddMinshengPages();

// The public portal: pages and endpoints without an account, served from memory until a month is published
builder.Services.AddPublicCache();

// Uploads: at most a few heavy uploads (photos, workbooks, lists) processed at once
builder.Services.AddUploadGate(builder.Configuration);

// Residents: phone verification by SMS, feedback, objections, following projects; rate-limited
builder.Services.AddResidents(builder.Configuration);

// Security: forwarded headers from configured proxies only, HSTS
builder.Services.AddMinshengSecurity(builder.Configuration);

var app = builder.Build();

// The client as the configured proxy saw it, and security headers (CSP, HSTS, nosniff) on every response
app.UseMinshengSecurity();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLocalization();
app.UseAuthentication();
// No state-changing request from another site's page: same origin or an antiforgery token (bound to the user)
app.UseCrossSiteRefusal();
app.UseForcedPasswordChange();
app.UseAuthorization();
app.UseRateLimiter();
app.UseUploadGate();
app.UseOutputCache();
// The portal's cached pages and JSON go out compressed (compressed once, inside the cache)
app.UsePublicCompression();

// OpenAPI document, and a browsable reference in development or where ApiReference:Enabled says so
var apiReference = app.Environment.IsDevelopment() || app.Configuration.GetValue("ApiReference:Enabled", false);
app.MapOpenApi();
// Without fonts from Scalar's CDN: an intranet has none, and the page's own CSP allows only this site.
if (apiReference) app.MapScalarApiReference(options => options.DefaultFonts = false);

// Accounts: sign in and out
app.MapAccountsApi();

// Plans: list, import, export, summary, categories, projects, indicators
app.MapPlansApi();

// Reporting: a month's figures, the report history, and the chain: review, verification, publication
app.MapReportsApi();
app.MapChainApi();

// Problems on projects, and supervision (督办): escalations and their closing
app.MapProblemsApi();
app.MapSupervisionApi();

// Documents: the bulletin (督查通报), the report card (成绩单) and the table of lagging items (汇总表)
app.MapDocumentsApi();

// Any table of a page, as the clerk sees it, exported as .xlsx
app.MapTableExportApi();

// Sites (点位) of projects and the district outlines of the map, set by the office
app.MapSitesApi();

// Photos of the work on projects (现场照片), shown on the public pages
app.MapPhotosApi();

// The public portal: programme, projects, sites, 民生码 and open data, for anyone
app.MapPublicApi();

// Residents' feedback, objections and follows; the office's moderation queue and the lead units' answers
app.MapResidentsApi();
app.MapFeedbackApi();

// The call for suggestions (项目征集) of next year's programme: residents' and other channels', and their near-duplicates
app.MapSuggestionsApi();

// Pages: sign-in, dashboard, plan pages
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

await app.RunAsync();
return 0;

public partial class Program;
