namespace Pos.Core.Storage
{
    /// <summary>
    /// One offline queue item as the journal knows it. Its id is TID + batch + STAN. The payload (the message bytes)
    /// is not kept in memory: it stays in the journal file and is read with <see cref="Journal.ReadPayload"/>.
    /// Change it only through <see cref="Journal"/>.
    /// </summary>
    public sealed class QueueItem
    {
        // Packed, because each field of an object is a heap block on nanoCLR (12 bytes on the ESP32) and a full queue
        // holds 100 items: _id = Batch (bits 0-31) | Stan (32-63); _counts = Number (0-31) | Attempts (32-47) | Kind
        // (48-55) | State (56-63); _payload = PayloadPosition (bits 0-47, signed: a provisional position in an open group
        // is negative) | PayloadLength (48-63); _created = CreatedMonoMs (bits 0-39) | CreatedBoot (40-63); _review =
        // expiry delay from creation in seconds (0-31) | FlagReason (32-39) | FlagCode's two ASCII characters (40-55) |
        // Sends (56-63). Seven fields instead of twelve: 60 bytes less an item on the ESP32.
        private const long PositionMask = (1L << 48) - 1;
        private ulong _id;
        private ulong _counts;
        private long _payload;
        private ulong _created;
        private ulong _review;

        /// <summary>Journal-internal number that later records refer to.</summary>
        public uint Number
        {
            get { return (uint)_counts; }
            internal set { _counts = (_counts & ~0xFFFFFFFFUL) | value; }
        }

        /// <summary>Advice or reversal.</summary>
        public QueueItemKind Kind
        {
            get { return (QueueItemKind)(int)((_counts >> 48) & 0xFF); }
            internal set { _counts = (_counts & ~(0xFFUL << 48)) | ((ulong)((int)value & 0xFF) << 48); }
        }

        /// <summary>Terminal id (part of the item id).</summary>
        public string Tid { get; internal set; }

        /// <summary>Batch number (part of the item id).</summary>
        public int Batch
        {
            get { return (int)(uint)_id; }
            internal set { _id = (_id & ~0xFFFFFFFFUL) | (uint)value; }
        }

        /// <summary>STAN (part of the item id).</summary>
        public int Stan
        {
            get { return (int)(uint)(_id >> 32); }
            internal set { _id = (_id & 0xFFFFFFFFUL) | ((ulong)(uint)value << 32); }
        }

        /// <summary>When it was queued, UTC ticks from the clock seam (shown; never used for ages or expiry: sign-in
        /// and SNTP move that clock).</summary>
        public long CreatedUtcTicks { get; internal set; }

        /// <summary>Largest time stamp a queue item holds, ms on the monotonic clock (40 bits: 34 years powered on).</summary>
        public const long MaxMonoMs = (1L << 40) - 1;

        /// <summary>Largest boot number a queue item holds (24 bits).</summary>
        public const int MaxBoot = (1 << 24) - 1;

        /// <summary>The journal boot in which it was queued (<see cref="Journal.BootNumber"/>).</summary>
        public int CreatedBoot => (int)(_created >> 40);

        /// <summary>When it was queued on the journal's monotonic clock (<see cref="Journal.TerminalTimeMs"/>).</summary>
        public long CreatedMonoMs => (long)(_created & (ulong)MaxMonoMs);

        /// <summary>Where its expiry age counts from on the monotonic clock, to the second: its creation, or the last
        /// time a person retried it.</summary>
        public long ExpiryFromMs => CreatedMonoMs + ((long)(_review & 0xFFFFFFFFUL) * 1000);

        /// <summary>Counted attempts: definite host answers that left it pending (see docs/LINK_AND_OFFLINE.md); at most 65535.</summary>
        public int Attempts
        {
            get { return (int)((_counts >> 32) & 0xFFFF); }
            internal set { _counts = (_counts & ~(0xFFFFUL << 32)) | ((ulong)(value & 0xFFFF) << 32); }
        }

        /// <summary>Requests sent since boot (RAM only, for diagnostics; stops at 255).</summary>
        public int Sends => (int)(_review >> 56);

        /// <summary>Pending, delivered, exhausted, expired or acknowledged.</summary>
        public QueueItemState State
        {
            get { return (QueueItemState)(int)(_counts >> 56); }
            internal set { _counts = (_counts & ~(0xFFUL << 56)) | ((ulong)((int)value & 0xFF) << 56); }
        }

        /// <summary>Why it was flagged (the forwarder's <c>AdviceFlagReason</c> values; 0 when not flagged or unknown).</summary>
        public int FlagReason => (int)((_review >> 32) & 0xFF);

        /// <summary>The host's response code that flagged it (two characters), or "" (none, or unknown).</summary>
        public string FlagCode
        {
            get
            {
                int c1 = (int)((_review >> 40) & 0xFF);
                int c2 = (int)((_review >> 48) & 0xFF);
                return c1 == 0 ? "" : new string(new char[] { (char)c1, (char)c2 });
            }
        }

        /// <summary>Whether <paramref name="code"/> can be kept with an item: "" or two printable ASCII characters (an2).</summary>
        public static bool IsStorableCode(string code)
        {
            return code != null && (code.Length == 0 || (code.Length == 2 && code[0] > ' ' && code[0] < (char)127 && code[1] > ' ' && code[1] < (char)127));
        }

        /// <summary>Sets the time stamps (clamped to what the item holds).</summary>
        internal void SetStamps(int boot, long createdMono, long expiryFrom)
        {
            ulong mono = createdMono < 0 ? 0 : createdMono > MaxMonoMs ? (ulong)MaxMonoMs : (ulong)createdMono;
            ulong b = boot < 0 ? 0 : boot > MaxBoot ? (ulong)MaxBoot : (ulong)boot;
            _created = mono | (b << 40);
            SetExpiryFrom(expiryFrom);
        }

        /// <summary>Where its expiry counts from (never before its creation; to the second).</summary>
        internal void SetExpiryFrom(long expiryFrom)
        {
            long delay = (expiryFrom - CreatedMonoMs) / 1000;
            ulong d = delay < 0 ? 0 : delay > 0xFFFFFFFFL ? 0xFFFFFFFFUL : (ulong)delay;
            _review = (_review & ~0xFFFFFFFFUL) | d;
        }

        /// <summary>Sets the reason and the code ("" or two ASCII characters; anything else is kept as "").</summary>
        internal void SetFlag(int reason, string code)
        {
            ulong c = 0;
            if (code != null && code.Length == 2 && IsStorableCode(code))
            {
                c = (ulong)code[0] | ((ulong)code[1] << 8);
            }

            _review = (_review & 0xFF000000FFFFFFFFUL) | ((ulong)(reason & 0xFF) << 32) | (c << 40);
        }

        /// <summary>One more request sent (stops at 255).</summary>
        internal void CountSend()
        {
            if (Sends < 255)
            {
                _review += 1UL << 56;
            }
        }

        /// <summary>Payload length in bytes (at most 65535: one record).</summary>
        public int PayloadLength
        {
            get { return (int)((ulong)_payload >> 48); }
            internal set { _payload = (_payload & PositionMask) | (long)((ulong)(value & 0xFFFF) << 48); }
        }

        /// <summary>Where the payload starts in the current journal file (negative: in an open group, not written yet).</summary>
        internal long PayloadPosition
        {
            get { return (_payload << 16) >> 16; }
            set { _payload = (_payload & ~PositionMask) | (value & PositionMask); }
        }

        /// <summary>True while it is flagged for review (exhausted or expired, not acknowledged).</summary>
        public bool IsFlagged => State == QueueItemState.Exhausted || State == QueueItemState.Expired;

        /// <summary>True until it is delivered or acknowledged (it counts against the queue's capacity).</summary>
        public bool IsLive => State != QueueItemState.Delivered && State != QueueItemState.Acknowledged;

        /// <summary>Whether the item has the id TID + batch + STAN.</summary>
        public bool HasId(string tid, int batch, int stan)
        {
            return Stan == stan && Batch == batch && Tid == tid;
        }
    }
}
