namespace Pos.Core.Offline
{
    /// <summary>
    /// The answer of <see cref="OfflinePolicy.Decide"/>: accepted, or declined by policy with a local error code.
    /// One shared immutable instance per outcome, so deciding allocates nothing.
    /// </summary>
    public sealed class OfflineDecision
    {
        private static readonly OfflineDecision[] All = Build();

        private OfflineDecision(int declineCode)
        {
            DeclineCode = declineCode;
        }

        /// <summary>The acceptance.</summary>
        public static OfflineDecision Accept => All[OfflineDeclineCodes.None];

        /// <summary>True when the transaction may be taken offline.</summary>
        public bool Accepted => DeclineCode == OfflineDeclineCodes.None;

        /// <summary>The <see cref="OfflineDeclineCodes"/> id; <see cref="OfflineDeclineCodes.None"/> when accepted.</summary>
        public int DeclineCode { get; }

        /// <summary>The stable local code ("L01".."L08") for the message catalog; empty when accepted.</summary>
        public string Code => OfflineDeclineCodes.CodeOf(DeclineCode);

        /// <summary>The decision for a decline code.</summary>
        public static OfflineDecision Decline(int declineCode)
        {
            if (declineCode <= OfflineDeclineCodes.None || declineCode >= OfflineDeclineCodes.Count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(declineCode));
            }

            return All[declineCode];
        }

        /// <summary>"accepted" or "L02 OverTransactionLimit", for logs.</summary>
        public string Describe()
        {
            return Accepted ? "accepted" : Code + " " + OfflineDeclineCodes.NameOf(DeclineCode);
        }

        private static OfflineDecision[] Build()
        {
            OfflineDecision[] all = new OfflineDecision[OfflineDeclineCodes.Count];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = new OfflineDecision(i);
            }

            return all;
        }
    }
}
