namespace Pos.Hal.Power
{
    /// <summary>
    /// The one rule for the battery level the status bar shows: linear over a Li-ion cell's useful range, from
    /// <see cref="EmptyMillivolts"/> (0 %) to <see cref="FullMillivolts"/> (100 %), clamped; -1 when no battery is fitted
    /// (a reading of 0 mV or less). Every board's <see cref="IPower"/> reports millivolts; the level comes from here.
    /// </summary>
    public static class BatteryGauge
    {
        /// <summary>Voltage shown as empty.</summary>
        public const int EmptyMillivolts = 3400;

        /// <summary>Voltage shown as full.</summary>
        public const int FullMillivolts = 4200;

        /// <summary>The level 0–100 for <paramref name="millivolts"/>, or -1 without a battery.</summary>
        public static int Percent(int millivolts)
        {
            if (millivolts <= 0)
            {
                return -1;
            }

            int percent = (millivolts - EmptyMillivolts) * 100 / (FullMillivolts - EmptyMillivolts);
            return percent < 0 ? 0 : percent > 100 ? 100 : percent;
        }
    }
}
