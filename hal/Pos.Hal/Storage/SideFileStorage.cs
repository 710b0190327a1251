namespace Pos.Hal.Storage
{
    /// <summary>
    /// The storage seam over a drive that may have no atomic truncate (an SD card's FAT, a LittleFS build without
    /// <c>SetLength</c>): everything goes to the drive as it is, except a truncate the drive refuses with
    /// <see cref="System.NotSupportedException"/>, which is done through a side file instead, so that after a power cut
    /// the file is in the old or the new state, as <see cref="IStorage.Truncate"/> promises.
    /// <para>The protocol, one drive call a step: (1) delete a side file left from before, (2) copy the kept prefix to
    /// <c>name + </c><see cref="Suffix"/> by appends, (3) flush it, (4) delete the original, (5) rename the side file
    /// into place. At start-up (the constructor) every side file is settled: one without its original is a truncate cut
    /// between 4 and 5, complete since 3, and is renamed into place; one next to its original is a copy cut short, and
    /// is deleted (the original is intact).</para>
    /// <para>Side files are the drive's business only: <see cref="List"/> leaves them out and their names are refused.
    /// Once the drive refused a truncate, every later one takes the side file at once. Calls are serialized by one
    /// lock, so nobody sees a file between steps; when a drive error stops a truncate between 4 and 5, the next call
    /// renames the side file into place first (and fails while it cannot), so no call sees the file missing. Used by
    /// the ESP32 board over its drive, and by the power-cut sweeps over the simulated flash.</para>
    /// </summary>
    public sealed class SideFileStorage : IStorage
    {
        /// <summary>Suffix of the side file a truncate writes before swapping it in; never a name the core uses.</summary>
        public const string Suffix = ".~tr";

        /// <summary>Bytes copied per read and append when none is given.</summary>
        public const int DefaultChunk = 512;

        private readonly object _gate = new object();
        private readonly IStorage _drive;
        private readonly byte[] _chunk;
        private bool _driveTruncates = true;
        private string _unsettled;

        /// <summary>Mounts <paramref name="drive"/> with the default copy chunk and settles interrupted truncates.</summary>
        public SideFileStorage(IStorage drive)
            : this(drive, DefaultChunk)
        {
        }

        /// <summary>Mounts <paramref name="drive"/>, copying <paramref name="chunkBytes"/> at a time, and settles
        /// interrupted truncates.</summary>
        public SideFileStorage(IStorage drive, int chunkBytes)
        {
            if (drive == null)
            {
                throw new System.ArgumentNullException(nameof(drive));
            }

            if (chunkBytes < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(chunkBytes));
            }

            _drive = drive;
            _chunk = new byte[chunkBytes];
            lock (_gate)
            {
                Recover();
            }
        }

        /// <summary>True once the drive refused a truncate: truncates go through side files.</summary>
        public bool UsesSideFiles => !_driveTruncates;

        /// <summary>Whether <paramref name="name"/> is a side file's name.</summary>
        public static bool IsSideFile(string name)
        {
            return name != null && name.EndsWith(Suffix);
        }

        /// <inheritdoc />
        public bool Exists(string name)
        {
            lock (_gate)
            {
                Settle();
                return _drive.Exists(Checked(name));
            }
        }

        /// <inheritdoc />
        public long Length(string name)
        {
            lock (_gate)
            {
                Settle();
                return _drive.Length(Checked(name));
            }
        }

        /// <inheritdoc />
        public int Read(string name, long position, byte[] buffer, int offset, int count)
        {
            lock (_gate)
            {
                Settle();
                return _drive.Read(Checked(name), position, buffer, offset, count);
            }
        }

        /// <inheritdoc />
        public void Append(string name, byte[] data, int offset, int count)
        {
            lock (_gate)
            {
                Settle();
                _drive.Append(Checked(name), data, offset, count);
            }
        }

        /// <inheritdoc />
        public void Flush(string name)
        {
            lock (_gate)
            {
                Settle();
                _drive.Flush(Checked(name));
            }
        }

        /// <inheritdoc />
        public void Truncate(string name, long length)
        {
            lock (_gate)
            {
                Checked(name);
                Settle();
                if (_driveTruncates)
                {
                    try
                    {
                        _drive.Truncate(name, length);
                        return;
                    }
                    catch (System.NotSupportedException)
                    {
                        _driveTruncates = false;
                    }
                }

                long current = _drive.Length(name);
                if (length < 0 || length > current)
                {
                    throw new StorageException(StorageError.OutOfRange, "truncate " + name + ": length outside the file");
                }

                if (length < current)
                {
                    TruncateThroughSideFile(name, length);
                }
            }
        }

        /// <inheritdoc />
        public bool Delete(string name)
        {
            lock (_gate)
            {
                Settle();
                return _drive.Delete(Checked(name));
            }
        }

        /// <inheritdoc />
        public void Move(string from, string to)
        {
            lock (_gate)
            {
                Settle();
                _drive.Move(Checked(from), Checked(to));
            }
        }

        /// <inheritdoc />
        public string[] List()
        {
            lock (_gate)
            {
                Settle();
                string[] all = _drive.List();
                int kept = 0;
                string[] names = new string[all.Length];
                for (int i = 0; i < all.Length; i++)
                {
                    if (!IsSideFile(all[i]))
                    {
                        names[kept++] = all[i];
                    }
                }

                string[] result = new string[kept];
                System.Array.Copy(names, result, kept);
                return result;
            }
        }

        /// <inheritdoc />
        public long FreeBytes
        {
            get
            {
                lock (_gate)
                {
                    return _drive.FreeBytes;
                }
            }
        }

        /// <inheritdoc />
        public long TotalBytes
        {
            get
            {
                lock (_gate)
                {
                    return _drive.TotalBytes;
                }
            }
        }

        private void TruncateThroughSideFile(string name, long length)
        {
            string side = name + Suffix;
            _drive.Delete(side);
            long done = 0;
            do
            {
                // One append even for an empty prefix: it creates the side file.
                long left = length - done;
                int wanted = left < _chunk.Length ? (int)left : _chunk.Length;
                int read = wanted == 0 ? 0 : _drive.Read(name, done, _chunk, 0, wanted);
                if (read != wanted)
                {
                    throw new StorageException(StorageError.Io, "truncate " + name + ": short read");
                }

                _drive.Append(side, _chunk, 0, read);
                done += read;
            }
            while (done < length);

            _drive.Flush(side);
            _drive.Delete(name);
            _unsettled = name;
            _drive.Move(side, name);
            _unsettled = null;
        }

        // A truncate a drive error stopped between the delete and the rename: the side file holds the file.
        private void Settle()
        {
            if (_unsettled != null)
            {
                _drive.Move(_unsettled + Suffix, _unsettled);
                _unsettled = null;
            }
        }

        // Start-up: finish a truncate cut between the delete and the rename; drop a copy cut short. A side file a drive
        // error keeps from being settled now is left for the next start-up.
        private void Recover()
        {
            string[] names;
            try
            {
                names = _drive.List();
            }
            catch (StorageException)
            {
                // No drive (formatting, SD removed): every later call reports its own error.
                return;
            }

            for (int i = 0; i < names.Length; i++)
            {
                string side = names[i];
                if (!IsSideFile(side))
                {
                    continue;
                }

                string original = side.Substring(0, side.Length - Suffix.Length);
                try
                {
                    if (_drive.Exists(original))
                    {
                        _drive.Delete(side);
                    }
                    else
                    {
                        _drive.Move(side, original);
                    }
                }
                catch (StorageException)
                {
                }
            }
        }

        private static string Checked(string name)
        {
            if (IsSideFile(name))
            {
                throw new StorageException(StorageError.InvalidName, "invalid file name");
            }

            return name;
        }
    }
}
