namespace Pos.Hal
{
    /// <summary>The power seam: battery level for the status bar and the self-test.</summary>
    public interface IPower
    {
        /// <summary>Battery voltage in millivolts after the board's calibration, or 0 when no battery is fitted.</summary>
        int ReadBatteryMillivolts();

        /// <summary>True when running from external power.</summary>
        bool IsExternalPower { get; }
    }
}
