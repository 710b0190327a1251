using Pos.Hal;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// <see cref="IPower"/> for the PC: a battery voltage and an external-power flag the user sets, with the
    /// percentage the status bar shows (<see cref="Pos.Hal.Power.BatteryGauge"/>, the rule every board uses).
    /// </summary>
    public sealed class EmulatedPower : IPower
    {

        /// <summary>Battery voltage, mV (0 = no battery).</summary>
        public int Millivolts { get; set; } = 3950;

        /// <inheritdoc />
        public bool IsExternalPower { get; set; }

        /// <inheritdoc />
        public int ReadBatteryMillivolts() => Millivolts;

        /// <summary>Battery level 0–100 for the status bar, or -1 when no battery is fitted.</summary>
        public int Percent => Pos.Hal.Power.BatteryGauge.Percent(Millivolts);
    }
}
