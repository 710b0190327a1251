namespace Pos.Hal.Power
{
    /// <summary>
    /// Turns a battery reading into millivolts through two measured points: (reading, millivolts on a meter) at a low
    /// and a high battery voltage. The reading is either averaged raw ADC counts (the nominal line) or the uncalibrated
    /// millivolts the self-test shows, so a technician calibrates with a meter and the self-test alone. A straight line through two points corrects both the ADC's
    /// gain error and its offset, which one offset alone cannot (the ESP32's uncalibrated ADC is off by a few percent,
    /// differently on each chip). Integer arithmetic only; readings outside the two points are extrapolated on the same
    /// line.
    /// </summary>
    public sealed class BatteryCalibration
    {
        private readonly int _lowReading;
        private readonly int _lowMillivolts;
        private readonly int _highReading;
        private readonly int _highMillivolts;

        /// <summary>Creates the line through two points; the readings must differ.</summary>
        /// <exception cref="System.ArgumentException">Both points have the same reading.</exception>
        public BatteryCalibration(int lowReading, int lowMillivolts, int highReading, int highMillivolts)
        {
            if (lowReading == highReading)
            {
                throw new System.ArgumentException("the two calibration points need different readings");
            }

            _lowReading = lowReading;
            _lowMillivolts = lowMillivolts;
            _highReading = highReading;
            _highMillivolts = highMillivolts;
        }

        /// <summary>
        /// The nominal line of a divider and an ADC scale: 0 counts = 0 mV, and 1,000 counts =
        /// µV-per-count × divider millivolts. Used until a board is calibrated.
        /// </summary>
        public static BatteryCalibration Nominal(int microvoltsPerCount, int dividerNumerator, int dividerDenominator)
        {
            long perThousand = (long)microvoltsPerCount * dividerNumerator / dividerDenominator;
            return new BatteryCalibration(0, 0, 1000, (int)perThousand);
        }

        /// <summary>Millivolts at the battery for a reading, rounded to the nearest millivolt.</summary>
        public int Millivolts(int reading)
        {
            long numerator = (long)(reading - _lowReading) * (_highMillivolts - _lowMillivolts);
            long denominator = _highReading - _lowReading;
            if (denominator < 0)
            {
                numerator = -numerator;
                denominator = -denominator;
            }

            long offset = numerator >= 0
                ? (numerator + (denominator / 2)) / denominator
                : -((-numerator + (denominator / 2)) / denominator);
            return _lowMillivolts + (int)offset;
        }
    }
}
