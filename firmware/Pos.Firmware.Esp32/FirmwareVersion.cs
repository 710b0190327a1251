namespace Pos.Firmware.Esp32
{
    /// <summary>
    /// The firmware version printed at boot. Kept in step with AssemblyVersion in Properties/AssemblyInfo.cs (a host
    /// test checks it), because reading the assembly version back at run time is not something to rely on here.
    /// </summary>
    public static class FirmwareVersion
    {
        /// <summary>Major.minor.patch.</summary>
        public const string Text = "0.1.0";
    }
}
