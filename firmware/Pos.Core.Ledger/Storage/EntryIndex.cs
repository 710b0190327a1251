namespace Pos.Core.Storage
{
    /// <summary>
    /// Where the journal's keyed entries (<see cref="RecordTypes.Entry"/>) are: one 64-bit word per live entry in one
    /// array, allocated once at its capacity and doubled only when a log outgrows it, so entries cost no heap as they
    /// come and go. The values stay in the flash (<see cref="Journal.GetEntry"/> reads them). A word holds the value's
    /// position (bits 0-29: in the current journal file, or, bit 30 set, in the open group's buffer until its record
    /// is written), the log (31-32), the key (33-52) and the value's length in bytes (53-63). Order: as first set.
    /// </summary>
    internal sealed class EntryIndex
    {
        /// <summary>Highest log number.</summary>
        public const int MaxLog = 3;

        /// <summary>Highest key (20 bits: a STAN fits).</summary>
        public const int MaxKey = (1 << 20) - 1;

        /// <summary>Longest value, bytes.</summary>
        public const int MaxLength = (1 << 11) - 1;

        /// <summary>Highest position a value may start at (1 GiB).</summary>
        public const long MaxPosition = (1L << 30) - 1;

        private const ulong GroupBit = 1UL << 30;
        private const int TagShift = 31;
        private const ulong TagMask = (1UL << 22) - 1;
        private const int LengthShift = 53;

        private ulong[] _words;
        private int _count;

        /// <summary>An empty index with room for <paramref name="capacity"/> entries.</summary>
        public EntryIndex(int capacity)
        {
            _words = new ulong[capacity < 1 ? 1 : capacity];
        }

        /// <summary>Live entries, every log.</summary>
        public int Count => _count;

        /// <summary>Entries the array holds before it must grow.</summary>
        public int Capacity => _words.Length;

        /// <summary>The log of entry <paramref name="i"/>.</summary>
        public int LogAt(int i)
        {
            return (int)((_words[i] >> TagShift) & MaxLog);
        }

        /// <summary>The key of entry <paramref name="i"/>.</summary>
        public int KeyAt(int i)
        {
            return (int)((_words[i] >> (TagShift + 2)) & MaxKey);
        }

        /// <summary>The value's length, bytes.</summary>
        public int LengthAt(int i)
        {
            return (int)(_words[i] >> LengthShift);
        }

        /// <summary>Where the value starts: in the journal file, or in the open group (<see cref="InGroupAt"/>).</summary>
        public long PositionAt(int i)
        {
            return (long)(_words[i] & (ulong)MaxPosition);
        }

        /// <summary>True while the value is in the open group's buffer only (its record not written yet).</summary>
        public bool InGroupAt(int i)
        {
            return (_words[i] & GroupBit) != 0;
        }

        /// <summary>The index of the entry, or -1.</summary>
        public int Find(int log, int key)
        {
            ulong tag = (uint)log | ((ulong)(uint)key << 2);
            for (int i = 0; i < _count; i++)
            {
                if (((_words[i] >> TagShift) & TagMask) == tag)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Sets an entry (ranges checked by the caller): a new one goes last, a known one keeps its place.</summary>
        public void Set(int log, int key, long position, bool inGroup, int length)
        {
            int i = Find(log, key);
            if (i < 0)
            {
                if (_count == _words.Length)
                {
                    ulong[] words = new ulong[_words.Length * 2];
                    System.Array.Copy(_words, words, _count);
                    _words = words;
                }

                i = _count++;
            }

            ulong tag = (uint)log | ((ulong)(uint)key << 2);
            _words[i] = (ulong)position | (inGroup ? GroupBit : 0UL) | (tag << TagShift) | ((ulong)(uint)length << LengthShift);
        }

        /// <summary>Removes entry <paramref name="i"/>; the others keep their order.</summary>
        public void RemoveAt(int i)
        {
            _count--;
            System.Array.Copy(_words, i + 1, _words, i, _count - i);
        }

        /// <summary>Removes every entry of <paramref name="log"/>.</summary>
        public void RemoveLog(int log)
        {
            int kept = 0;
            for (int i = 0; i < _count; i++)
            {
                if (LogAt(i) != log)
                {
                    _words[kept++] = _words[i];
                }
            }

            _count = kept;
        }

        /// <summary>Points entry <paramref name="i"/> at <paramref name="position"/> in the journal file.</summary>
        public void MoveTo(int i, long position)
        {
            _words[i] = (_words[i] & ~((ulong)MaxPosition | GroupBit)) | (ulong)position;
        }

        /// <summary>After the open group's record is written at <paramref name="groupPayload"/>: its entries point into the file.</summary>
        public void CommitGroup(long groupPayload)
        {
            for (int i = 0; i < _count; i++)
            {
                if (InGroupAt(i))
                {
                    MoveTo(i, groupPayload + PositionAt(i));
                }
            }
        }
    }
}
