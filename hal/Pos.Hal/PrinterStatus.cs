namespace Pos.Hal
{
    /// <summary>
    /// What the receipt printer can do now. Values are stable: they travel in events as numbers. Every value but
    /// <see cref="Ready"/> stops printing until it clears; a paper-low warning is not reported (most 58 mm embedded
    /// modules have no near-end sensor, and it would not stop a receipt).
    /// </summary>
    public enum PrinterStatus
    {
        /// <summary>Online and able to print.</summary>
        Ready = 0,
        /// <summary>The roll is empty (the paper-end sensor); printing stopped until a roll is loaded.</summary>
        PaperOut = 1,
        /// <summary>The platen or paper cover is open.</summary>
        CoverOpen = 2,
        /// <summary>The head is too hot (or its supply voltage out of range); it resumes by itself once it cools.</summary>
        Overheated = 3,
        /// <summary>Offline for another reason, or the printer does not answer (unplugged, powered off, a cutter jam).</summary>
        Offline = 4,
    }
}
