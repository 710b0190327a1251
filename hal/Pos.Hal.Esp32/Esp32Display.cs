using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using Pos.Hal.Display;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// <see cref="IDisplay"/> for the ILI9341 320x240 TFT on managed SPI (no nanoFramework.Graphics needed). The core
    /// hands over bands of full-width rows in big-endian RGB565, which is the panel's own 16-bit format, so a band goes
    /// to the panel as is: column/page address window (CASET 0..319, PASET top..top+rows-1), RAMWR, then the pixels.
    /// <para>APIs checked against <c>nanoframework/System.Device.Spi: System.Device.Spi/SpiDevice.cs,
    /// SpiConnectionSettings.cs</c> (<c>SpiDevice.Create</c>, <c>Write(SpanByte)</c>, settings
    /// <c>(busId, chipSelectLine)</c> with <c>ClockFrequency</c>, <c>Mode</c>), <c>nanoframework/System.Device.Gpio:
    /// System.Device.Gpio/GpioController.cs</c> (<c>OpenPin(int, PinMode)</c>) and
    /// <c>nanoFramework.Hardware.Esp32</c> <c>Configuration.SetPinFunction</c> (pin muxing of SPI1).</para>
    /// </summary>
    public sealed class Esp32Display : IDisplay
    {
        /// <summary>Panel width in landscape.</summary>
        public const int PanelWidth = 320;

        /// <summary>Panel height in landscape.</summary>
        public const int PanelHeight = 240;

        private const byte SoftwareReset = 0x01;
        private const byte ColumnAddressSet = 0x2A;
        private const byte PageAddressSet = 0x2B;
        private const byte MemoryWrite = 0x2C;

        private readonly object _gate = new object();
        private readonly SpiDevice _spi;
        private readonly GpioPin _dc;
        private readonly GpioPin _reset;
        private readonly GpioPin _backlight;
        private readonly byte[] _one = new byte[1];
        private readonly byte[] _four = new byte[4];

        /// <summary>Maps the SPI pins, opens the bus and the control pins and runs the panel's init sequence.</summary>
        public Esp32Display(GpioController gpio)
        {
            if (gpio == null)
            {
                throw new ArgumentNullException("gpio");
            }

            Configuration.SetPinFunction(BoardProfile.DisplayMosi, DeviceFunction.SPI1_MOSI);
            Configuration.SetPinFunction(BoardProfile.DisplayMiso, DeviceFunction.SPI1_MISO);
            Configuration.SetPinFunction(BoardProfile.DisplaySclk, DeviceFunction.SPI1_CLOCK);

            SpiConnectionSettings settings = new SpiConnectionSettings(BoardProfile.DisplaySpiBus, BoardProfile.DisplayCs);
            settings.ClockFrequency = BoardProfile.DisplayClockHz;
            settings.Mode = SpiMode.Mode0;
            settings.DataFlow = DataFlow.MsbFirst;
            _spi = SpiDevice.Create(settings);

            _dc = gpio.OpenPin(BoardProfile.DisplayDc, PinMode.Output);
            _reset = gpio.OpenPin(BoardProfile.DisplayReset, PinMode.Output);
            _backlight = gpio.OpenPin(BoardProfile.DisplayBacklight, PinMode.Output);
            _backlight.Write(PinValue.Low);

            Initialize();
        }

        /// <inheritdoc />
        public int Width
        {
            get { return PanelWidth; }
        }

        /// <inheritdoc />
        public int Height
        {
            get { return PanelHeight; }
        }

        /// <inheritdoc />
        public void WriteRows(int top, int rowCount, byte[] rgb565)
        {
            if (rgb565 == null)
            {
                throw new ArgumentNullException("rgb565");
            }

            if (top < 0 || rowCount <= 0 || top + rowCount > PanelHeight)
            {
                throw new ArgumentOutOfRangeException("rowCount");
            }

            int bytes = PanelWidth * rowCount * 2;
            if (rgb565.Length < bytes)
            {
                throw new ArgumentOutOfRangeException("rgb565");
            }

            lock (_gate)
            {
                SetWindow(0, top, PanelWidth - 1, top + rowCount - 1);
                Command(MemoryWrite);
                _dc.Write(PinValue.High);
                // The native SPI driver splits long transfers into DMA-sized pieces; a 16-row band is 10 KB.
                _spi.Write(new SpanByte(rgb565, 0, bytes));
            }
        }

        /// <inheritdoc />
        public void SetBacklight(bool on)
        {
            lock (_gate)
            {
                _backlight.Write(on ? PinValue.High : PinValue.Low);
            }
        }

        /// <summary>Fills the whole panel with one RGB565 colour (boot, before the first screen).</summary>
        public void Clear(byte high, byte low)
        {
            const int Rows = 8;
            byte[] band = new byte[PanelWidth * Rows * 2];
            for (int i = 0; i < band.Length; i += 2)
            {
                band[i] = high;
                band[i + 1] = low;
            }

            for (int top = 0; top < PanelHeight; top += Rows)
            {
                WriteRows(top, Rows, band);
            }
        }

        private void Initialize()
        {
            lock (_gate)
            {
                // Hardware reset: low for 10 ms, then 120 ms for the panel to come up.
                _reset.Write(PinValue.High);
                Thread.Sleep(5);
                _reset.Write(PinValue.Low);
                Thread.Sleep(10);
                _reset.Write(PinValue.High);
                Thread.Sleep(120);

                Command(SoftwareReset);
                Thread.Sleep(120); // the datasheet asks for 5 ms before the next command, 120 ms before sleep out

                // Power, VCOM, frame rate, gamma, format and orientation, then sleep out and display on.
                byte[] steps = Ili9341Init.Steps();
                int at = 0;
                while (at >= 0 && at < steps.Length)
                {
                    byte command;
                    int dataAt;
                    int dataCount;
                    int delayMs;
                    at = Ili9341Init.Read(steps, at, out command, out dataAt, out dataCount, out delayMs);
                    if (at < 0)
                    {
                        break;
                    }

                    Command(command);
                    if (dataCount > 0)
                    {
                        _dc.Write(PinValue.High);
                        _spi.Write(new SpanByte(steps, dataAt, dataCount));
                    }

                    if (delayMs > 0)
                    {
                        Thread.Sleep(delayMs);
                    }
                }
            }
        }

        private void SetWindow(int x0, int y0, int x1, int y1)
        {
            Command(ColumnAddressSet);
            Data4(x0, x1);
            Command(PageAddressSet);
            Data4(y0, y1);
        }

        private void Command(byte command)
        {
            _dc.Write(PinValue.Low);
            _one[0] = command;
            _spi.Write(new SpanByte(_one));
        }

        private void Data4(int start, int end)
        {
            _dc.Write(PinValue.High);
            _four[0] = (byte)(start >> 8);
            _four[1] = (byte)start;
            _four[2] = (byte)(end >> 8);
            _four[3] = (byte)end;
            _spi.Write(new SpanByte(_four));
        }
    }
}
