namespace Pos.HostSim
{
    /// <summary>One record of a batch upload (0320, field 48): card org, STAN, PAN (masked here), amount.</summary>
    public sealed record UploadedRecord(string Tid, int Batch, bool Foreign, int Stan, string MaskedPan, long AmountFen);
}
