using Pos.Core.Common;
using Pos.Hal.Net;

namespace Pos.Fuzzing
{
    /// <summary>
    /// Seeded mutations of corpus frames: bit flips, byte replacements, truncations, lying length prefixes, bad
    /// nibbles, extra or missing bitmap bits, inserted and deleted bytes, splices and random garbage. Most mutations
    /// then fix the 2-byte frame length up so the unpacker gets past the framing check.
    /// </summary>
    public sealed class ProtocolMutator
    {
        /// <summary>Names of the mutation kinds, by index.</summary>
        public static readonly string[] KindNames =
        {
            "bit flip", "byte replace", "truncate", "lying length prefix", "bad nibble", "extra bitmap bits",
            "cleared bitmap bits", "insert bytes", "delete bytes", "splice", "garbage",
        };

        /// <summary>Output buffers must hold this many bytes.</summary>
        public const int MaxLength = 4096;

        private const int BitmapOffset = 15;
        private readonly SeededRandom _random;

        public ProtocolMutator(SeededRandom random)
        {
            _random = random;
        }

        /// <summary>Index into <see cref="KindNames"/> of the last mutation.</summary>
        public int LastKind { get; private set; }

        /// <summary>The corpus entry the last mutant came from (a splice's head).</summary>
        public CorpusEntry? LastEntry { get; private set; }

        /// <summary>Writes a mutant of a random corpus entry into <paramref name="output"/> and returns its length.</summary>
        public int Mutate(CorpusEntry[] corpus, byte[] output)
        {
            CorpusEntry entry = corpus[_random.Next(corpus.Length)];
            LastEntry = entry;
            byte[] frame = entry.Frame;
            int length = frame.Length;
            Array.Copy(frame, output, length);
            int kind = _random.Next(KindNames.Length);
            LastKind = kind;
            bool fixLength = _random.Next(10) < 8;
            switch (kind)
            {
                case 0:
                    for (int n = 1 + _random.Next(4); n > 0; n--)
                    {
                        output[_random.Next(length)] ^= (byte)(1 << _random.Next(8));
                    }

                    break;
                case 1:
                    for (int n = 1 + _random.Next(4); n > 0; n--)
                    {
                        output[_random.Next(length)] = Interesting();
                    }

                    break;
                case 2:
                    length = _random.Next(length);
                    break;
                case 3:
                    if (entry.PrefixOffsets.Length > 0)
                    {
                        int which = _random.Next(entry.PrefixOffsets.Length);
                        int at = entry.PrefixOffsets[which];
                        if (entry.PrefixSizes[which] == 1)
                        {
                            output[at] = LyingPrefixByte();
                        }
                        else
                        {
                            output[at] = _random.Next(4) == 0 ? Interesting() : (byte)_random.Next(10);
                            output[at + 1] = LyingPrefixByte();
                        }
                    }

                    break;
                case 4:
                    for (int n = 1 + _random.Next(3); n > 0; n--)
                    {
                        int at = 2 + _random.Next(length - 2);
                        int nibble = 10 + _random.Next(6);
                        output[at] = _random.Next(2) == 0 ? (byte)((output[at] & 0x0F) | (nibble << 4)) : (byte)((output[at] & 0xF0) | nibble);
                    }

                    break;
                case 5:
                    for (int n = 1 + _random.Next(3); n > 0; n--)
                    {
                        int bit = _random.Next(64);
                        output[BitmapOffset + (bit >> 3)] |= (byte)(0x80 >> (bit & 7));
                    }

                    break;
                case 6:
                    for (int n = 1 + _random.Next(3); n > 0; n--)
                    {
                        int bit = _random.Next(64);
                        output[BitmapOffset + (bit >> 3)] &= (byte)~(0x80 >> (bit & 7));
                    }

                    break;
                case 7:
                    {
                        int at = _random.Next(length + 1);
                        int count = 1 + _random.Next(16);
                        Array.Copy(frame, at, output, at + count, length - at);
                        for (int i = 0; i < count; i++)
                        {
                            output[at + i] = Interesting();
                        }

                        length += count;
                        break;
                    }

                case 8:
                    {
                        int at = _random.Next(length);
                        int count = 1 + _random.Next(Math.Min(16, length - at));
                        Array.Copy(frame, at + count, output, at, length - at - count);
                        length -= count;
                        break;
                    }

                case 9:
                    {
                        byte[] other = corpus[_random.Next(corpus.Length)].Frame;
                        int head = _random.Next(length + 1);
                        int from = _random.Next(other.Length + 1);
                        int tail = other.Length - from;
                        Array.Copy(other, from, output, head, tail);
                        length = head + tail;
                        break;
                    }

                default:
                    length = _random.Next(300);
                    for (int i = 0; i < length; i++)
                    {
                        output[i] = (byte)_random.Next(256);
                    }

                    if (length >= 3 && _random.Next(2) == 0)
                    {
                        output[2] = 0x60;
                    }

                    break;
            }

            if (fixLength && length >= FramePrefix.Size)
            {
                FramePrefix.Write(length - FramePrefix.Size, output, 0);
            }

            return length;
        }

        // Boundary-ish bytes: 00, FF, BCD 99, non-BCD nibbles, the TPDU id, or anything.
        private byte Interesting()
        {
            switch (_random.Next(6))
            {
                case 0: return 0x00;
                case 1: return 0xFF;
                case 2: return 0x99;
                case 3: return (byte)(0xA0 | _random.Next(16));
                case 4: return 0x60;
                default: return (byte)_random.Next(256);
            }
        }

        // A length prefix that lies: one more than the maximum, the largest BCD, a non-BCD byte, or any BCD value.
        private byte LyingPrefixByte()
        {
            switch (_random.Next(4))
            {
                case 0: return 0x99;
                case 1: return (byte)(0x0A + (_random.Next(6) * 0x10));
                case 2: return Interesting();
                default: return (byte)((_random.Next(10) << 4) | _random.Next(10));
            }
        }
    }
}
