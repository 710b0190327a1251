using System;
using System.Device.Gpio;
using System.Threading;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// <see cref="IKeypad"/> for the 4x4 matrix. A <see cref="Timer"/> scans every <see cref="ScanPeriodMs"/>: one row at a
    /// time is driven low (the others float as inputs, so two keys in one column never short two outputs) and the
    /// columns are read; a pressed key pulls its column low. A key counts once it is seen alone in
    /// <see cref="DebounceScans"/> consecutive scans; <see cref="KeyPressed"/> is raised once per press, on the timer's
    /// thread (so the firmware queues it for its main loop, which raises the app's keypad seam), and again only after a
    /// stable release or a stable different key. Two keys at once are ignored.
    /// <para>Columns use the internal pull-ups where the pin has them (<c>BoardProfile.HasInternalPullUp</c>: not GPIO
    /// 34–39, whatever <c>IsPinModeSupported</c> answers); GPIO 34 and 39 rely on the board's external 10 kOhm pull-ups.</para>
    /// <para>Layout (rows top to bottom, columns left to right):
    /// <c>1 2 3 CANCEL / 4 5 6 CLEAR / 7 8 9 ENTER / FUNC 0 UP DOWN</c>.</para>
    /// <para>APIs checked against <c>nanoframework/System.Device.Gpio: System.Device.Gpio/GpioController.cs, GpioPin.cs</c>.</para>
    /// </summary>
    public sealed class Esp32Keypad : IKeypad
    {
        /// <summary>Scan period.</summary>
        public const int ScanPeriodMs = 20;

        /// <summary>Consecutive equal scans before a press or a release counts.</summary>
        public const int DebounceScans = 2;

        private const int Size = 4;

        // [row * 4 + column]: the key printed on the keycap.
        private static readonly Key[] Map = new Key[]
        {
            Key.Digit1, Key.Digit2, Key.Digit3, Key.Cancel,
            Key.Digit4, Key.Digit5, Key.Digit6, Key.Clear,
            Key.Digit7, Key.Digit8, Key.Digit9, Key.Enter,
            Key.Func, Key.Digit0, Key.Up, Key.Down,
        };

        private readonly GpioPin[] _rows = new GpioPin[Size];
        private readonly GpioPin[] _columns = new GpioPin[Size];
        private readonly Timer _timer;
        private Key _candidate = Key.None;
        private int _seen;
        private Key _reported = Key.None;
        private bool _scanning;

        /// <summary>Opens the pins and starts scanning.</summary>
        public Esp32Keypad(GpioController gpio)
        {
            if (gpio == null)
            {
                throw new ArgumentNullException("gpio");
            }

            for (int r = 0; r < Size; r++)
            {
                _rows[r] = gpio.OpenPin(BoardProfile.KeypadRows[r], PinMode.Input);
            }

            for (int c = 0; c < Size; c++)
            {
                int pin = BoardProfile.KeypadColumns[c];
                PinMode mode = BoardProfile.HasInternalPullUp(pin) && gpio.IsPinModeSupported(pin, PinMode.InputPullUp)
                    ? PinMode.InputPullUp : PinMode.Input;
                _columns[c] = gpio.OpenPin(pin, mode);
            }

            _timer = new Timer(Scan, null, ScanPeriodMs, ScanPeriodMs);
        }

        /// <inheritdoc />
        public event KeyPressedHandler KeyPressed;

        private void Scan(object state)
        {
            // A slow scan (GC pause) must not overlap the next tick.
            if (_scanning)
            {
                return;
            }

            _scanning = true;
            try
            {
                Step(ReadMatrix());
            }
            catch (Exception)
            {
                // A failed pin read is one missed scan, not a dead keypad.
            }
            finally
            {
                _scanning = false;
            }
        }

        // Key.None for no key or more than one.
        private Key ReadMatrix()
        {
            Key found = Key.None;
            int pressed = 0;
            for (int r = 0; r < Size; r++)
            {
                GpioPin row = _rows[r];
                row.SetPinMode(PinMode.Output);
                row.Write(PinValue.Low);
                for (int c = 0; c < Size; c++)
                {
                    if (_columns[c].Read() == PinValue.Low)
                    {
                        found = Map[(r * Size) + c];
                        pressed++;
                    }
                }

                row.SetPinMode(PinMode.Input);
            }

            return pressed == 1 ? found : Key.None;
        }

        private void Step(Key key)
        {
            if (key == _candidate)
            {
                if (_seen < DebounceScans)
                {
                    _seen++;
                }
            }
            else
            {
                _candidate = key;
                _seen = 1;
            }

            if (_seen < DebounceScans)
            {
                return;
            }

            if (_candidate == _reported)
            {
                return;
            }

            // A stable new key (or a stable release, which re-arms the same key).
            _reported = _candidate;
            if (_candidate != Key.None)
            {
                KeyPressedHandler handler = KeyPressed;
                if (handler != null)
                {
                    handler(_candidate);
                }
            }
        }
    }
}
