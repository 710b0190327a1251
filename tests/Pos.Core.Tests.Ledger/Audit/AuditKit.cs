using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Core.Tests.Audit
{
    /// <summary>Helpers for the audit trail tests: a small ring, entries, and segment files taken apart frame by frame.</summary>
    public static class AuditKit
    {
        /// <summary>A ring of 3 segments of 4 entries: it rotates after 12.</summary>
        public static AuditTrailOptions Small()
        {
            AuditTrailOptions options = new AuditTrailOptions();
            options.Segments = 3;
            options.SegmentEntries = 4;
            return options;
        }

        /// <summary>A fresh volume.</summary>
        public static SimulatedStorage NewStorage()
        {
            return new SimulatedStorage(512 * 1024);
        }

        /// <summary>A trail over <paramref name="storage"/>, opened (nothing expected before).</summary>
        public static AuditTrail Open(SimulatedStorage storage, AuditTrailOptions options)
        {
            AuditTrail trail = new AuditTrail(storage, options);
            trail.Open(Ticks(0), false);
            return trail;
        }

        /// <summary>UTC ticks of 2025-06-01 plus <paramref name="minutes"/>.</summary>
        public static long Ticks(int minutes)
        {
            return new System.DateTime(2025, 6, 1).Ticks + (minutes * System.TimeSpan.TicksPerMinute);
        }

        /// <summary>Appends entries numbered <paramref name="from"/> … <paramref name="from"/> + <paramref name="count"/> − 1.</summary>
        public static void Fill(AuditTrail trail, int from, int count)
        {
            for (int i = from; i < from + count; i++)
            {
                Assert(trail.Append(Ticks(i), i % 3 == 0 ? Operators.Technician : Operators.None, (AuditEvent)(i % (int)AuditEvent.Count), "entry " + i.ToString()));
            }
        }

        /// <summary>Where each frame of a segment file starts (after its header), in order.</summary>
        public static int[] Frames(byte[] segment)
        {
            int count = 0;
            for (int at = AuditFrame.HeaderSize; at < segment.Length; at += segment[at])
            {
                count++;
            }

            int[] starts = new int[count];
            int k = 0;
            for (int at = AuditFrame.HeaderSize; at < segment.Length; at += segment[at])
            {
                starts[k++] = at;
            }

            return starts;
        }

        /// <summary>Replaces a file's bytes (durably).</summary>
        public static void Rewrite(SimulatedStorage storage, string name, byte[] bytes)
        {
            storage.Delete(name);
            storage.Append(name, bytes, 0, bytes.Length);
            storage.Flush(name);
        }

        /// <summary><paramref name="bytes"/> without <paramref name="count"/> bytes at <paramref name="at"/>.</summary>
        public static byte[] Without(byte[] bytes, int at, int count)
        {
            byte[] kept = new byte[bytes.Length - count];
            System.Array.Copy(bytes, 0, kept, 0, at);
            System.Array.Copy(bytes, at + count, kept, at, bytes.Length - at - count);
            return kept;
        }

        /// <summary>Rewrites the CRC of the frame at <paramref name="at"/> after its bytes were changed.</summary>
        public static void Reseal(byte[] segment, int at)
        {
            int n = segment[at];
            RecordFormat.WriteUInt32(segment, at + n - 4, Crc32.Compute(segment, at, n - 4));
        }

        private static void Assert(bool ok)
        {
            if (!ok)
            {
                throw new System.InvalidOperationException("append refused");
            }
        }
    }
}
