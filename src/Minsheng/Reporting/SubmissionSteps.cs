using Minsheng.Accounts;
using Minsheng.Data;

namespace Minsheng.Reporting;

/// <summary>A submission with the names of the people who took its steps, for the pages that list them.</summary>
public sealed record SubmissionSteps(StoredSubmission Submission, PeopleNames People);
