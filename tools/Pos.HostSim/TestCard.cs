namespace Pos.HostSim
{
    /// <summary>
    /// One test card of the simulator: its PAN decides the outcome (<see cref="ResponseCode"/>, or the amount rule for
    /// the generic card), an optional PIN the host checks, a balance for inquiries and an optional fault the host
    /// injects on requests with this card. The table is <see cref="TestCards"/>.
    /// </summary>
    /// <param name="Pan">Primary account number (digits).</param>
    /// <param name="Label">Short description for docs and the emulator.</param>
    /// <param name="ResponseCode">Field 39 the host answers, or null for the amount rule.</param>
    /// <param name="Pin">The PIN the host expects in field 52, or null for a card without PIN.</param>
    /// <param name="BalanceFen">Balance reported by an inquiry.</param>
    /// <param name="LimitFen">Purchases above this are declined with 61 (0 = no limit).</param>
    /// <param name="Fault">A fault injected on every request with this card, or <see cref="FaultKind.None"/>.</param>
    public sealed record TestCard(string Pan, string Label, string? ResponseCode, string? Pin = null, long BalanceFen = 1_000_000,
        long LimitFen = 0, FaultKind Fault = FaultKind.None)
    {
        /// <summary>True for foreign (non-CUP) cards: settled in the foreign group of field 48.</summary>
        public bool Foreign => !Pan.StartsWith("62", StringComparison.Ordinal);

        /// <summary>True when the host checks a PIN.</summary>
        public bool HasPin => Pin != null;
    }
}
