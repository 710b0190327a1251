namespace Pos.Core.Security
{
    /// <summary>
    /// Encrypted PIN blocks for field 52: ISO 9564-1 format 0 (ANSI X9.8) with the PAN (field 53 d1 = 2), and the
    /// X9.8 variant without the PAN (d1 = 1), encrypted under the PIK (DES, or 3DES for a double-length PIK).
    /// <para>PIN field: nibbles 0, L (PIN length), the PIN digits, then F to 16 nibbles. PAN field: four 0 nibbles
    /// and the 12 rightmost PAN digits excluding the check digit (left-padded with 0 for a short PAN). The clear
    /// block is their XOR; without the PAN it is the PIN field alone.</para>
    /// <para>The PIN comes in as ASCII digits in a byte array (a string could not be wiped) and those bytes are
    /// overwritten with zeros before the method returns, whatever the outcome; the clear block lives only in locals
    /// that are zeroed too. Nothing is allocated.</para>
    /// </summary>
    public static class PinBlock
    {
        /// <summary>Shortest PIN accepted.</summary>
        public const int MinPinLength = 4;

        /// <summary>Longest PIN accepted (format 0 allows 12).</summary>
        public const int MaxPinLength = 12;

        /// <summary>Bytes in a PIN block.</summary>
        public const int Length = 8;

        /// <summary>
        /// Format 0 with the PAN. Writes 8 bytes at <paramref name="outputOffset"/> and returns
        /// <see cref="SecurityError.None"/>, or returns <see cref="SecurityError.KeyMissing"/>,
        /// <see cref="SecurityError.PinLength"/>, <see cref="SecurityError.PinNotDigits"/> or
        /// <see cref="SecurityError.PanInvalid"/> and writes nothing. The PIN bytes are wiped in every case.
        /// </summary>
        public static SecurityError Encrypt(DesKey pik, byte[] pin, int pinOffset, int pinLength, string pan, byte[] output, int outputOffset)
        {
            return Build(pik, pin, pinOffset, pinLength, pan, true, output, outputOffset);
        }

        /// <summary>The X9.8 variant without the PAN (PIN field only); otherwise as <see cref="Encrypt"/>.</summary>
        public static SecurityError EncryptWithoutPan(DesKey pik, byte[] pin, int pinOffset, int pinLength, byte[] output, int outputOffset)
        {
            return Build(pik, pin, pinOffset, pinLength, null, false, output, outputOffset);
        }

        /// <summary>
        /// Checks a PAN for the PAN field: 8 to 19 decimal digits. Returns <see cref="SecurityError.None"/> or
        /// <see cref="SecurityError.PanInvalid"/>.
        /// </summary>
        public static SecurityError CheckPan(string pan)
        {
            if (pan == null || pan.Length < 8 || pan.Length > 19)
            {
                return SecurityError.PanInvalid;
            }

            for (int i = 0; i < pan.Length; i++)
            {
                if (pan[i] < '0' || pan[i] > '9')
                {
                    return SecurityError.PanInvalid;
                }
            }

            return SecurityError.None;
        }

        private static SecurityError Build(DesKey pik, byte[] pin, int pinOffset, int pinLength, string pan, bool withPan, byte[] output, int outputOffset)
        {
            if (pin == null)
            {
                throw new System.ArgumentNullException(nameof(pin));
            }

            if (pinOffset < 0 || pinLength < 0 || pinOffset > pin.Length - pinLength)
            {
                throw new System.ArgumentOutOfRangeException(nameof(pinLength));
            }

            if (output == null)
            {
                throw new System.ArgumentNullException(nameof(output));
            }

            if (outputOffset < 0 || outputOffset > output.Length - Length)
            {
                Wipe(pin, pinOffset, pinLength);
                throw new System.ArgumentOutOfRangeException(nameof(outputOffset));
            }

            SecurityError error = Check(pik, pin, pinOffset, pinLength, pan, withPan);
            if (error != SecurityError.None)
            {
                Wipe(pin, pinOffset, pinLength);
                return error;
            }

            // PIN field, nibble by nibble from the most significant: 0, L, digits, F padding.
            uint hi = 0;
            uint lo = 0;
            for (int nibble = 0; nibble < 16; nibble++)
            {
                uint value;
                if (nibble == 0)
                {
                    value = 0;
                }
                else if (nibble == 1)
                {
                    value = (uint)pinLength;
                }
                else if (nibble - 2 < pinLength)
                {
                    value = (uint)(pin[pinOffset + nibble - 2] - '0');
                }
                else
                {
                    value = 0x0F;
                }

                if (nibble < 8)
                {
                    hi = (hi << 4) | value;
                }
                else
                {
                    lo = (lo << 4) | value;
                }
            }

            Wipe(pin, pinOffset, pinLength);

            if (withPan)
            {
                // The 12 account digits before the check digit, right-aligned in nibbles 4..15.
                int last = pan.Length - 2;
                for (int nibble = 15; nibble >= 4; nibble--)
                {
                    int index = last - (15 - nibble);
                    uint digit = index >= 0 ? (uint)(pan[index] - '0') : 0u;
                    if (nibble < 8)
                    {
                        hi ^= digit << ((7 - nibble) * 4);
                    }
                    else
                    {
                        lo ^= digit << ((15 - nibble) * 4);
                    }
                }
            }

            pik.Encrypt(ref hi, ref lo);
            DesKey.Store(hi, lo, output, outputOffset);
            hi = 0;
            lo = 0;
            return SecurityError.None;
        }

        private static SecurityError Check(DesKey pik, byte[] pin, int pinOffset, int pinLength, string pan, bool withPan)
        {
            if (pik == null)
            {
                return SecurityError.KeyMissing;
            }

            if (pinLength < MinPinLength || pinLength > MaxPinLength)
            {
                return SecurityError.PinLength;
            }

            for (int i = 0; i < pinLength; i++)
            {
                byte c = pin[pinOffset + i];
                if (c < (byte)'0' || c > (byte)'9')
                {
                    return SecurityError.PinNotDigits;
                }
            }

            return withPan ? CheckPan(pan) : SecurityError.None;
        }

        private static void Wipe(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = 0;
            }
        }
    }
}
