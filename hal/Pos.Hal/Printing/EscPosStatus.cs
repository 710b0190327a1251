namespace Pos.Hal.Printing
{
    /// <summary>
    /// Reads the answers to the real-time status requests <c>DLE EOT 1</c>, <c>2</c> and <c>3</c> (Epson ESC/POS
    /// command reference, "DLE EOT"). Each answer is one byte whose bit 0 and bit 7 are 0 and bit 1 and bit 4 are 1;
    /// anything else (or no answer) is not a status byte, and the printer counts as offline.
    /// <para>Bits used, highest priority first (<see cref="Decode"/>):</para>
    /// <list type="table">
    /// <item><term>n = 2, bit 2 (0x04)</term><description>cover open → <see cref="PrinterStatus.CoverOpen"/></description></item>
    /// <item><term>n = 2, bit 5 (0x20)</term><description>printing stopped by paper end → <see cref="PrinterStatus.PaperOut"/></description></item>
    /// <item><term>n = 3, bit 6 (0x40)</term><description>automatically recoverable error (head temperature or
    /// voltage out of range) → <see cref="PrinterStatus.Overheated"/></description></item>
    /// <item><term>n = 3, bit 5 (0x20)</term><description>unrecoverable error → <see cref="PrinterStatus.Offline"/></description></item>
    /// <item><term>n = 3, bit 3 (0x08)</term><description>autocutter error → <see cref="PrinterStatus.Offline"/></description></item>
    /// <item><term>n = 2, bit 6 (0x40)</term><description>an error occurred → <see cref="PrinterStatus.Offline"/></description></item>
    /// <item><term>n = 1, bit 3 (0x08)</term><description>offline → <see cref="PrinterStatus.Offline"/></description></item>
    /// <item><term>n = 1, bit 5 (0x20)</term><description>waiting for online recovery → <see cref="PrinterStatus.Offline"/></description></item>
    /// </list>
    /// <para>Bits not used: n = 1 bit 2 (drawer kick connector pin 3) and bit 6 (feed button pressed), n = 2 bit 3
    /// (paper fed by the button), n = 4 (the roll's near-end sensor, a warning only).</para>
    /// </summary>
    public static class EscPosStatus
    {
        /// <summary>The <c>DLE EOT</c> request for the printer status.</summary>
        public const int PrinterQuery = 1;
        /// <summary>The <c>DLE EOT</c> request for the offline cause.</summary>
        public const int OfflineCauseQuery = 2;
        /// <summary>The <c>DLE EOT</c> request for the error cause.</summary>
        public const int ErrorCauseQuery = 3;

        /// <summary>The answer's fixed bits: bits 0 and 7 are 0, bits 1 and 4 are 1.</summary>
        private const int FixedMask = 0x93;
        private const int FixedValue = 0x12;

        // One row per bit, in priority order: the request it answers, the bit, the status it means.
        private static readonly int[] RowQuery = { 2, 2, 3, 3, 3, 2, 1, 1 };
        private static readonly int[] RowBit = { 0x04, 0x20, 0x40, 0x20, 0x08, 0x40, 0x08, 0x20 };
        private static readonly PrinterStatus[] RowStatus =
        {
            PrinterStatus.CoverOpen, PrinterStatus.PaperOut, PrinterStatus.Overheated, PrinterStatus.Offline,
            PrinterStatus.Offline, PrinterStatus.Offline, PrinterStatus.Offline, PrinterStatus.Offline,
        };

        /// <summary>True when <paramref name="answer"/> (a byte, or -1 for none) has a status byte's fixed bits.</summary>
        public static bool IsStatusByte(int answer)
        {
            return answer >= 0 && answer <= 0xFF && (answer & FixedMask) == FixedValue;
        }

        /// <summary>The printer's status from its answers to <c>DLE EOT 1</c>, <c>2</c> and <c>3</c> (-1: no answer).</summary>
        public static PrinterStatus Decode(int printer, int offlineCause, int errorCause)
        {
            if (!IsStatusByte(printer) || !IsStatusByte(offlineCause) || !IsStatusByte(errorCause))
            {
                return PrinterStatus.Offline;
            }

            for (int i = 0; i < RowQuery.Length; i++)
            {
                int answer = RowQuery[i] == PrinterQuery ? printer : RowQuery[i] == OfflineCauseQuery ? offlineCause : errorCause;
                if ((answer & RowBit[i]) != 0)
                {
                    return RowStatus[i];
                }
            }

            return PrinterStatus.Ready;
        }
    }
}
