using System;
using System.IO.Ports;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using Pos.Hal.Cards;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// <see cref="ICardReader"/> for a UART magstripe reader module (e.g. the common 3-track TTL swipe readers that send
    /// each swipe's track 2 as ASCII <c>;PAN=YYMMSSS...?</c> followed by CR/LF). Only swipes are supported by this
    /// module: while the terminal waits for a card on other interfaces only, a swipe is reported as
    /// <see cref="CardReadError.NotAccepted"/>; when it waits for none, swipes are dropped. Characters collect in a
    /// buffer; CR, LF or <see cref="InterCharacterGapMs"/> of silence ends a swipe, which <see cref="Track2Parser"/>
    /// turns into <see cref="CardData"/> or <see cref="CardReadError.BadTrackData"/>. <see cref="CardRead"/> is raised on
    /// the serial event thread. Swipes while not reading are dropped.
    /// <para>The UART is System.IO.Ports (package nanoFramework.System.IO.Ports 1.1.132): <c>SerialPort(string, int,
    /// Parity, int, StopBits)</c>, <c>DataReceived</c>, <c>BytesToRead</c>, <c>Read(byte[], int, int)</c>, <c>Open()</c>;
    /// the pins are routed with <c>Configuration.SetPinFunction(pin, DeviceFunction.COM2_RX/COM2_TX)</c> from
    /// nanoFramework.Hardware.Esp32. When the port cannot be opened (a firmware image without serial support, the
    /// pins taken) the reader is absent: <see cref="IsPresent"/> is false and the self-test says so.</para>
    /// <para>Future drivers behind the same seam: contact chip through an EMV level-1 module (it hands over field-55
    /// TLV data, entry mode Chip, fallback to the stripe on chip failure), contactless through a PN532 over SPI or I2C
    /// (entry mode Contactless; MultipleCards on a collision).</para>
    /// </summary>
    public sealed class Esp32CardReader : ICardReader
    {
        /// <summary>Silence that ends a swipe when the module sends no line end.</summary>
        public const int InterCharacterGapMs = 150;

        private const int MaxSwipe = 128;

        private readonly object _gate = new object();
        private readonly char[] _chars = new char[MaxSwipe];
        private readonly Timer _gapTimer;
        private readonly SerialPort _port;
        private readonly byte[] _bytes = new byte[64];
        private int _count;
        private bool _reading;
        private bool _acceptSwipe;
        private bool _present;

        /// <summary>Maps the UART pins and opens the port.</summary>
        public Esp32CardReader()
        {
            _gapTimer = new Timer(OnGap, null, Timeout.Infinite, Timeout.Infinite);
            try
            {
                Configuration.SetPinFunction(BoardProfile.CardReaderRx, DeviceFunction.COM2_RX);
                Configuration.SetPinFunction(BoardProfile.CardReaderTx, DeviceFunction.COM2_TX);
                _port = new SerialPort(BoardProfile.CardReaderPort, BoardProfile.CardReaderBaud, Parity.None, 8, StopBits.One);
                _port.DataReceived += OnDataReceived;
                _port.Open();
                _present = true;
            }
            catch (Exception)
            {
                _present = false;
            }
        }

        /// <inheritdoc />
        public event CardReadHandler CardRead;

        /// <inheritdoc />
        /// <remarks>
        /// A UART swipe module answers no probe, so "present" means the port opened. A module that is not plugged in
        /// shows up as "no card read" in the self-test's swipe step.
        /// </remarks>
        public bool IsPresent
        {
            get
            {
                lock (_gate)
                {
                    return _present;
                }
            }
        }

        /// <inheritdoc />
        public void StartReading(bool acceptMagstripe, bool acceptChip, bool acceptContactless)
        {
            lock (_gate)
            {
                _reading = acceptMagstripe || acceptChip || acceptContactless;
                _acceptSwipe = acceptMagstripe;
                _count = 0;
            }
        }

        /// <inheritdoc />
        public void StopReading()
        {
            lock (_gate)
            {
                _reading = false;
                _count = 0;
            }
        }

        /// <summary>Feeds received characters (the serial event, or a bench test over another transport).</summary>
        public void Receive(byte[] data, int offset, int count)
        {
            bool complete = false;
            lock (_gate)
            {
                for (int i = 0; i < count; i++)
                {
                    char c = (char)data[offset + i];
                    if (c == '\r' || c == '\n')
                    {
                        complete = _count > 0;
                        continue;
                    }

                    if (_count < _chars.Length)
                    {
                        _chars[_count++] = c;
                    }
                }
            }

            if (complete)
            {
                _gapTimer.Change(Timeout.Infinite, Timeout.Infinite);
                Finish();
            }
            else
            {
                _gapTimer.Change(InterCharacterGapMs, Timeout.Infinite);
            }
        }

        private void OnDataReceived(object sender, SerialDataReceivedEventArgs e)
        {
            try
            {
                while (_port.BytesToRead > 0)
                {
                    int n = _port.Read(_bytes, 0, _bytes.Length);
                    if (n <= 0)
                    {
                        break;
                    }

                    Receive(_bytes, 0, n);
                }
            }
            catch (Exception)
            {
                // A framing error loses this swipe; the gap timer reports what arrived as bad track data.
            }
        }

        private void OnGap(object state)
        {
            Finish();
        }

        private void Finish()
        {
            CardData card;
            bool reading;
            bool accepted;
            lock (_gate)
            {
                if (_count == 0)
                {
                    return;
                }

                reading = _reading && !Track2Parser.IsNoise(_chars, _count);
                accepted = _acceptSwipe;
                card = reading && accepted ? Track2Parser.Parse(_chars, _count) : null;
                for (int i = 0; i < _count; i++)
                {
                    _chars[i] = '\0'; // the PAN does not linger in memory longer than needed
                }

                // Reading stays on (like the emulated reader): after a bad swipe the customer swipes again; the core
                // calls StopReading when it has what it needs.
                _count = 0;
            }

            if (!reading)
            {
                return;
            }

            CardReadHandler handler = CardRead;
            if (handler != null)
            {
                handler(card, !accepted ? CardReadError.NotAccepted : card == null ? CardReadError.BadTrackData : CardReadError.None);
            }
        }
    }
}
