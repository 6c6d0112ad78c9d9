namespace Minsheng.Documents;

/// <summary>A written .docx or .xlsx as PDF, by <see cref="LibreOffice"/>; when there is none, the office is told why in Chinese.</summary>
public static class PdfConversion
{
    /// <summary>The PDF of a document, or a <see cref="PdfUnavailableException"/> saying in Chinese why there is none.</summary>
    public static async Task<OfficeDocument> ConvertAsync(OfficeDocument document, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(document.FileName);
        try
        {
            var pdf = await LibreOffice.ConvertAsync(document.Content, extension, "pdf", configuration, cancellationToken);
            return new OfficeDocument(pdf, "application/pdf", Path.ChangeExtension(document.FileName, ".pdf"));
        }
        catch (LibreOfficeException e)
        {
            throw new PdfUnavailableException(e.Failure switch
            {
                LibreOfficeFailure.NotInstalled => DocumentText.Get("PdfNotInstalled"),
                LibreOfficeFailure.Busy => DocumentText.Get("PdfBusy"),
                LibreOfficeFailure.TimedOut => DocumentText.Get("PdfTimedOut", e.TimeoutSeconds),
                _ => DocumentText.Get("PdfFailed", extension == ".xlsx" ? "libreoffice-calc-nogui" : "libreoffice-writer-nogui", e.Detail),
            });
        }
    }
}

/// <summary>No PDF could be made: LibreOffice is missing, busy, too slow or failed; the message says which, in Chinese.</summary>
public sealed class PdfUnavailableException(string message) : Exception(message);
