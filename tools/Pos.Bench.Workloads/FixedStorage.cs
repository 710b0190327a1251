using Pos.Hal;

namespace Pos.Bench.Workloads
{
    /// <summary>
    /// An <see cref="IStorage"/> whose every byte is allocated at construction: a few files of a fixed capacity each.
    /// On the device the journal lives in flash, not in the managed heap; the test scaffolding's SimulatedStorage grows
    /// its buffers as files grow, which would count the flash as heap. Allocated once before the first measurement,
    /// this one is a constant the heap figures subtract. No fault injection, no power cuts: every append is durable.
    /// </summary>
    public sealed class FixedStorage : IStorage
    {
        private readonly string[] _names;
        private readonly byte[][] _data;
        private readonly int[] _lengths;
        private readonly int _fileCapacity;

        /// <summary>Creates a volume of <paramref name="files"/> files of <paramref name="fileCapacity"/> bytes each.</summary>
        public FixedStorage(int files, int fileCapacity)
        {
            _names = new string[files];
            _data = new byte[files][];
            _lengths = new int[files];
            _fileCapacity = fileCapacity;
            for (int i = 0; i < files; i++)
            {
                _names[i] = string.Empty;
                _data[i] = new byte[fileCapacity];
            }
        }

        /// <summary>The most bytes one file may hold.</summary>
        public int FileCapacity => _fileCapacity;

        /// <summary>The longest any file has been (how close the journal came to <see cref="FileCapacity"/>).</summary>
        public int LongestFile { get; private set; }

        /// <inheritdoc />
        public bool Exists(string name)
        {
            return IndexOf(name) >= 0;
        }

        /// <inheritdoc />
        public long Length(string name)
        {
            return _lengths[Get(name)];
        }

        /// <inheritdoc />
        public int Read(string name, long position, byte[] buffer, int offset, int count)
        {
            int i = Get(name);
            if (position < 0 || count < 0 || offset < 0 || offset > buffer.Length - count)
            {
                throw new StorageException(StorageError.OutOfRange, "read out of range");
            }

            if (position >= _lengths[i])
            {
                return 0;
            }

            int left = _lengths[i] - (int)position;
            int n = left < count ? left : count;
            System.Array.Copy(_data[i], (int)position, buffer, offset, n);
            return n;
        }

        /// <inheritdoc />
        public void Append(string name, byte[] data, int offset, int count)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new StorageException(StorageError.InvalidName, "empty name");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new StorageException(StorageError.OutOfRange, "append out of range");
            }

            int i = IndexOf(name);
            if (i < 0)
            {
                i = IndexOf(string.Empty);
                if (i < 0)
                {
                    throw new StorageException(StorageError.Full, "no free file slot");
                }

                _names[i] = name;
                _lengths[i] = 0;
            }

            if (_lengths[i] + count > _fileCapacity)
            {
                throw new StorageException(StorageError.Full, "file " + name + " over " + _fileCapacity.ToString() + " bytes");
            }

            System.Array.Copy(data, offset, _data[i], _lengths[i], count);
            _lengths[i] += count;
            if (_lengths[i] > LongestFile)
            {
                LongestFile = _lengths[i];
            }
        }

        /// <inheritdoc />
        public void Flush(string name)
        {
            Get(name);
        }

        /// <inheritdoc />
        public void Truncate(string name, long length)
        {
            int i = Get(name);
            if (length < 0 || length > _lengths[i])
            {
                throw new StorageException(StorageError.OutOfRange, "truncate beyond the end");
            }

            _lengths[i] = (int)length;
        }

        /// <inheritdoc />
        public bool Delete(string name)
        {
            int i = IndexOf(name);
            if (i < 0)
            {
                return false;
            }

            _names[i] = string.Empty;
            _lengths[i] = 0;
            return true;
        }

        /// <inheritdoc />
        public void Move(string from, string to)
        {
            int i = Get(from);
            if (IndexOf(to) >= 0)
            {
                throw new StorageException(StorageError.AlreadyExists, "move target exists");
            }

            _names[i] = to;
        }

        /// <inheritdoc />
        public string[] List()
        {
            int count = 0;
            for (int i = 0; i < _names.Length; i++)
            {
                if (_names[i].Length > 0)
                {
                    count++;
                }
            }

            string[] names = new string[count];
            int k = 0;
            for (int i = 0; i < _names.Length; i++)
            {
                if (_names[i].Length > 0)
                {
                    names[k++] = _names[i];
                }
            }

            return names;
        }

        /// <inheritdoc />
        public long FreeBytes
        {
            get
            {
                long used = 0;
                for (int i = 0; i < _lengths.Length; i++)
                {
                    used += _lengths[i];
                }

                return TotalBytes - used;
            }
        }

        /// <inheritdoc />
        public long TotalBytes => (long)_fileCapacity * _names.Length;

        private int IndexOf(string name)
        {
            for (int i = 0; i < _names.Length; i++)
            {
                if (_names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private int Get(string name)
        {
            int i = string.IsNullOrEmpty(name) ? -1 : IndexOf(name);
            if (i < 0)
            {
                throw new StorageException(StorageError.NotFound, "no file " + name);
            }

            return i;
        }
    }
}
