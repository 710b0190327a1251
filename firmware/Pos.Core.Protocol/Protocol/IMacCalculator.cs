namespace Pos.Core.Protocol
{
    /// <summary>
    /// Computes the 8-byte field-64 MAC over a byte range (MTI through the last field before 64). The real one, the
    /// CUPS ECB MAC under the MAK, lives in the security layer; the protocol layer only calls it.
    /// </summary>
    public interface IMacCalculator
    {
        /// <summary>Writes the 8 MAC bytes for <paramref name="count"/> bytes of <paramref name="data"/> at <paramref name="macOffset"/>.</summary>
        void Compute(byte[] data, int offset, int count, byte[] mac8, int macOffset);
    }
}
