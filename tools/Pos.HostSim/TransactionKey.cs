namespace Pos.HostSim
{
    /// <summary>The identity of a transaction at the host: terminal id, batch and STAN (cups-pos.md §2.7, SPEC §4).</summary>
    /// <param name="Tid">Field 41.</param>
    /// <param name="Batch">60.2.</param>
    /// <param name="Stan">Field 11.</param>
    public readonly record struct TransactionKey(string Tid, int Batch, int Stan)
    {
        /// <inheritdoc />
        public override string ToString() => Tid + "/" + Batch.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + "/" +
            Stan.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
