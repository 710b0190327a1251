namespace Pos.Hal
{
    /// <summary>
    /// The log seam (the serial port on the device, the console or a panel on the PC). Callers pass finished lines;
    /// keys and PINs are never passed, PANs only masked.
    /// </summary>
    public interface ISerialLog
    {
        /// <summary>Writes one line.</summary>
        void WriteLine(string line);
    }
}
