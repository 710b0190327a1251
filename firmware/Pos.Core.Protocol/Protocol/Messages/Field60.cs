using System;

namespace Pos.Core.Protocol.Messages
{
    /// <summary>
    /// Field 60 of the CUPS POS profile (n...17, reference/cups-pos.md §2.3), as one immutable value: 60.1 message type
    /// code n2 (22 purchase, 00 management...), 60.2 batch number n6, 60.3 network management information code n3
    /// (<see cref="Messages.NetworkCode"/>; a reply may leave it out), then optional one-digit subfields (60.4 terminal
    /// read capability, ...) kept as digits. The one place that knows the subfields' offsets: requests are built and
    /// replies read through it, on the terminal and in the hosts of the tests and the simulator.
    /// </summary>
    public sealed class Field60
    {
        /// <summary>The most digits the field holds (the profile's maximum).</summary>
        public const int MaxDigits = 17;

        /// <summary>The largest batch number (60.2 is six digits).</summary>
        public const int MaxBatch = 999999;

        private const int BatchAt = 2;
        private const int CodeAt = 8;
        private const int FurtherAt = 11;

        private Field60(string text)
        {
            Text = text;
            MessageType = text.Substring(0, BatchAt);
            Batch = (int)Numeric.Parse(text, BatchAt, CodeAt - BatchAt);
            NetworkCode = text.Length >= FurtherAt ? text.Substring(CodeAt, FurtherAt - CodeAt) : null;
            Further = text.Length > FurtherAt ? text.Substring(FurtherAt) : string.Empty;
        }

        /// <summary>60.1 + 60.2 + 60.3, as a request carries them.</summary>
        /// <exception cref="ArgumentException">A part is not its number of digits, or the batch is outside 0..999999.</exception>
        public Field60(string messageType, int batch, string networkCode)
            : this(Compose(messageType, batch, networkCode))
        {
        }

        /// <summary>60.1 message type code, two digits.</summary>
        public string MessageType { get; }

        /// <summary>60.2 batch number, 0..999999.</summary>
        public int Batch { get; }

        /// <summary>60.3 network management information code, three digits, or null when the field ends after 60.2.</summary>
        public string NetworkCode { get; }

        /// <summary>The digits after 60.3 (60.4 onwards, one digit each), empty when there are none.</summary>
        public string Further { get; }

        /// <summary>The field's digits, as <see cref="IsoMessage.Set(int, string)"/> takes them.</summary>
        public string Text { get; }

        /// <summary>
        /// Reads field 60 of <paramref name="message"/>: null when the field is absent.
        /// </summary>
        /// <exception cref="ProtocolException">The field is malformed (see <see cref="Parse"/>); the offset is the field's.</exception>
        public static Field60 Read(IsoMessage message)
        {
            if (message == null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            string text = message.GetString(60);
            return text == null ? null : Parse(text, message.OffsetOf(60));
        }

        /// <summary>
        /// Parses the field's digits. <paramref name="offset"/> is where the field lies in the frame it came from
        /// (-1 when unknown); it goes into the error.
        /// </summary>
        /// <exception cref="ProtocolException">MissingField (null), Truncated (shorter than 60.1 + 60.2), LengthOverMax
        /// (over 17 digits), BadFormat (not digits, or 60.3 cut short).</exception>
        public static Field60 Parse(string text, int offset)
        {
            Field60 value;
            ProtocolException error = TryParse(text, offset, out value);
            if (error != null)
            {
                throw error;
            }

            return value;
        }

        /// <summary>Like <see cref="Parse"/> but returns the error (or null) instead of throwing it.</summary>
        public static ProtocolException TryParse(string text, int offset, out Field60 value)
        {
            value = null;
            ProtocolErrorReason reason;
            if (!Check(text, out reason))
            {
                return new ProtocolException(60, offset, reason);
            }

            value = new Field60(text);
            return null;
        }

        // The reason is only meaningful when false is returned.
        private static bool Check(string text, out ProtocolErrorReason reason)
        {
            reason = ProtocolErrorReason.BadFormat;
            if (text == null)
            {
                reason = ProtocolErrorReason.MissingField;
                return false;
            }

            if (text.Length < CodeAt)
            {
                reason = ProtocolErrorReason.Truncated;
                return false;
            }

            if (text.Length > MaxDigits)
            {
                reason = ProtocolErrorReason.LengthOverMax;
                return false;
            }

            // 60.3 is all or nothing: nine or ten digits end inside it.
            return text.Length != CodeAt + 1 && text.Length != CodeAt + 2 && Numeric.IsDigits(text);
        }

        private static string Compose(string messageType, int batch, string networkCode)
        {
            if (messageType == null || messageType.Length != BatchAt || !Numeric.IsDigits(messageType))
            {
                throw new ArgumentException("60.1 is two digits", nameof(messageType));
            }

            if (networkCode == null || networkCode.Length != FurtherAt - CodeAt || !Numeric.IsDigits(networkCode))
            {
                throw new ArgumentException("60.3 is three digits", nameof(networkCode));
            }

            if (batch < 0 || batch > MaxBatch)
            {
                throw new ArgumentOutOfRangeException(nameof(batch));
            }

            char[] text = new char[FurtherAt];
            text[0] = messageType[0];
            text[1] = messageType[1];
            Numeric.Write(batch, CodeAt - BatchAt, text, BatchAt);
            text[CodeAt] = networkCode[0];
            text[CodeAt + 1] = networkCode[1];
            text[CodeAt + 2] = networkCode[2];
            return new string(text);
        }
    }
}
