using Pos.Hal;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// <see cref="IStorage"/> over a directory of the PC, for the emulator: the same flat namespace as the device's
    /// LittleFS drive. Flush is <c>FileStream.Flush(true)</c> (fsync); Move is <c>File.Move</c> without overwrite.
    /// Every failure becomes one <see cref="StorageException"/>.
    /// </summary>
    public sealed class FileStorage : IStorage, IDisposable
    {
        // One cached read stream: recovery reads record by record, and opening a file per read costs more than the scan.
        private FileStream? _reader;
        private string? _readerPath;

        private readonly string _root;
        private readonly long _capacity;

        /// <summary>Creates the storage over <paramref name="directory"/> (created if missing), reporting
        /// <paramref name="capacityBytes"/> as its size (the device's config partition is 256 KB on 4 MB flash).</summary>
        public FileStorage(string directory, long capacityBytes = 256 * 1024)
        {
            _root = Path.GetFullPath(directory);
            _capacity = capacityBytes;
            Directory.CreateDirectory(_root);
        }

        /// <inheritdoc />
        public bool Exists(string name) => File.Exists(PathOf(name));

        /// <inheritdoc />
        public long Length(string name)
        {
            string path = Existing(name);
            return Guard(() => new FileInfo(path).Length);
        }

        /// <inheritdoc />
        public int Read(string name, long position, byte[] buffer, int offset, int count)
        {
            string path = Existing(name);
            if (position < 0 || count < 0 || offset < 0 || offset > buffer.Length - count)
            {
                throw new StorageException(StorageError.OutOfRange, "read out of range");
            }

            return Guard(() =>
            {
                FileStream stream = ReaderFor(path);
                if (position >= stream.Length)
                {
                    return 0;
                }

                stream.Position = position;
                int total = 0;
                while (total < count)
                {
                    int n = stream.Read(buffer, offset + total, count - total);
                    if (n == 0)
                    {
                        break;
                    }

                    total += n;
                }

                return total;
            });
        }

        /// <summary>Closes the cached read stream.</summary>
        public void Dispose() => DropReader();

        /// <inheritdoc />
        public void Append(string name, byte[] data, int offset, int count)
        {
            string path = PathOf(name);
            DropReader(path);
            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new StorageException(StorageError.OutOfRange, "append out of range");
            }

            if (count > FreeBytes)
            {
                throw new StorageException(StorageError.Full, "volume full");
            }

            Guard(() =>
            {
                using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
                stream.Write(data, offset, count);
                return 0;
            });
        }

        /// <inheritdoc />
        public void Flush(string name)
        {
            string path = Existing(name);
            Guard(() =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
                stream.Flush(true);
                return 0;
            });
        }

        /// <inheritdoc />
        public void Truncate(string name, long length)
        {
            string path = Existing(name);
            DropReader(path);
            Guard(() =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
                if (length < 0 || length > stream.Length)
                {
                    throw new StorageException(StorageError.OutOfRange, "truncate beyond the end");
                }

                stream.SetLength(length);
                stream.Flush(true);
                return 0;
            });
        }

        /// <inheritdoc />
        public bool Delete(string name)
        {
            string path = PathOf(name);
            DropReader(path);
            return Guard(() =>
            {
                if (!File.Exists(path))
                {
                    return false;
                }

                File.Delete(path);
                return true;
            });
        }

        /// <inheritdoc />
        public void Move(string from, string to)
        {
            string source = Existing(from);
            string target = PathOf(to);
            DropReader(source);
            if (File.Exists(target))
            {
                throw new StorageException(StorageError.AlreadyExists, "move target exists");
            }

            Guard(() =>
            {
                File.Move(source, target, overwrite: false);
                return 0;
            });
        }

        /// <inheritdoc />
        public string[] List()
        {
            return Guard(() =>
            {
                string[] paths = Directory.GetFiles(_root);
                string[] names = new string[paths.Length];
                for (int i = 0; i < paths.Length; i++)
                {
                    names[i] = Path.GetFileName(paths[i]);
                }

                return names;
            });
        }

        /// <inheritdoc />
        public long FreeBytes
        {
            get
            {
                long used = 0;
                foreach (string path in Directory.GetFiles(_root))
                {
                    used += new FileInfo(path).Length;
                }

                return Math.Max(0, _capacity - used - OtherBytes);
            }
        }

        /// <summary>
        /// Bytes taken by data that is not the terminal's (0 by default): the emulator's "flash full" control raises it
        /// so the free space falls under the self-test's limit while small records still fit.
        /// </summary>
        public long OtherBytes { get; set; }

        /// <inheritdoc />
        public long TotalBytes => _capacity;

        private FileStream ReaderFor(string path)
        {
            if (_reader == null || _readerPath != path)
            {
                DropReader();
                _reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                _readerPath = path;
            }

            return _reader;
        }

        private void DropReader(string? path = null)
        {
            if (_reader != null && (path == null || path == _readerPath))
            {
                _reader.Dispose();
                _reader = null;
                _readerPath = null;
            }
        }

        private string PathOf(string name)
        {
            if (string.IsNullOrEmpty(name) || name.IndexOfAny(new[] { '/', '\\' }) >= 0 || name == "." || name == "..")
            {
                throw new StorageException(StorageError.InvalidName, "bad file name");
            }

            return Path.Combine(_root, name);
        }

        private string Existing(string name)
        {
            string path = PathOf(name);
            if (!File.Exists(path))
            {
                throw new StorageException(StorageError.NotFound, "no such file");
            }

            return path;
        }

        private static T Guard<T>(Func<T> action)
        {
            try
            {
                return action();
            }
            catch (StorageException)
            {
                throw;
            }
            catch (FileNotFoundException e)
            {
                throw new StorageException(StorageError.NotFound, "no such file", e);
            }
            catch (IOException e) when (e.HResult == 17 || e.Message.Contains("exists", StringComparison.OrdinalIgnoreCase))
            {
                throw new StorageException(StorageError.AlreadyExists, "target exists", e);
            }
            catch (IOException e)
            {
                throw new StorageException(StorageError.Io, "I/O error", e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new StorageException(StorageError.Io, "access denied", e);
            }
        }
    }
}
