using System;
using System.Device.Gpio;
using Pos.Hal.Watchdog;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// Feeds an external watchdog IC from the main loop (<see cref="BoardProfile.ExternalWatchdogKick"/>): each
    /// <see cref="Turn"/> sends a short high pulse when <see cref="KickSchedule"/> says one is due. A rising edge and a
    /// falling edge serve every common supervisor (TPS3823/MAX6369 count either edge on WDI; the TPL5010 wants a
    /// DONE pulse). Unlike the software watchdog, the IC keeps counting while a native call freezes the interpreter,
    /// so it is the one thing that ends such a hang. With no pin configured (-1) it does nothing.
    /// </summary>
    public sealed class Esp32ExternalWatchdog
    {
        private readonly GpioPin _pin;
        private readonly KickSchedule _schedule = new KickSchedule(BoardProfile.ExternalWatchdogKickMs);

        /// <summary>Opens the kick pin as an output, low.</summary>
        public Esp32ExternalWatchdog(GpioController gpio)
        {
            if (BoardProfile.ExternalWatchdogKick < 0 || gpio == null)
            {
                return;
            }

            try
            {
                _pin = gpio.OpenPin(BoardProfile.ExternalWatchdogKick, PinMode.Output);
                _pin.Write(PinValue.Low);
            }
            catch (Exception)
            {
                // Pin taken or missing: no IC can be fed; the software watchdog still runs.
                _pin = null;
            }
        }

        /// <summary>True when the kick pin is open.</summary>
        public bool IsFitted
        {
            get { return _pin != null; }
        }

        /// <summary>Called on every turn of the main loop with the uptime.</summary>
        public void Turn(long uptimeMs)
        {
            if (_pin == null || !_schedule.Due(uptimeMs))
            {
                return;
            }

            _pin.Write(PinValue.High);
            _pin.Write(PinValue.Low);
        }
    }
}
