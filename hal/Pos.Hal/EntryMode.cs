namespace Pos.Hal
{
    /// <summary>How the card data was captured (ISO 8583 field 22, first two digits).</summary>
    public enum EntryMode
    {
        /// <summary>Nothing read.</summary>
        Unknown = 0,
        /// <summary>Key-entered PAN (field 22 "01").</summary>
        Manual = 1,
        /// <summary>Magnetic stripe (field 22 "02").</summary>
        Magstripe = 2,
        /// <summary>Contact chip (field 22 "05").</summary>
        Chip = 5,
        /// <summary>Contactless chip (field 22 "07").</summary>
        Contactless = 7,
        /// <summary>Chip card read by its stripe after a chip failure (field 22 "80").</summary>
        Fallback = 80,
    }
}
