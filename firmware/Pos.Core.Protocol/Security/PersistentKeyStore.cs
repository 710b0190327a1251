using Pos.Core.Common;
using Pos.Hal;

namespace Pos.Core.Security
{
    /// <summary>
    /// An <see cref="IKeyStore"/> whose keys survive a reboot: every change writes the whole key set through the
    /// storage seam, each key wrapped (3DES-CBC) under a key-encryption key unique to the board, and the constructor
    /// reads it back. The keys in use live in an <see cref="InMemoryKeyStore"/>; the store keeps only the wrapped
    /// records besides, so clear key bytes are never written and never kept beyond a load.
    /// <para>File <c>keys.N</c> (N counts up at every write): header = 'K' 'S', version 2, lost reason
    /// (<see cref="KeysLostReason"/>, non-zero only in a set with no records), the master key's
    /// <see cref="KeyOrigin"/>, 8-byte salt, record count; then per
    /// record slot, key length (8, 16, 24), the wrapped key, its 4-byte KCV and an 8-byte X9.19 MAC over the header,
    /// the record's index and the record up to the MAC. The KEK and the MAC key are the two halves of
    /// SHA-256("KEK1" ‖ salt ‖ board secret); the wrap's IV is the salt with its first byte XORed with the slot.</para>
    /// <para>Writes are copy-on-write, as the journal compacts: <c>keys.N+1.tmp</c> is written, flushed and published by
    /// an atomic move to <c>keys.N+1</c>, then <c>keys.N</c> is deleted; at boot every .tmp is deleted and the highest
    /// generation wins, so a power cut leaves the old set or the new one.</para>
    /// <para>At boot every record is checked (length, MAC, KCV after unwrapping) before any key is used. Any fault
    /// erases every key, writes an empty set that remembers the reason (so the state survives a reboot) and sets
    /// <see cref="LostReason"/> until keys are loaded again: never an exception, never a wrong key.</para>
    /// </summary>
    public sealed class PersistentKeyStore : IKeyStore
    {
        /// <summary>File name prefix of the key set's generations.</summary>
        public const string FilePrefix = "keys.";

        /// <summary>Suffix of a generation being written, not yet published.</summary>
        public const string TempSuffix = ".tmp";

        /// <summary>Bytes of salt kept in the file's header.</summary>
        public const int SaltLength = 8;

        private const int Version = 2;
        private const int HeaderSize = 6 + SaltLength;
        private const int CountOffset = HeaderSize - 1;
        private const int OriginOffset = 4;
        private const int SaltOffset = 5;
        private const int MaxBody = 2 + 24 + KeyCheckValue.DefaultLength;
        private const int MaxFile = HeaderSize + ((int)KeySlot.Count * (MaxBody + Mac.Length));
        private const MacAlgorithm RecordMac = MacAlgorithm.AnsiX919;

        private static readonly byte[] Label = new byte[] { (byte)'K', (byte)'E', (byte)'K', (byte)'1' };

        private readonly IStorage _storage;
        private readonly SeededRandom _random;
        private readonly ISerialLog _log;
        private readonly InMemoryKeyStore _keys = new InMemoryKeyStore();
        private readonly byte[] _file = new byte[MaxFile];
        private readonly byte[] _macInput = new byte[HeaderSize + 1 + MaxBody];
        private byte[][] _records = new byte[(int)KeySlot.Count][];
        private byte[] _secret;
        private byte[] _salt;
        private DesKey _kek;
        private DesKey _macKey;
        private uint _generation;
        private KeysLostReason _lost;
        private KeyOrigin _origin;

        /// <summary>
        /// Opens the key set kept on <paramref name="storage"/> under <paramref name="secret"/>'s KEK: loads it when
        /// every record checks out, erases it otherwise (<see cref="LostReason"/>). <paramref name="random"/> makes the
        /// salt of a new set; <paramref name="log"/> (optional) gets one line per event, never key bytes.
        /// </summary>
        public PersistentKeyStore(IStorage storage, IBoardSecret secret, SeededRandom random, ISerialLog log)
        {
            if (storage == null)
            {
                throw new System.ArgumentNullException(nameof(storage));
            }

            if (secret == null)
            {
                throw new System.ArgumentNullException(nameof(secret));
            }

            if (random == null)
            {
                throw new System.ArgumentNullException(nameof(random));
            }

            _storage = storage;
            _random = random;
            _log = log;
            try
            {
                _secret = secret.Read();
            }
            catch (System.Exception)
            {
                _secret = null;
            }

            if (_secret != null && _secret.Length < 6)
            {
                _secret = null;
            }

            Open();
        }

        /// <inheritdoc />
        public KeysLostReason LostReason => _lost;

        /// <inheritdoc />
        public KeyOrigin MasterOrigin => _origin;

        /// <summary>The generation of the key set on the drive (0: none written yet).</summary>
        public uint Generation => _generation;

        /// <inheritdoc />
        public bool Has(KeySlot slot)
        {
            return _keys.Has(slot);
        }

        /// <inheritdoc />
        public DesKey Get(KeySlot slot)
        {
            return _keys.Get(slot);
        }

        /// <inheritdoc />
        public SecurityError Load(KeySlot slot, byte[] key, int offset, int length)
        {
            SecurityError error = KeyInput.Check(slot, key, offset, length);
            if (error != SecurityError.None)
            {
                return error;
            }

            byte[][] records = CopyRecords();
            records[(int)slot] = Wrap(slot, key, offset, length);
            _lost = KeysLostReason.None;
            if (slot == KeySlot.Tmk)
            {
                _origin = KeyOrigin.Unknown;
            }

            Save(records);
            return _keys.Load(slot, key, offset, length);
        }

        /// <inheritdoc />
        public SecurityError LoadMaster(byte[] key, int offset, int length, KeyOrigin origin)
        {
            SecurityError error = KeyInput.Check(KeySlot.Tmk, key, offset, length);
            if (error != SecurityError.None)
            {
                return error;
            }

            // A new salt: the old set's KEK is not used again, and the old file goes once the new one is published.
            _salt = null;
            byte[][] records = new byte[(int)KeySlot.Count][];
            records[(int)KeySlot.Tmk] = Wrap(KeySlot.Tmk, key, offset, length);
            _lost = KeysLostReason.None;
            _origin = origin;
            Save(records);
            return _keys.LoadMaster(key, offset, length, origin);
        }

        /// <inheritdoc />
        public SecurityError LoadSet(KeySlot[] slots, byte[][] keys)
        {
            SecurityError error = KeyInput.CheckSet(slots, keys);
            if (error != SecurityError.None)
            {
                return error;
            }

            byte[][] records = CopyRecords();
            for (int i = 0; i < slots.Length; i++)
            {
                records[(int)slots[i]] = Wrap(slots[i], keys[i], 0, keys[i].Length);
                if (slots[i] == KeySlot.Tmk)
                {
                    _origin = KeyOrigin.Unknown;
                }
            }

            _lost = KeysLostReason.None;
            Save(records);
            return _keys.LoadSet(slots, keys);
        }

        /// <inheritdoc />
        public void Clear(KeySlot slot)
        {
            if (!KeySlotNames.IsValid(slot))
            {
                return;
            }

            byte[][] records = CopyRecords();
            records[(int)slot] = null;
            if (slot == KeySlot.Tmk)
            {
                _origin = KeyOrigin.Unknown;
            }

            Save(records);
            _keys.Clear(slot);
        }

        /// <inheritdoc />
        public void ClearAll()
        {
            _origin = KeyOrigin.Unknown;
            Save(new byte[(int)KeySlot.Count][]);
            _keys.ClearAll();
        }

        /// <inheritdoc />
        public bool GetCheckValue(KeySlot slot, byte[] output, int offset)
        {
            return _keys.GetCheckValue(slot, output, offset);
        }

        /// <inheritdoc />
        public string Describe(KeySlot slot)
        {
            return _keys.Describe(slot);
        }

        /// <summary>Every slot by name and check value, never key bytes.</summary>
        public override string ToString()
        {
            return _keys.ToString();
        }

        private byte[][] CopyRecords()
        {
            byte[][] copy = new byte[(int)KeySlot.Count][];
            System.Array.Copy(_records, copy, copy.Length);
            return copy;
        }

        // Writes the set as the next generation, then makes it the store's. A drive error leaves the old set on the
        // drive and the new keys in RAM until power off (logged); a power cut is not caught. A lost state not yet
        // ended by a load stays recorded.
        private void Save(byte[][] records)
        {
            _records = records;
            if (_secret == null && CountOf(records) > 0)
            {
                Note("keys: no board secret, kept in RAM only");
                return;
            }

            try
            {
                Write(records, _lost);
            }
            catch (StorageException e)
            {
                Note("keys: not saved, " + StorageErrorText(e));
            }
        }

        // An empty set needs no KEK: its salt is zeros, so a board whose secret cannot be read still erases.
        private void Write(byte[][] records, KeysLostReason lost)
        {
            int count = CountOf(records);
            System.Array.Clear(_file, 0, HeaderSize);
            if (count > 0)
            {
                EnsureSalt();
                System.Array.Copy(_salt, 0, _file, SaltOffset, SaltLength);
            }

            _file[0] = (byte)'K';
            _file[1] = (byte)'S';
            _file[2] = Version;
            _file[3] = (byte)lost;
            _file[OriginOffset] = records[(int)KeySlot.Tmk] == null ? (byte)0 : (byte)_origin;
            _file[CountOffset] = (byte)count;
            int length = HeaderSize;
            int index = 0;
            for (int s = 0; s < records.Length; s++)
            {
                byte[] body = records[s];
                if (body == null)
                {
                    continue;
                }

                System.Array.Copy(body, 0, _file, length, body.Length);
                ComputeMac(index++, _file, length, body.Length, _file, length + body.Length);
                length += body.Length + Mac.Length;
            }

            uint next = _generation + 1;
            string temp = NameOf(next) + TempSuffix;
            _storage.Delete(temp);
            _storage.Append(temp, _file, 0, length);
            _storage.Flush(temp);
            _storage.Move(temp, NameOf(next));
            uint old = _generation;
            _generation = next;
            System.Array.Clear(_file, 0, _file.Length);
            if (old > 0)
            {
                try
                {
                    _storage.Delete(NameOf(old));
                }
                catch (StorageException)
                {
                    // The new set is published; the old one is garbage the next boot deletes.
                }
            }
        }

        // slot, length, the key 3DES-CBC under the KEK, its KCV.
        private byte[] Wrap(KeySlot slot, byte[] key, int offset, int length)
        {
            byte[] body = new byte[2 + length + KeyCheckValue.DefaultLength];
            body[0] = (byte)slot;
            body[1] = (byte)length;
            DesKey clear = new DesKey(key, offset, length);
            KeyCheckValue.Compute(clear, body, 2 + length, KeyCheckValue.DefaultLength);
            clear.Wipe();
            if (_secret == null)
            {
                return body;
            }

            EnsureSalt();
            byte[] chain = Iv(slot);
            for (int b = 0; b < length; b += DesKey.BlockSize)
            {
                for (int i = 0; i < DesKey.BlockSize; i++)
                {
                    body[2 + b + i] = (byte)(key[offset + b + i] ^ chain[i]);
                }

                _kek.EncryptBlock(body, 2 + b, body, 2 + b);
                System.Array.Copy(body, 2 + b, chain, 0, DesKey.BlockSize);
            }

            return body;
        }

        // Into clear[0..length): the key of the record at position in buffer.
        private void Unwrap(byte[] buffer, int position, byte[] clear)
        {
            KeySlot slot = (KeySlot)buffer[position];
            int length = buffer[position + 1];
            byte[] chain = Iv(slot);
            for (int b = 0; b < length; b += DesKey.BlockSize)
            {
                _kek.DecryptBlock(buffer, position + 2 + b, clear, b);
                for (int i = 0; i < DesKey.BlockSize; i++)
                {
                    clear[b + i] = (byte)(clear[b + i] ^ chain[i]);
                }

                System.Array.Copy(buffer, position + 2 + b, chain, 0, DesKey.BlockSize);
            }
        }

        private byte[] Iv(KeySlot slot)
        {
            byte[] iv = new byte[DesKey.BlockSize];
            System.Array.Copy(_salt, iv, SaltLength);
            iv[0] = (byte)(iv[0] ^ (int)slot);
            return iv;
        }

        private void ComputeMac(int index, byte[] buffer, int position, int bodyLength, byte[] output, int outputOffset)
        {
            int n = MacInput(index, buffer, position, bodyLength);
            Mac.Compute(RecordMac, _macKey, _macInput, 0, n, output, outputOffset);
        }

        private int MacInput(int index, byte[] buffer, int position, int bodyLength)
        {
            System.Array.Copy(_file, 0, _macInput, 0, HeaderSize);
            _macInput[HeaderSize] = (byte)index;
            System.Array.Copy(buffer, position, _macInput, HeaderSize + 1, bodyLength);
            return HeaderSize + 1 + bodyLength;
        }

        private void EnsureSalt()
        {
            if (_salt != null)
            {
                return;
            }

            byte[] salt = new byte[SaltLength];
            _random.NextBytes(salt);
            Derive(salt);
        }

        // KEK ‖ MAC key = SHA-256("KEK1" ‖ salt ‖ board secret): a different salt or board gives unrelated keys.
        private void Derive(byte[] salt)
        {
            byte[] input = new byte[Label.Length + SaltLength + _secret.Length];
            System.Array.Copy(Label, input, Label.Length);
            System.Array.Copy(salt, 0, input, Label.Length, SaltLength);
            System.Array.Copy(_secret, 0, input, Label.Length + SaltLength, _secret.Length);
            byte[] hash = Sha256.Hash(input, 0, input.Length);
            if (_kek != null)
            {
                _kek.Wipe();
                _macKey.Wipe();
            }

            _kek = new DesKey(hash, 0, 16);
            _macKey = new DesKey(hash, 16, 16);
            _salt = salt;
            System.Array.Clear(input, 0, input.Length);
            System.Array.Clear(hash, 0, hash.Length);
        }

        private void Open()
        {
            string current = null;
            try
            {
                current = Settle();
            }
            catch (StorageException)
            {
                Lose(KeysLostReason.Unreadable);
                return;
            }

            if (current == null)
            {
                return;
            }

            KeysLostReason reason;
            try
            {
                reason = ReadSet(current);
            }
            catch (StorageException)
            {
                reason = KeysLostReason.Unreadable;
            }

            if (reason != KeysLostReason.None)
            {
                Lose(reason);
            }
            else if (_lost != KeysLostReason.None)
            {
                Note("keys: lost at an earlier boot (" + KeysLostReasonNames.Of(_lost) + "), must be loaded");
            }
        }

        // Deletes unpublished and superseded generations; returns the name of the current one, or null.
        private string Settle()
        {
            string[] names = _storage.List();
            for (int i = 0; i < names.Length; i++)
            {
                uint generation = GenerationOf(names[i]);
                if (generation > _generation)
                {
                    _generation = generation;
                }
            }

            for (int i = 0; i < names.Length; i++)
            {
                string name = names[i];
                bool temp = name.EndsWith(TempSuffix);
                uint generation = GenerationOf(temp ? name.Substring(0, name.Length - TempSuffix.Length) : name);
                if (generation > 0 && (temp || generation != _generation))
                {
                    _storage.Delete(name);
                }
            }

            return _generation == 0 ? null : NameOf(_generation);
        }

        private KeysLostReason ReadSet(string name)
        {
            long size = _storage.Length(name);
            if (size < HeaderSize || size > MaxFile)
            {
                return KeysLostReason.Malformed;
            }

            int length = (int)size;
            if (_storage.Read(name, 0, _file, 0, length) != length)
            {
                return KeysLostReason.Unreadable;
            }

            int count = _file[CountOffset];
            if (_file[0] != (byte)'K' || _file[1] != (byte)'S' || _file[2] != Version || _file[3] >= (int)KeysLostReason.Count
                || _file[OriginOffset] >= (int)KeyOrigin.Count || count > (int)KeySlot.Count || (count > 0 && _file[3] != 0))
            {
                return KeysLostReason.Malformed;
            }

            int[] starts = new int[count];
            int position = HeaderSize;
            bool[] seen = new bool[(int)KeySlot.Count];
            for (int r = 0; r < count; r++)
            {
                if (position + 2 > length)
                {
                    return KeysLostReason.Malformed;
                }

                int slot = _file[position];
                int keyLength = _file[position + 1];
                if (slot >= (int)KeySlot.Count || seen[slot] || !DesKey.IsValidLength(keyLength))
                {
                    return KeysLostReason.Malformed;
                }

                seen[slot] = true;
                starts[r] = position;
                position += 2 + keyLength + KeyCheckValue.DefaultLength + Mac.Length;
            }

            if (position != length)
            {
                return KeysLostReason.Malformed;
            }

            byte[] salt = new byte[SaltLength];
            System.Array.Copy(_file, SaltOffset, salt, 0, SaltLength);
            if (count == 0)
            {
                if (_file[OriginOffset] != 0)
                {
                    return KeysLostReason.Malformed;
                }

                _salt = null;
                _lost = (KeysLostReason)_file[3];
                return KeysLostReason.None;
            }

            if (_secret == null)
            {
                return KeysLostReason.Unreadable;
            }

            Derive(salt);
            return Verify(count, starts);
        }

        // Checks every record, then loads them all at once; the clear bytes are wiped whatever happens.
        private KeysLostReason Verify(int count, int[] starts)
        {
            KeySlot[] slots = new KeySlot[count];
            byte[][] clear = new byte[count][];
            byte[][] records = new byte[(int)KeySlot.Count][];
            KeysLostReason reason = KeysLostReason.None;
            for (int r = 0; r < count && reason == KeysLostReason.None; r++)
            {
                int at = starts[r];
                int keyLength = _file[at + 1];
                int bodyLength = 2 + keyLength + KeyCheckValue.DefaultLength;
                int n = MacInput(r, _file, at, bodyLength);
                if (Mac.Verify(RecordMac, _macKey, _macInput, 0, n, _file, at + bodyLength) != SecurityError.None)
                {
                    reason = KeysLostReason.MacMismatch;
                    break;
                }

                clear[r] = new byte[keyLength];
                Unwrap(_file, at, clear[r]);
                DesKey key = new DesKey(clear[r]);
                bool matches = KeyCheckValue.Matches(key, _file, at + 2 + keyLength, KeyCheckValue.DefaultLength);
                key.Wipe();
                if (!matches)
                {
                    reason = KeysLostReason.CheckValueMismatch;
                    break;
                }

                slots[r] = (KeySlot)_file[at];
                byte[] body = new byte[bodyLength];
                System.Array.Copy(_file, at, body, 0, bodyLength);
                records[(int)slots[r]] = body;
            }

            if (reason == KeysLostReason.None)
            {
                _keys.LoadSet(slots, clear);
                _records = records;
                _origin = records[(int)KeySlot.Tmk] == null ? KeyOrigin.Unknown : (KeyOrigin)_file[OriginOffset];
                Note("keys: " + count.ToString() + " loaded from flash");
            }

            for (int r = 0; r < count; r++)
            {
                if (clear[r] != null)
                {
                    System.Array.Clear(clear[r], 0, clear[r].Length);
                }
            }

            System.Array.Clear(_file, 0, _file.Length);
            System.Array.Clear(_macInput, 0, _macInput.Length);
            return reason;
        }

        // Erases every key in RAM and on the drive, and remembers why in an empty set (a new salt: the old KEK is gone).
        private void Lose(KeysLostReason reason)
        {
            _keys.ClearAll();
            _records = new byte[(int)KeySlot.Count][];
            _origin = KeyOrigin.Unknown;
            _lost = reason;
            _salt = null;
            Note("keys: stored keys unusable (" + KeysLostReasonNames.Of(reason) + "), all erased; keys must be loaded");
            try
            {
                Write(_records, reason);
            }
            catch (StorageException e)
            {
                Note("keys: erase not written, " + StorageErrorText(e));
            }
        }

        private static int CountOf(byte[][] records)
        {
            int count = 0;
            for (int s = 0; s < records.Length; s++)
            {
                if (records[s] != null)
                {
                    count++;
                }
            }

            return count;
        }

        private void Note(string line)
        {
            if (_log != null)
            {
                _log.WriteLine(line);
            }
        }

        private static string StorageErrorText(StorageException e)
        {
            return "storage error " + ((int)e.Reason).ToString();
        }

        private static string NameOf(uint generation)
        {
            return FilePrefix + generation.ToString();
        }

        // The N of "keys.N"; 0 for any other name (a .tmp included).
        private static uint GenerationOf(string name)
        {
            return FileNumbers.Of(name, FilePrefix);
        }
    }
}
