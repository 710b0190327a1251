namespace Pos.HostSim
{
    /// <summary>
    /// The test card table (docs/HOSTSIM.md "Test cards"), the one place that decides outcomes by card. Every code of
    /// the catalog (cups-pos.md §1.2) is reachable: the numeric ones through <see cref="Generic"/> and the amount rule
    /// (<see cref="AmountRuleCode"/>), the lettered ones and the usual outcomes through their own PAN.
    /// </summary>
    public static class TestCards
    {
        /// <summary>The generic card: the last two digits of the amount in fen select field 39 (.00 approves).</summary>
        public const string Generic = "6222000000000000";

        /// <summary>The approving card without PIN.</summary>
        public const string Approved = "6222000000000001";

        /// <summary>The approving card with PIN <see cref="ApprovedPin"/>; a wrong PIN gives 55.</summary>
        public const string ApprovedWithPinCard = "6222000000000002";

        /// <summary>PIN of <see cref="ApprovedWithPinCard"/>.</summary>
        public const string ApprovedPin = "123456";

        /// <summary>A foreign (non-CUP) approving card: counted in the foreign group of the settlement totals.</summary>
        public const string ForeignApproved = "4000000000000002";

        /// <summary>Every test card.</summary>
        public static IReadOnlyList<TestCard> All { get; } =
        [
            new(Generic, "generic: amount .NN fen selects code NN (.00 approves)", null),
            new(Approved, "approved, no PIN", "00"),
            new(ApprovedWithPinCard, "approved with PIN 123456 (wrong PIN: 55)", "00", Pin: ApprovedPin),
            new(ForeignApproved, "foreign card, approved", "00"),
            new("6222000000000061", "approved up to 1000.00, above: 61 exceeds amount limit", "00", LimitFen: 100_000),
            new("6222000000000051", "51 insufficient funds", "51", BalanceFen: 1_234),
            new("6222000000000054", "54 expired card", "54"),
            new("6222000000000055", "55 incorrect PIN (always)", "55"),
            new("6222000000000041", "41 lost card (retain)", "41"),
            new("6222000000000043", "43 stolen card (retain)", "43"),
            new("6222000000000004", "04 pick-up (retain)", "04"),
            new("6222000000000003", "03 invalid merchant", "03"),
            new("6222000000000005", "05 cardholder authentication failed", "05"),
            new("6222000000000097", "97 terminal not registered", "97"),
            new("6222000000000014", "14 invalid card number", "14"),
            new("6222000000000094", "94 duplicate transmission", "94"),
            new("6222000000000096", "96 switch malfunction", "96"),
            new("6222000000000091", "91 issuer inoperative", "91"),
            new("6222000000000012", "12 invalid transaction", "12"),
            new("6222000000000077", "77 batch mismatch (re-sign-in)", "77"),
            new("6222000000000099", "99 PIN format error (re-sign-in)", "99"),
            new("6222000000000068", "68 response too late", "68"),
            new("6222000000000090", "90 cutoff in process", "90"),
            new("6222000000001000", "A0 MAC failure (re-sign-in)", "A0"),
            new("6222000000001001", "A1 currency mismatch", "A1"),
            new("6222000000001002", "A2 partial success (transfer)", "A2"),
            new("6222000000001003", "A3 no account at receiving bank", "A3"),
            new("6222000000001004", "A4 partial success", "A4"),
            new("6222000000001005", "A5 partial success", "A5"),
            new("6222000000001006", "A6 partial success", "A6"),
            new("6222000000001007", "A7 security processing failed", "A7"),
            new("6222000000001100", "C1 acquirer state invalid", "C1"),
            new("6222000000009001", "approved by the host, reply never sent (terminal times out)", "00", Fault: FaultKind.NoReply),
            new("6222000000009002", "approved, reply MAC corrupted", "00", Fault: FaultKind.BadMac),
            new("6222000000009003", "approved, connection closed after the request (reply lost)", "00", Fault: FaultKind.CloseAfterRead),
            new("6222000000009004", "approved, reply is garbage", "00", Fault: FaultKind.Garbage),
        ];

        private static readonly Dictionary<string, TestCard> ByPan = All.ToDictionary(c => c.Pan, StringComparer.Ordinal);

        /// <summary>The card with this PAN, or null (unknown cards answer 14).</summary>
        public static TestCard? Find(string? pan) => pan != null && ByPan.TryGetValue(pan, out var card) ? card : null;

        /// <summary>The amount rule of the generic card: the last two digits of the amount in fen, "00" approves.</summary>
        public static string AmountRuleCode(long amountFen) => (amountFen % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }
}
