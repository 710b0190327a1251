namespace Pos.Emulator
{
    /// <summary>One slip the emulated terminal printed, as text (GET /api/printer/slips): its kind, voucher no. (-1: none), whether a reprint, and its rows.</summary>
    public sealed record PrintedSlip(string Kind, int Voucher, bool Reprint, string Text);
}
