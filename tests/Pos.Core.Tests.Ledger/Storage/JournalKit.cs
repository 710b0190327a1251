using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Core.Tests.Storage
{
    /// <summary>Helpers for the journal tests: small volumes, raw generation files built frame by frame.</summary>
    public static class JournalKit
    {
        /// <summary>A test terminal id.</summary>
        public const string Tid = "TEST0001";

        /// <summary>A fresh 64 KB simulated volume.</summary>
        public static SimulatedStorage NewStorage()
        {
            return new SimulatedStorage(64 * 1024);
        }

        /// <summary>Options with a small compaction bound so tests compact often.</summary>
        public static JournalOptions SmallOptions()
        {
            JournalOptions options = new JournalOptions();
            options.CompactThresholdBytes = 2048;
            options.QueueCapacity = 20;
            return options;
        }

        /// <summary>Opens a journal over the storage.</summary>
        public static Journal Open(SimulatedStorage storage, JournalOptions options)
        {
            Journal journal = new Journal(storage, options);
            journal.Open();
            return journal;
        }

        /// <summary>A payload of <paramref name="length"/> bytes derived from <paramref name="seed"/>.</summary>
        public static byte[] Payload(int seed, int length)
        {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = (byte)((seed * 31) + (i * 7));
            }

            return data;
        }

        /// <summary>One sealed frame.</summary>
        public static byte[] Frame(byte type, uint sequence, byte[] payload)
        {
            byte[] frame = new byte[RecordFormat.Overhead + payload.Length];
            System.Array.Copy(payload, 0, frame, RecordFormat.HeaderSize, payload.Length);
            RecordFormat.Seal(frame, type, sequence, payload.Length);
            return frame;
        }

        /// <summary>A 4-byte little-endian payload.</summary>
        public static byte[] UInt32Payload(uint value)
        {
            byte[] p = new byte[4];
            RecordFormat.WriteUInt32(p, 0, value);
            return p;
        }

        /// <summary>A setting record payload (key and value ASCII).</summary>
        public static byte[] SettingPayload(string key, string value)
        {
            byte[] p = new byte[2 + key.Length + value.Length];
            p[0] = (byte)key.Length;
            for (int i = 0; i < key.Length; i++)
            {
                p[1 + i] = (byte)key[i];
            }

            p[1 + key.Length] = 1;
            for (int i = 0; i < value.Length; i++)
            {
                p[2 + key.Length + i] = (byte)value[i];
            }

            return p;
        }

        /// <summary>A counters record payload.</summary>
        public static byte[] CountersPayload(uint stanCount, uint batchCount, uint batchStart)
        {
            byte[] p = new byte[12];
            RecordFormat.WriteUInt32(p, 0, stanCount);
            RecordFormat.WriteUInt32(p, 4, batchCount);
            RecordFormat.WriteUInt32(p, 8, batchStart);
            return p;
        }

        /// <summary>The start offsets of the whole frames in a generation file's bytes, in order.</summary>
        public static int[] FrameStarts(byte[] file)
        {
            int n = 0;
            for (int p = 0; p + RecordFormat.Overhead <= file.Length; p += RecordFormat.Overhead + RecordFormat.ReadUInt16(file, p + 8))
            {
                n++;
            }

            int[] starts = new int[n];
            int at = 0;
            for (int i = 0; i < n; i++)
            {
                starts[i] = at;
                at += RecordFormat.Overhead + RecordFormat.ReadUInt16(file, at + 8);
            }

            return starts;
        }

        /// <summary>The start of the last frame of <paramref name="type"/> in a generation file's bytes, or -1.</summary>
        public static int LastFrameOfType(byte[] file, byte type)
        {
            int[] starts = FrameStarts(file);
            for (int i = starts.Length - 1; i >= 0; i--)
            {
                if (file[starts[i] + 3] == type)
                {
                    return starts[i];
                }
            }

            return -1;
        }

        /// <summary>
        /// Writes journal.1 from scratch: generation header (seq 1), empty snapshot (seq 2), then the given frames
        /// (whose sequence numbers should start at 3), flushed.
        /// </summary>
        public static void WriteGeneration1(SimulatedStorage storage, byte[][] frames)
        {
            string name = "journal.1";
            Append(storage, name, Frame(RecordTypes.GenerationHeader, 1, UInt32Payload(1)));
            Append(storage, name, Frame(RecordTypes.SnapshotEnd, 2, UInt32Payload(0)));
            for (int i = 0; i < frames.Length; i++)
            {
                Append(storage, name, frames[i]);
            }

            storage.Flush(name);
        }

        /// <summary>The payload of an audit record (type 30, written before the audit trail): ticks, text.</summary>
        public static byte[] AuditPayload(long ticks, string text)
        {
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
            byte[] p = new byte[8 + bytes.Length];
            RecordFormat.WriteUInt32(p, 0, (uint)ticks);
            RecordFormat.WriteUInt32(p, 4, (uint)(ticks >> 32));
            System.Array.Copy(bytes, 0, p, 8, bytes.Length);
            return p;
        }

        /// <summary>Three valid setting frames a, b, c with sequences 3, 4, 5.</summary>
        public static byte[][] ThreeSettings()
        {
            return new byte[][]
            {
                Frame(RecordTypes.Setting, 3, SettingPayload("a", "1")),
                Frame(RecordTypes.Setting, 4, SettingPayload("b", "2")),
                Frame(RecordTypes.Setting, 5, SettingPayload("c", "3")),
            };
        }

        private static void Append(SimulatedStorage storage, string name, byte[] data)
        {
            storage.Append(name, data, 0, data.Length);
        }
    }
}
