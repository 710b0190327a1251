using System;
using System.Device.Gpio;
using System.Threading;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// <see cref="IBuzzer"/> for an active (self-oscillating) buzzer on a GPIO: a tone is a pattern of on/off times.
    /// System.Device.Pwm is not in the pinned package set, and toggling a passive piezo at audio frequency from the
    /// interpreter is not feasible (a managed toggle loop runs at tens of kHz with 1 ms sleeps at best), so the board
    /// fits an active buzzer. <see cref="Play"/> stores the tone and wakes a worker thread; it never blocks, and a new
    /// tone replaces one that has not started yet. APIs checked against
    /// <c>nanoframework/System.Device.Gpio: System.Device.Gpio/GpioController.cs</c>.
    /// </summary>
    public sealed class Esp32Buzzer : IBuzzer
    {
        // On/off times in ms, starting with "on", per tone (indexed by the Tone value).
        private static readonly int[][] Patterns = new int[][]
        {
            new int[] { 25 },                           // KeyClick
            new int[] { 80, 60, 160 },                  // Success: two short, rising in length
            new int[] { 500 },                          // Failure: one long
            new int[] { 100, 100, 100, 100, 100 },      // Attention: three quick
        };

        private readonly object _gate = new object();
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly GpioPin _pin;
        private readonly Thread _worker;
        private int _pending = -1;

        /// <summary>Opens the buzzer pin (silent) and starts the worker.</summary>
        public Esp32Buzzer(GpioController gpio)
        {
            if (gpio == null)
            {
                throw new ArgumentNullException("gpio");
            }

            _pin = gpio.OpenPin(BoardProfile.Buzzer, PinMode.Output);
            _pin.Write(PinValue.Low);
            _worker = new Thread(Run);
            _worker.Start();
        }

        /// <inheritdoc />
        public void Play(Tone tone)
        {
            int index = (int)tone;
            if (index < 0 || index >= Patterns.Length)
            {
                return;
            }

            lock (_gate)
            {
                _pending = index;
            }

            _wake.Set();
        }

        private void Run()
        {
            while (true)
            {
                _wake.WaitOne();
                int index;
                lock (_gate)
                {
                    index = _pending;
                    _pending = -1;
                }

                if (index < 0)
                {
                    continue;
                }

                int[] pattern = Patterns[index];
                for (int i = 0; i < pattern.Length; i++)
                {
                    _pin.Write((i % 2) == 0 ? PinValue.High : PinValue.Low);
                    Thread.Sleep(pattern[i]);
                }

                _pin.Write(PinValue.Low);
            }
        }
    }
}
