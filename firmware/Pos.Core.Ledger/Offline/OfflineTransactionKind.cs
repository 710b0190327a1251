namespace Pos.Core.Offline
{
    /// <summary>
    /// The kinds of transaction the offline policy is asked about. Only <see cref="Purchase"/> can ever be taken
    /// offline; the others need the host's answer (a refund or void moves money back, a balance is the issuer's).
    /// </summary>
    public enum OfflineTransactionKind
    {
        /// <summary>A sale (0200, or a 0220 offline advice when taken offline).</summary>
        Purchase = 1,
        /// <summary>A void of an earlier sale (0200, 60.1 = 23).</summary>
        Void = 2,
        /// <summary>A refund (0220).</summary>
        Refund = 3,
        /// <summary>A balance inquiry.</summary>
        BalanceInquiry = 4,
        /// <summary>A pre-authorisation or its completion.</summary>
        PreAuthorization = 5,
    }
}
