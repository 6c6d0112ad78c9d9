namespace Minsheng.Data;

/// <summary>
/// A photo of a project's work (现场照片), uploaded by the office and shown on the public pages beside the
/// latest published note. Removing hides it and keeps who removed it and when; the image stays stored.
/// </summary>
public sealed class StoredPhoto
{
    public long Id { get; set; }
    public int PlanId { get; set; }
    public int ProjectId { get; set; }
    public int? SiteId { get; set; }
    public string? Caption { get; set; }
    public DateOnly? TakenOn { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    /// <summary>SHA-256 of the file as uploaded, so that the same file uploaded twice is stored once.</summary>
    public required string UploadHash { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string? RemovedBy { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
    public StoredPhotoImage? Image { get; set; }
}

/// <summary>The images of a photo, re-encoded as JPEG without metadata: kept apart so that lists never load them.</summary>
public sealed class StoredPhotoImage
{
    public long PhotoId { get; set; }
    public required byte[] Full { get; set; }
    public required byte[] Small { get; set; }
}
