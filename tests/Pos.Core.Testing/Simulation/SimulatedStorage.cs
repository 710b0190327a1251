using System;
using System.Collections;
using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// An in-memory <see cref="IStorage"/> that injects faults, in the manner of LittleFS's emulated block device and
    /// SQLite's crash VFS. It counts operations, can cut the power before the N-th mutating operation (Append, Flush,
    /// Truncate, Delete, Move), can fail the N-th one with an I/O error, and models exactly what survives a cut:
    /// <list type="bullet">
    /// <item>flushed bytes survive;</item>
    /// <item>unflushed appended bytes survive as a prefix whose length the fault plan picks (none, all, a fixed count
    /// or a seeded random count per file); when the cut interrupts an Append, that append's bytes count as unflushed,
    /// so a torn prefix of the interrupted write can survive too;</item>
    /// <item>Truncate, Delete and Move are atomic and durable when they return; an interrupted one has no effect.</item>
    /// </list>
    /// With <see cref="AtomicTruncate"/> off it is a drive without an atomic truncate, to be mounted through
    /// <c>SideFileStorage</c> as the device mounts its drive.
    /// After a cut every operation throws <see cref="PowerCutException"/> until <see cref="Reboot"/>.
    /// </summary>
    public sealed class SimulatedStorage : IStorage
    {
        /// <summary>A keep count meaning "every unflushed byte survives".</summary>
        public const int KeepAllUnflushed = int.MaxValue;

        private readonly Hashtable _files = new Hashtable();
        private readonly long _capacity;
        private int _operations;
        private int _mutations;
        private long _bytesAppended;
        private int _cutAt = -1;
        private int _cutKeep;
        private TearPicker _cutRandom;
        private int _failAt = -1;
        private bool _poweredOff;

        /// <summary>Creates an empty volume of <paramref name="capacityBytes"/>.</summary>
        public SimulatedStorage(long capacityBytes)
        {
            _capacity = capacityBytes;
        }

        /// <summary>Operations of every kind so far (reads included).</summary>
        public int OperationCount => _operations;

        /// <summary>Mutating operations started so far; the index the next one will have.</summary>
        public int MutationCount => _mutations;

        /// <summary>Bytes appended so far (the flash write volume).</summary>
        public long BytesAppended => _bytesAppended;

        /// <summary>Whether the power is off (a cut happened and no reboot yet).</summary>
        public bool IsPoweredOff => _poweredOff;

        /// <summary>
        /// False makes it a drive without an atomic truncate (an SD card's FAT, a LittleFS build without SetLength):
        /// <see cref="Truncate"/> throws <see cref="NotSupportedException"/> and changes nothing, as <c>Esp32Storage</c>
        /// does there, and <c>SideFileStorage</c> truncates through a side file whose every step is a mutation the
        /// fault plan can cut. Default true.
        /// </summary>
        public bool AtomicTruncate { get; set; } = true;

        /// <summary>
        /// Cuts the power just before mutating operation number <paramref name="mutationIndex"/> (0-based, counted
        /// since the volume was created). <paramref name="keepUnflushed"/> unflushed bytes of each file survive
        /// (0 drops them all, <see cref="KeepAllUnflushed"/> keeps them all).
        /// </summary>
        public void ArmPowerCut(int mutationIndex, int keepUnflushed)
        {
            _cutAt = mutationIndex;
            _cutKeep = keepUnflushed;
            _cutRandom = null;
        }

        /// <summary>As ArmPowerCut(int, int), but <paramref name="tear"/> picks each file's surviving prefix (0..all).</summary>
        public void ArmPowerCut(int mutationIndex, TearPicker tear)
        {
            _cutAt = mutationIndex;
            _cutRandom = tear;
        }

        /// <summary>Makes mutating operation number <paramref name="mutationIndex"/> fail with an I/O error and no effect.</summary>
        public void ArmIoError(int mutationIndex)
        {
            _failAt = mutationIndex;
        }

        /// <summary>Cancels any armed cut or error.</summary>
        public void Disarm()
        {
            _cutAt = -1;
            _failAt = -1;
            _cutRandom = null;
        }

        /// <summary>Cuts the power now with the given survival of unflushed bytes.</summary>
        public void CutPower(int keepUnflushed)
        {
            _cutKeep = keepUnflushed;
            _cutRandom = null;
            ApplyCut();
        }

        /// <summary>
        /// Powers back on, as the next boot sees the flash: if no cut happened, this is a cut now that drops every
        /// unflushed byte. Disarms the fault plan. Returns this volume for chaining.
        /// </summary>
        public SimulatedStorage Reboot()
        {
            if (!_poweredOff)
            {
                CutPower(0);
            }

            _poweredOff = false;
            Disarm();
            return this;
        }

        /// <summary>Test helper: flips bits of one byte in place, durably, without counting an operation.</summary>
        public void CorruptByte(string name, int position, byte xorMask)
        {
            SimulatedFile file = Get(name);
            file.Poke(position, (byte)(file.Data[position] ^ xorMask));
        }

        /// <summary>
        /// Test helper: a new volume of the same size and kind holding this one's files as they are now, every byte
        /// durable, without counting an operation: one state to try many cuts from.
        /// </summary>
        public SimulatedStorage Copy()
        {
            SimulatedStorage copy = new SimulatedStorage(_capacity);
            copy.AtomicTruncate = AtomicTruncate;
            copy.SizeUnknown = SizeUnknown;
            foreach (DictionaryEntry entry in _files)
            {
                SimulatedFile file = (SimulatedFile)entry.Value;
                SimulatedFile twin = new SimulatedFile();
                twin.Append(file.Data, 0, file.Length);
                twin.Flush();
                copy._files[entry.Key] = twin;
            }

            return copy;
        }

        /// <summary>Test helper: a copy of the file's current bytes, without counting an operation.</summary>
        public byte[] Contents(string name)
        {
            SimulatedFile file = Get(name);
            byte[] copy = new byte[file.Length];
            Array.Copy(file.Data, copy, file.Length);
            return copy;
        }

        /// <inheritdoc />
        public bool Exists(string name)
        {
            Enter(false);
            return _files.Contains(name);
        }

        /// <inheritdoc />
        public long Length(string name)
        {
            Enter(false);
            return Get(name).Length;
        }

        /// <inheritdoc />
        public int Read(string name, long position, byte[] buffer, int offset, int count)
        {
            Enter(false);
            SimulatedFile file = Get(name);
            if (position < 0 || count < 0 || offset < 0 || offset > buffer.Length - count)
            {
                throw new StorageException(StorageError.OutOfRange, "read out of range");
            }

            if (position >= file.Length)
            {
                return 0;
            }

            long left = file.Length - position;
            int n = left < count ? (int)left : count;
            Array.Copy(file.Data, (int)position, buffer, offset, n);
            return n;
        }

        /// <inheritdoc />
        public void Append(string name, byte[] data, int offset, int count)
        {
            CheckName(name);
            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new StorageException(StorageError.OutOfRange, "append out of range");
            }

            SimulatedFile file = _files[name] as SimulatedFile;
            if (_mutations == _cutAt && !_poweredOff)
            {
                // The interrupted write: its bytes join the unflushed tail, which the cut then tears.
                if (file == null)
                {
                    file = new SimulatedFile();
                    _files[name] = file;
                }

                file.Append(data, offset, count);
            }

            Enter(true);
            if (Used() + count > _capacity)
            {
                throw new StorageException(StorageError.Full, "volume full");
            }

            if (file == null)
            {
                file = new SimulatedFile();
                _files[name] = file;
            }

            file.Append(data, offset, count);
            _bytesAppended += count;
        }

        /// <inheritdoc />
        public void Flush(string name)
        {
            Enter(true);
            Get(name).Flush();
        }

        /// <inheritdoc />
        public void Truncate(string name, long length)
        {
            if (!AtomicTruncate)
            {
                Enter(false);
                throw new NotSupportedException("no atomic truncate on this drive");
            }

            Enter(true);
            SimulatedFile file = Get(name);
            if (length < 0 || length > file.Length)
            {
                throw new StorageException(StorageError.OutOfRange, "truncate beyond the end");
            }

            file.Truncate((int)length);
        }

        /// <inheritdoc />
        public bool Delete(string name)
        {
            Enter(true);
            if (!_files.Contains(name))
            {
                return false;
            }

            _files.Remove(name);
            return true;
        }

        /// <inheritdoc />
        public void Move(string from, string to)
        {
            CheckName(to);
            Enter(true);
            SimulatedFile file = Get(from);
            if (_files.Contains(to))
            {
                throw new StorageException(StorageError.AlreadyExists, "move target exists");
            }

            _files.Remove(from);
            _files[to] = file;
        }

        /// <inheritdoc />
        public string[] List()
        {
            Enter(false);
            string[] names = new string[_files.Count];
            int i = 0;
            foreach (DictionaryEntry entry in _files)
            {
                names[i++] = (string)entry.Key;
            }

            return names;
        }

        /// <inheritdoc />
        public long FreeBytes
        {
            get
            {
                Enter(false);
                return SizeUnknown ? -1 : _capacity - Used();
            }
        }

        /// <summary>Answers -1 for the sizes, as the ESP32 LittleFS driver does.</summary>
        public bool SizeUnknown { get; set; }

        /// <inheritdoc />
        public long TotalBytes => SizeUnknown ? -1 : _capacity;

        private void Enter(bool mutating)
        {
            if (_poweredOff)
            {
                throw new PowerCutException("power is off");
            }

            _operations++;
            if (!mutating)
            {
                return;
            }

            int index = _mutations;
            _mutations++;
            if (index == _cutAt)
            {
                ApplyCut();
                throw new PowerCutException("power cut before mutation " + index.ToString());
            }

            if (index == _failAt)
            {
                throw new StorageException(StorageError.Io, "injected I/O error at mutation " + index.ToString());
            }
        }

        private void ApplyCut()
        {
            foreach (DictionaryEntry entry in _files)
            {
                SimulatedFile file = (SimulatedFile)entry.Value;
                int unflushed = file.Length - file.Durable;
                int keep = _cutRandom != null ? _cutRandom((string)entry.Key, unflushed) : _cutKeep;
                file.Cut(keep);
            }

            _poweredOff = true;
            _cutAt = -1;
        }

        private SimulatedFile Get(string name)
        {
            SimulatedFile file = _files[name] as SimulatedFile;
            if (file == null)
            {
                throw new StorageException(StorageError.NotFound, "no such file");
            }

            return file;
        }

        private long Used()
        {
            long used = 0;
            foreach (DictionaryEntry entry in _files)
            {
                used += ((SimulatedFile)entry.Value).Length;
            }

            return used;
        }

        private static void CheckName(string name)
        {
            if (name == null || name.Length == 0 || name.IndexOf('/') >= 0 || name.IndexOf('\\') >= 0)
            {
                throw new StorageException(StorageError.InvalidName, "bad file name");
            }
        }
    }
}
