using Pos.Core.Common;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;

namespace Pos.Core.Offline
{
    /// <summary>
    /// The stored form of a request to forward later: the field values of a <see cref="FinancialRequest"/> (plus the
    /// original approval's auth code for a reversal), never a packed frame, so the request is rebuilt with
    /// <see cref="RequestBuilder"/> and MAC'ed with the MAK current at send time. Used as the payload of offline
    /// advice queue items and of the journal's reversal record.
    /// <para>Layout (little-endian): version u8 (2), type u8, amount i64, STAN u32, batch u32, original batch u32,
    /// original STAN u32, then tagged values (tag u8, length u8, bytes) in any order. Tags are field numbers (12, 13,
    /// 14, 22, 23, 37, 38, 61 = original date), 200 for the reversal auth code, 201 for the card block: the card data
    /// (fields 2, 35, 36 as tagged values) sealed by <see cref="CardDataCipher"/> with the STAN and batch as nonce
    /// (<see cref="CardPurpose"/>), 202 for field 55 sealed the same way (<see cref="IccPurpose"/>; at most 239
    /// bytes), and 203 for the operator (two digits; written only for an operator other than
    /// <see cref="Operators.None"/>, so a request taken with nobody signed on is stored as before). The card data are never written in clear and the PIN block never at all. Version 1 (written before)
    /// held fields 2, 35, 36 and 55 in clear: it is still read.</para>
    /// </summary>
    public static class RequestPayload
    {
        /// <summary>Format version written in byte 0.</summary>
        public const int Version = 2;

        /// <summary>The version that held the card data in clear; still read.</summary>
        public const int ClearVersion = 1;

        /// <summary>Tag of the sealed card block (fields 2, 35, 36).</summary>
        public const int CardBlockTag = 201;

        /// <summary>The purpose byte of the card block's seal.</summary>
        public const int CardPurpose = 1;

        /// <summary>Tag of the sealed chip data (field 55, which may carry the PAN and track 2 equivalent, tags 5A and 57).</summary>
        public const int IccBlockTag = 202;

        /// <summary>The purpose byte of the chip data's seal.</summary>
        public const int IccPurpose = 4;

        /// <summary>Bytes before the tagged values.</summary>
        public const int FixedLength = 26;

        /// <summary>Tag of the original approval's auth code (reversal only).</summary>
        public const int AuthCodeTag = 200;

        /// <summary>Tag of the operator who took it (two digits; absent: <see cref="Operators.None"/>).</summary>
        public const int OperatorTag = 203;

        /// <summary>Tag of the original date MMDD (refund 61.3).</summary>
        public const int OriginalDateTag = 61;

        // Reading scratch; the core is single-threaded (the dispatcher).
        private static readonly char[] Text = new char[255];

        // The card block before sealing and after opening; zeroed after each use.
        private static readonly byte[] Card = new byte[256];

        /// <summary>
        /// Writes <paramref name="request"/> at <paramref name="offset"/> and returns the bytes written.
        /// </summary>
        /// <param name="request">The request; its PIN block is ignored (never stored).</param>
        /// <param name="authCode">The original approval's auth code for a reversal, or null.</param>
        /// <param name="cipher">Seals the card data; null only for a request without any.</param>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where to start.</param>
        /// <exception cref="System.ArgumentException">Too long for the buffer, a value over 255 bytes, or text outside ASCII.</exception>
        /// <exception cref="SecurityException"><see cref="SecurityError.KeyMissing"/>: card data but no data key (nothing is stored in clear).</exception>
        public static int Write(FinancialRequest request, string authCode, CardDataCipher cipher, byte[] buffer, int offset)
        {
            if (request == null || buffer == null)
            {
                throw new System.ArgumentNullException(nameof(request));
            }

            if (offset < 0 || buffer.Length - offset < FixedLength)
            {
                throw new System.ArgumentException("buffer too small", nameof(buffer));
            }

            int p = offset;
            buffer[p++] = Version;
            buffer[p++] = (byte)(int)request.Type;
            p = PutInt64(buffer, p, request.AmountFen);
            p = PutUInt32(buffer, p, request.Stan);
            p = PutUInt32(buffer, p, request.Batch);
            p = PutUInt32(buffer, p, request.OriginalBatch);
            p = PutUInt32(buffer, p, request.OriginalStan);
            p = PutCard(request, cipher, buffer, p);
            p = PutText(buffer, p, 12, request.LocalTime);
            p = PutText(buffer, p, 13, request.LocalDate);
            p = PutText(buffer, p, 14, request.ExpiryYymm);
            p = PutText(buffer, p, 22, request.EntryMode);
            p = PutText(buffer, p, 23, request.CardSequenceNumber);
            p = PutText(buffer, p, 37, request.OriginalRrn);
            p = PutText(buffer, p, 38, request.OriginalAuthCode);
            p = PutText(buffer, p, OriginalDateTag, request.OriginalDate);
            p = PutText(buffer, p, AuthCodeTag, authCode);
            p = PutText(buffer, p, OperatorTag, request.Operator == Operators.None ? null : Operators.Label(request.Operator));
            byte[] icc = request.IccData;
            if (icc != null)
            {
                p = PutSealed(icc, icc.Length, request, cipher, IccBlockTag, IccPurpose, buffer, p);
            }

            return p - offset;
        }

        /// <summary>The amount stored in a payload, or -1 when it is not a payload of this format.</summary>
        public static long ReadAmount(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < FixedLength || offset > buffer.Length - count || !IsVersion(buffer[offset]))
            {
                return -1;
            }

            return GetInt64(buffer, offset + 2);
        }

        /// <summary>
        /// Reads a payload into <paramref name="into"/> (every property is overwritten; the PIN block is null).
        /// Returns false, leaving <paramref name="into"/> in an unspecified state, when the bytes are not a payload of
        /// this format.
        /// </summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Where the payload starts.</param>
        /// <param name="count">Payload length.</param>
        /// <param name="cipher">Opens the card block; without it (or without its key) a payload with one is unreadable.</param>
        /// <param name="into">Filled with the request.</param>
        /// <param name="authCode">The reversal auth code, or null.</param>
        public static bool Read(byte[] buffer, int offset, int count, CardDataCipher cipher, FinancialRequest into, out string authCode)
        {
            authCode = null;
            if (into == null || buffer == null || offset < 0 || count < FixedLength || offset > buffer.Length - count || !IsVersion(buffer[offset]))
            {
                return false;
            }

            int type = buffer[offset + 1];
            if (type >= TransactionTypes.Count)
            {
                return false;
            }

            Reset(into);
            into.Type = (TransactionType)type;
            into.AmountFen = GetInt64(buffer, offset + 2);
            into.Stan = (int)GetUInt32(buffer, offset + 10);
            into.Batch = (int)GetUInt32(buffer, offset + 14);
            into.OriginalBatch = (int)GetUInt32(buffer, offset + 18);
            into.OriginalStan = (int)GetUInt32(buffer, offset + 22);
            return ReadTags(buffer, offset + FixedLength, offset + count, buffer[offset] == Version ? cipher : null, into, ref authCode);
        }

        /// <summary>True when the payload's card data are sealed (not a clear record of <see cref="ClearVersion"/>).</summary>
        public static bool IsSealed(byte[] buffer, int offset)
        {
            return buffer != null && offset >= 0 && offset < buffer.Length && buffer[offset] == Version;
        }

        private static bool IsVersion(byte b)
        {
            return b == Version || b == ClearVersion;
        }

        // Tagged values from p to end. The card block is opened (with the cipher given for a sealed payload only) and
        // its values read by a nested call without a cipher: a card block never holds another.
        private static bool ReadTags(byte[] buffer, int p, int end, CardDataCipher cipher, FinancialRequest into, ref string authCode)
        {
            while (p < end)
            {
                if (end - p < 2)
                {
                    return false;
                }

                int tag = buffer[p];
                int length = buffer[p + 1];
                p += 2;
                if (end - p < length)
                {
                    return false;
                }

                if (tag == CardBlockTag || tag == IccBlockTag)
                {
                    if (!OpenSealed(buffer, p, length, tag, cipher, into, ref authCode))
                    {
                        return false;
                    }
                }
                else if (tag == 55)
                {
                    byte[] icc = new byte[length];
                    System.Array.Copy(buffer, p, icc, 0, length);
                    into.IccData = icc;
                }
                else
                {
                    string text = GetText(buffer, p, length);
                    if (text == null || !Assign(into, tag, text, ref authCode))
                    {
                        return false;
                    }
                }

                p += length;
            }

            return true;
        }

        // The card block's values, or the ICC block's bytes (field 55).
        private static bool OpenSealed(byte[] buffer, int p, int length, int tag, CardDataCipher cipher, FinancialRequest into, ref string authCode)
        {
            if (cipher == null)
            {
                return false;
            }

            lock (Card)
            {
                int n = cipher.Open(buffer, p, length, into.Stan, into.Batch, tag == CardBlockTag ? CardPurpose : IccPurpose, Card, 0);
                bool ok = n >= 0;
                if (ok && tag == CardBlockTag)
                {
                    ok = ReadTags(Card, 0, n, null, into, ref authCode);
                }
                else if (ok)
                {
                    byte[] icc = new byte[n];
                    System.Array.Copy(Card, 0, icc, 0, n);
                    into.IccData = icc;
                }

                System.Array.Clear(Card, 0, Card.Length);
                return ok;
            }
        }

        // Fields 2, 35 and 36 as tagged values, sealed into one card block; nothing when the request has none.
        private static int PutCard(FinancialRequest request, CardDataCipher cipher, byte[] buffer, int p)
        {
            if (request.Pan == null && request.Track2 == null && request.Track3 == null)
            {
                return p;
            }

            lock (Card)
            {
                try
                {
                    int n = PutText(Card, 0, 2, request.Pan);
                    n = PutText(Card, n, 35, request.Track2);
                    n = PutText(Card, n, 36, request.Track3);
                    return PutSealed(Card, n, request, cipher, CardBlockTag, CardPurpose, buffer, p);
                }
                finally
                {
                    System.Array.Clear(Card, 0, Card.Length);
                }
            }
        }

        // Seals count bytes of clear as one tagged value.
        private static int PutSealed(byte[] clear, int count, FinancialRequest request, CardDataCipher cipher, int tag, int purpose, byte[] buffer, int p)
        {
            if (cipher == null)
            {
                throw new SecurityException(SecurityError.KeyMissing);
            }

            int sealedLength = CardDataCipher.SealedLength(count);
            p = PutHeader(buffer, p, tag, sealedLength);
            if (cipher.Seal(clear, 0, count, request.Stan, request.Batch, purpose, buffer, p) < 0)
            {
                throw new SecurityException(SecurityError.KeyMissing);
            }

            return p + sealedLength;
        }

        private static bool Assign(FinancialRequest into, int tag, string text, ref string authCode)
        {
            switch (tag)
            {
                case 2: into.Pan = text; return true;
                case 12: into.LocalTime = text; return true;
                case 13: into.LocalDate = text; return true;
                case 14: into.ExpiryYymm = text; return true;
                case 22: into.EntryMode = text; return true;
                case 23: into.CardSequenceNumber = text; return true;
                case 35: into.Track2 = text; return true;
                case 36: into.Track3 = text; return true;
                case 37: into.OriginalRrn = text; return true;
                case 38: into.OriginalAuthCode = text; return true;
                case OriginalDateTag: into.OriginalDate = text; return true;
                case AuthCodeTag: authCode = text; return true;
                case OperatorTag:
                    long n = Pos.Core.Protocol.Numeric.Parse(text, 0, text.Length);
                    into.Operator = n < 0 || n > Operators.None ? Operators.None : (int)n;
                    return true;
                default: return false;
            }
        }

        private static void Reset(FinancialRequest r)
        {
            r.Pan = null;
            r.ExpiryYymm = null;
            r.EntryMode = null;
            r.CardSequenceNumber = null;
            r.Track2 = null;
            r.Track3 = null;
            r.PinBlock = null;
            r.IccData = null;
            r.LocalTime = null;
            r.LocalDate = null;
            r.OriginalRrn = null;
            r.OriginalAuthCode = null;
            r.OriginalDate = null;
            r.Operator = Operators.None;
        }

        private static int PutText(byte[] buffer, int p, int tag, string text)
        {
            if (text == null)
            {
                return p;
            }

            p = PutHeader(buffer, p, tag, text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < ' ' || c > '~')
                {
                    throw new System.ArgumentException("text outside ASCII", nameof(text));
                }

                buffer[p + i] = (byte)c;
            }

            return p + text.Length;
        }

        private static int PutHeader(byte[] buffer, int p, int tag, int length)
        {
            if (length > 255 || buffer.Length - p < 2 + length)
            {
                throw new System.ArgumentException("value too long or buffer too small", nameof(buffer));
            }

            buffer[p] = (byte)tag;
            buffer[p + 1] = (byte)length;
            return p + 2;
        }

        // The shared scratch is locked: the device has one thread, but the emulator and the host test runs do not.
        private static string GetText(byte[] buffer, int p, int length)
        {
            lock (Text)
            {
                for (int i = 0; i < length; i++)
                {
                    byte b = buffer[p + i];
                    if (b < 0x20 || b > 0x7E)
                    {
                        return null;
                    }

                    Text[i] = (char)b;
                }

                return new string(Text, 0, length);
            }
        }

        private static int PutUInt32(byte[] buffer, int p, int value)
        {
            uint v = (uint)value;
            buffer[p] = (byte)v;
            buffer[p + 1] = (byte)(v >> 8);
            buffer[p + 2] = (byte)(v >> 16);
            buffer[p + 3] = (byte)(v >> 24);
            return p + 4;
        }

        private static int PutInt64(byte[] buffer, int p, long value)
        {
            PutUInt32(buffer, p, (int)(value & 0xFFFFFFFF));
            return PutUInt32(buffer, p + 4, (int)(value >> 32));
        }

        private static uint GetUInt32(byte[] buffer, int p)
        {
            return (uint)(buffer[p] | (buffer[p + 1] << 8) | (buffer[p + 2] << 16) | (buffer[p + 3] << 24));
        }

        private static long GetInt64(byte[] buffer, int p)
        {
            return (long)GetUInt32(buffer, p) | ((long)GetUInt32(buffer, p + 4) << 32);
        }
    }
}
