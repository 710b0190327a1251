using System;

namespace Pos.Hal.Time
{
    /// <summary>
    /// The 48-byte SNTP v4 message (RFC 4330): builds the client request and checks and reads the server's reply.
    /// Shared by the device's network-time client; the UDP exchange itself belongs to the board layer.
    /// <para>The request carries the local time in its transmit field; a valid reply echoes it as its originate field,
    /// which ties the reply to the request. The clock offset is the RFC's ((T2 - T1) + (T3 - T4)) / 2 with T1/T4 the
    /// local send/receive times and T2/T3 the server's receive/transmit times, so a wrong local clock (a fresh boot
    /// in 1970, or year 1) still gets the right answer: T1 and T4 are passed in as DateTimes, never read back from the
    /// wire.</para>
    /// </summary>
    public static class SntpPacket
    {
        /// <summary>Bytes in a request and in a reply without authentication.</summary>
        public const int Length = 48;

        /// <summary>The SNTP server's UDP port.</summary>
        public const int Port = 123;

        // DateTime ticks of the NTP epoch, 1900-01-01 00:00:00 UTC.
        private const long NtpEpochTicks = 599266080000000000;
        private const long TicksPerSecond = 10000000;

        // 2^32 seconds: NTP era 1 starts 2036-02-07; timestamps with the top bit clear are read as era 1 (RFC 4330 s.3).
        private const long EraSeconds = 4294967296;

        private const byte VersionClientRequest = (4 << 3) | 3; // LI 0, version 4, mode 3 (client)
        private const int ReceiveOffset = 32;
        private const int TransmitOffset = 40;
        private const int OriginateOffset = 24;

        /// <summary>Writes a client request into <paramref name="request"/> (at least 48 bytes) stamped with the local time.</summary>
        /// <remarks>A local time NTP cannot express (before 1900) is sent as its raw ticks: the server only echoes it.</remarks>
        public static void WriteRequest(byte[] request, DateTime localUtc)
        {
            if (request == null || request.Length < Length)
            {
                throw new ArgumentException("request needs 48 bytes");
            }

            Array.Clear(request, 0, Length);
            request[0] = VersionClientRequest;
            if (!WriteTimestamp(request, TransmitOffset, localUtc.Ticks))
            {
                long nonce = localUtc.Ticks | 1; // never all zero
                WriteUInt32(request, TransmitOffset, (uint)(nonce >> 32));
                WriteUInt32(request, TransmitOffset + 4, (uint)nonce);
            }
        }

        /// <summary>
        /// Checks a reply to <paramref name="request"/> and computes the corrected time at the moment it arrived.
        /// </summary>
        /// <param name="reply">The received datagram.</param>
        /// <param name="length">Bytes received.</param>
        /// <param name="request">The request as sent (its transmit field must come back as originate).</param>
        /// <param name="sentLocalUtc">The local clock when the request was sent (T1, as given to <see cref="WriteRequest"/>).</param>
        /// <param name="receivedLocalUtc">The local clock when the reply arrived (T4, same clock as the request's T1).</param>
        /// <param name="correctedUtc">The server-corrected time at <paramref name="receivedLocalUtc"/>; unchanged on error.</param>
        public static SntpError ReadReply(byte[] reply, int length, byte[] request, DateTime sentLocalUtc,
            DateTime receivedLocalUtc, ref DateTime correctedUtc)
        {
            if (reply == null || length < Length || reply.Length < Length)
            {
                return SntpError.TooShort;
            }

            int leap = reply[0] >> 6;
            int version = (reply[0] >> 3) & 0x07;
            int mode = reply[0] & 0x07;
            if (mode != 4 || (version != 3 && version != 4))
            {
                return SntpError.NotAServerReply;
            }

            if (leap == 3)
            {
                return SntpError.ServerUnsynchronized;
            }

            int stratum = reply[1];
            if (stratum == 0 || stratum > 15)
            {
                return SntpError.BadStratum;
            }

            for (int i = 0; i < 8; i++)
            {
                if (reply[OriginateOffset + i] != request[TransmitOffset + i])
                {
                    return SntpError.NotOurRequest;
                }
            }

            if (IsZero(reply, TransmitOffset))
            {
                return SntpError.NoTransmitTime;
            }

            long t1 = sentLocalUtc.Ticks;
            long t2 = ReadTimestamp(reply, ReceiveOffset);
            long t3 = ReadTimestamp(reply, TransmitOffset);
            long t4 = receivedLocalUtc.Ticks;
            if (IsZero(reply, ReceiveOffset))
            {
                t2 = t3; // some servers leave it empty; then the delay is not halved out
            }

            long offset = ((t2 - t1) + (t3 - t4)) / 2;
            correctedUtc = new DateTime(t4 + offset);
            return SntpError.None;
        }

        /// <summary>Writes DateTime ticks as a 64-bit NTP timestamp (seconds since 1900 and a binary fraction).</summary>
        /// <returns>False (and nothing written) for a time before 1900.</returns>
        public static bool WriteTimestamp(byte[] buffer, int offset, long ticks)
        {
            long sinceEpoch = ticks - NtpEpochTicks;
            if (sinceEpoch < 0)
            {
                return false;
            }

            long seconds = (sinceEpoch / TicksPerSecond) % EraSeconds;
            ulong fraction = ((ulong)(sinceEpoch % TicksPerSecond) << 32) / TicksPerSecond;
            WriteUInt32(buffer, offset, (uint)seconds);
            WriteUInt32(buffer, offset + 4, (uint)fraction);
            return true;
        }

        /// <summary>Reads a 64-bit NTP timestamp as DateTime ticks (era 0 from 1968, era 1 from 2036).</summary>
        public static long ReadTimestamp(byte[] buffer, int offset)
        {
            long seconds = ReadUInt32(buffer, offset);
            if ((seconds & 0x80000000) == 0)
            {
                seconds += EraSeconds;
            }

            ulong fraction = ReadUInt32(buffer, offset + 4);
            long fractionTicks = (long)((fraction * TicksPerSecond) >> 32);
            return NtpEpochTicks + seconds * TicksPerSecond + fractionTicks;
        }

        private static bool IsZero(byte[] buffer, int offset)
        {
            for (int i = 0; i < 8; i++)
            {
                if (buffer[offset + i] != 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        private static uint ReadUInt32(byte[] buffer, int offset)
        {
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16) | ((uint)buffer[offset + 2] << 8)
                | buffer[offset + 3];
        }
    }
}
