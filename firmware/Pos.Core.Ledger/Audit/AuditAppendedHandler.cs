namespace Pos.Core.Audit
{
    /// <summary>Called after an audit entry reached the flash, on the thread that appended it (the main loop).</summary>
    /// <param name="kind">What kind of entry.</param>
    /// <param name="operatorNumber">Who (<c>Operators</c>).</param>
    /// <param name="text">Its text (never a PIN, a key or a clear PAN).</param>
    public delegate void AuditAppendedHandler(AuditEvent kind, int operatorNumber, string text);
}
