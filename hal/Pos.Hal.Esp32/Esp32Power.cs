using System;
using System.Device.Adc;
using System.Device.Gpio;
using Pos.Hal.Power;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// <see cref="IPower"/> from the battery divider on an ADC1 pin (ADC2 is unusable while Wi-Fi is on). The ESP32
    /// native ADC returns raw counts at 12 dB attenuation with no calibration, so this class averages
    /// <see cref="BoardProfile.BatteryAdcSamples"/> reads and converts in integers through
    /// <see cref="BatteryCalibration"/>: the nominal line (<c>mV = avg × µV-per-count × divider / 1000</c>), then, once the
    /// board was calibrated (<see cref="BoardProfile.BatteryCalibrated"/>), the two-point line from what the self-test
    /// showed to what a meter measured; every constant in <see cref="BoardProfile"/>.
    /// External power comes from an optional sense pin (<see cref="BoardProfile.ExternalPowerSense"/>, -1 = none, then
    /// false). APIs checked against <c>nanoframework/System.Device.Adc: System.Device.Adc/AdcController.cs,
    /// AdcChannel.cs</c> (<c>new AdcController()</c>, <c>OpenChannel(int)</c>, <c>ReadValue()</c>).
    /// </summary>
    public sealed class Esp32Power : IPower
    {
        private readonly object _gate = new object();
        private readonly AdcChannel _channel;
        private readonly GpioPin _sense;
        private readonly BatteryCalibration _nominal = BatteryCalibration.Nominal(BoardProfile.BatteryAdcMicrovoltsPerCount,
            BoardProfile.BatteryDividerNumerator, BoardProfile.BatteryDividerDenominator);
        private readonly BatteryCalibration _board = BoardProfile.BatteryCalibrated
            ? new BatteryCalibration(BoardProfile.BatteryLowShownMillivolts, BoardProfile.BatteryLowMeterMillivolts,
                BoardProfile.BatteryHighShownMillivolts, BoardProfile.BatteryHighMeterMillivolts)
            : null;

        /// <summary>Opens the battery channel and, when the board has one, the external-power sense pin.</summary>
        public Esp32Power(GpioController gpio)
        {
            AdcController adc = new AdcController();
            _channel = adc.OpenChannel(BoardProfile.BatteryAdcChannel);
            if (BoardProfile.ExternalPowerSense >= 0 && gpio != null)
            {
                _sense = gpio.OpenPin(BoardProfile.ExternalPowerSense, PinMode.Input);
            }
        }

        /// <inheritdoc />
        public bool IsExternalPower
        {
            get { return _sense != null && _sense.Read() == PinValue.High; }
        }

        /// <inheritdoc />
        public int ReadBatteryMillivolts()
        {
            long sum = 0;
            int samples = BoardProfile.BatteryAdcSamples < 1 ? 1 : BoardProfile.BatteryAdcSamples;
            lock (_gate)
            {
                for (int i = 0; i < samples; i++)
                {
                    sum += _channel.ReadValue();
                }
            }

            long average = sum / samples;
            if (average < BoardProfile.BatteryAbsentBelowCounts)
            {
                return 0;
            }

            int shown = _nominal.Millivolts((int)average);
            return _board == null ? shown : _board.Millivolts(shown);
        }

        /// <summary>Battery level 0-100 for the status bar (<see cref="BatteryGauge"/>), or -1 when no battery is fitted.</summary>
        public int Percent()
        {
            return BatteryGauge.Percent(ReadBatteryMillivolts());
        }
    }
}
