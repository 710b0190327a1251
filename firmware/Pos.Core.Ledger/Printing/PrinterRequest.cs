namespace Pos.Core.Printing
{
    /// <summary>The kinds of request a <see cref="PrinterPort"/> sends. Values are stable (traces).</summary>
    public enum PrinterRequest
    {
        /// <summary>Raster lines.</summary>
        Lines = 1,
        /// <summary>Blank paper.</summary>
        Feed = 2,
        /// <summary>The end of a receipt: to the cutter, cut.</summary>
        Cut = 3,
        /// <summary>A status query.</summary>
        Status = 4,
    }
}
