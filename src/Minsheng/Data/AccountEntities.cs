namespace Minsheng.Data;

/// <summary>Why a sign-in was refused: no such account or a wrong password (one answer to the client), or too many tries.</summary>
public enum SignInFailureReason { UnknownName, WrongPassword, Throttled }

/// <summary>
/// A refused sign-in, kept in the database so that the back-off holds across restarts and nodes and the office can read
/// who tried what from where. ClearedAt is set when the account then signs in from that address: the back-off starts over.
/// </summary>
public sealed class SignInFailure
{
    public const int UserNameLength = 64;

    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The name as typed, cut to its first characters: a name is not a place to store a payload.</summary>
    public required string UserName { get; set; }
    public required string ClientAddress { get; set; }
    public SignInFailureReason Reason { get; set; }
    public DateTimeOffset? ClearedAt { get; set; }
}
