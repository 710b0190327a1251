using Pos.Hal;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// <see cref="IPower"/> for the PC: a battery voltage and an external-power flag the user sets, with the
    /// percentage the status bar shows (linear from 3400 mV = 0 % to 4200 mV = 100 %, a Li-ion cell's useful range).
    /// </summary>
    public sealed class EmulatedPower : IPower
    {
        /// <summary>Voltage shown as empty.</summary>
        public const int EmptyMillivolts = 3400;

        /// <summary>Voltage shown as full.</summary>
        public const int FullMillivolts = 4200;

        /// <summary>Battery voltage, mV (0 = no battery).</summary>
        public int Millivolts { get; set; } = 3950;

        /// <inheritdoc />
        public bool IsExternalPower { get; set; }

        /// <inheritdoc />
        public int ReadBatteryMillivolts() => Millivolts;

        /// <summary>Battery level 0–100 for the status bar, or -1 when no battery is fitted.</summary>
        public int Percent
        {
            get
            {
                int mv = Millivolts;
                if (mv <= 0)
                {
                    return -1;
                }

                return Math.Clamp((mv - EmptyMillivolts) * 100 / (FullMillivolts - EmptyMillivolts), 0, 100);
            }
        }
    }
}
