using System.Collections;
using System.Text;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// The dump check: looks for secrets (card numbers, tracks, PINs, PIN blocks, keys) in bytes (a flash image) and in
    /// text (a log, a screen), in every form they could take: a digit string as ASCII, as packed BCD (either nibble
    /// alignment, '=' as D) and as hex text (either case) of its ASCII; a key or PIN block as raw bytes and as hex text.
    /// <see cref="Hits"/> collects one line per finding.
    /// </summary>
    public sealed class SecretScanner
    {
        // Byte patterns and text patterns, with the secret's name for the report.
        private readonly ArrayList _bytePatterns = new ArrayList();
        private readonly ArrayList _byteNames = new ArrayList();
        private readonly ArrayList _textPatterns = new ArrayList();
        private readonly ArrayList _textNames = new ArrayList();

        /// <summary>What was found: "name as form in where at N".</summary>
        public ArrayList Hits { get; } = new ArrayList();

        /// <summary>Shortest run of packed BCD digits looked for (shorter runs turn up by chance in any flash).</summary>
        public const int MinPackedDigits = 12;

        /// <summary>Looks for a digit string (PAN, track, PIN) in its forms; '=' and 'D' are the track separator.</summary>
        public void AddDigits(string name, string digits)
        {
            AddText(name + " (ASCII)", digits);
            AddBytes(name + " (ASCII)", Ascii(digits));
            string hex = Hex.Encode(Ascii(digits));
            AddBoth(name + " (hex of ASCII)", hex);
            AddBoth(name + " (hex of ASCII, lower case)", hex.ToLower());
            string nibbles = digits.ToUpper();
            if (nibbles.IndexOf('=') >= 0)
            {
                char[] c = nibbles.ToCharArray();
                for (int i = 0; i < c.Length; i++)
                {
                    c[i] = c[i] == '=' ? 'D' : c[i];
                }

                nibbles = new string(c);
                AddText(name + " (BCD digits as text)", nibbles);
            }

            // Packed BCD at either alignment: the longest whole-byte run from nibble 0 and from nibble 1.
            for (int start = 0; start < 2; start++)
            {
                int count = (nibbles.Length - start) / 2;
                if (count * 2 >= MinPackedDigits)
                {
                    byte[] packed = new byte[count];
                    for (int i = 0; i < count; i++)
                    {
                        packed[i] = (byte)((Nibble(nibbles[start + (2 * i)]) << 4) | Nibble(nibbles[start + (2 * i) + 1]));
                    }

                    AddBytes(name + " (packed BCD)", packed);
                }
            }
        }

        /// <summary>Looks for a key or a PIN block as raw bytes and as hex text.</summary>
        public void AddSecretBytes(string name, byte[] secret)
        {
            AddBytes(name + " (bytes)", secret);
            string hex = Hex.Encode(secret);
            AddBoth(name + " (hex)", hex);
            AddBoth(name + " (hex, lower case)", hex.ToLower());
        }

        /// <summary>
        /// Looks for the card-data key of <paramref name="tmk"/> as docs/SECURITY.md documents it, derived here and not
        /// by the code under test: the 3DES encryptions under the TMK of "CARDDAT1" and "CARDDAT2".
        /// </summary>
        public void AddDataKeyOf(string name, byte[] tmk)
        {
            DesKey key = new DesKey(tmk);
            byte[] blocks = Ascii("CARDDAT1CARDDAT2");
            byte[] derived = new byte[16];
            key.EncryptBlock(blocks, 0, derived, 0);
            key.EncryptBlock(blocks, 8, derived, 8);
            AddSecretBytes(name, derived);
        }

        /// <summary>Scans bytes (a file of the flash).</summary>
        public void ScanBytes(string where, byte[] data)
        {
            for (int p = 0; p < _bytePatterns.Count; p++)
            {
                byte[] pattern = (byte[])_bytePatterns[p];
                int at = IndexOf(data, pattern);
                if (at >= 0)
                {
                    Hits.Add((string)_byteNames[p] + " in " + where + " at " + at.ToString());
                }
            }
        }

        /// <summary>Scans text (a log line, a screen).</summary>
        public void ScanText(string where, string text)
        {
            if (text == null)
            {
                return;
            }

            for (int p = 0; p < _textPatterns.Count; p++)
            {
                int at = text.IndexOf((string)_textPatterns[p]);
                if (at >= 0)
                {
                    Hits.Add((string)_textNames[p] + " in " + where + " at " + at.ToString());
                }
            }
        }

        /// <summary>The hits, one a line; empty when none.</summary>
        public string Report()
        {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < Hits.Count; i++)
            {
                sb.Append((string)Hits[i]);
                sb.Append('\n');
            }

            return sb.ToString();
        }

        private void AddBoth(string name, string text)
        {
            AddText(name, text);
            AddBytes(name, Ascii(text));
        }

        private void AddText(string name, string text)
        {
            _textPatterns.Add(text);
            _textNames.Add(name);
        }

        private void AddBytes(string name, byte[] pattern)
        {
            _bytePatterns.Add(pattern);
            _byteNames.Add(name);
        }

        private static int IndexOf(byte[] data, byte[] pattern)
        {
            int last = data.Length - pattern.Length;
            for (int i = 0; i <= last; i++)
            {
                int j = 0;
                while (j < pattern.Length && data[i + j] == pattern[j])
                {
                    j++;
                }

                if (j == pattern.Length)
                {
                    return i;
                }
            }

            return -1;
        }

        private static byte[] Ascii(string text)
        {
            byte[] b = new byte[text.Length];
            for (int i = 0; i < b.Length; i++)
            {
                b[i] = (byte)text[i];
            }

            return b;
        }

        private static int Nibble(char c)
        {
            return c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10;
        }
    }
}
