namespace Pos.Core.Diagnostics
{
    /// <summary>Dotted-quad IPv4 parsing for the address checks.</summary>
    public static class Ipv4
    {
        /// <summary>Parses "a.b.c.d" (each 0–255, 1–3 digits, nothing else) into <paramref name="value"/>.</summary>
        public static bool TryParse(string text, out uint value)
        {
            value = 0;
            if (text == null || text.Length < 7 || text.Length > 15)
            {
                return false;
            }

            int parts = 0;
            int digits = 0;
            uint part = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                char c = i < text.Length ? text[i] : '.';
                if (c == '.')
                {
                    if (digits == 0 || part > 255)
                    {
                        return false;
                    }

                    value = (value << 8) | part;
                    parts++;
                    digits = 0;
                    part = 0;
                }
                else if (c >= '0' && c <= '9' && digits < 3)
                {
                    part = (part * 10) + (uint)(c - '0');
                    digits++;
                }
                else
                {
                    return false;
                }
            }

            return parts == 4;
        }

        /// <summary>True for a usable host address: dotted quad, not 0.0.0.0, not 255.255.255.255.</summary>
        public static bool IsUsable(string text)
        {
            uint v;
            return TryParse(text, out v) && v != 0 && v != 0xFFFFFFFF;
        }

        /// <summary>True for a contiguous netmask other than 0.0.0.0 and /32.</summary>
        public static bool IsMask(string text)
        {
            uint v;
            if (!TryParse(text, out v) || v == 0 || v == 0xFFFFFFFF)
            {
                return false;
            }

            uint inverted = ~v;
            return (inverted & (inverted + 1)) == 0; // ones then zeros
        }

        /// <summary>True when both addresses are in the same subnet under <paramref name="mask"/>.</summary>
        public static bool SameSubnet(string a, string b, string mask)
        {
            uint x, y, m;
            return TryParse(a, out x) && TryParse(b, out y) && TryParse(mask, out m) && (x & m) == (y & m);
        }
    }
}
