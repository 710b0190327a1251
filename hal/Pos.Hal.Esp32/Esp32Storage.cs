using System;
using System.IO;
using Pos.Hal.Storage;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// <see cref="IStorage"/> on the ESP32's internal LittleFS drive <c>I:</c>, over System.IO.FileSystem
    /// (checked against <c>nanoframework/System.IO.FileSystem: System.IO.FileSystem/File.cs, FileStream.cs,
    /// DriveInfo.cs, Directory.cs</c>). How each promise of the seam is kept:
    /// <list type="bullet">
    /// <item>Append + Flush durable: in System.IO.FileSystem 1.1.93 a <see cref="FileStream"/> holds a native file
    /// handle (<c>NativeFileStream</c>), and its <c>Flush</c> and <c>Close</c> reach the file system (LittleFS commits a
    /// file's data and size atomically on sync or close). Each append opens, writes, flushes and closes the stream, so
    /// the bytes are on flash when <see cref="Append"/> returns, which is stronger than the seam asks.
    /// <see cref="Flush"/> only checks the file exists.</item>
    /// <item>Truncate atomic: on LittleFS, <c>FileStream.SetLength</c> then <c>Close</c> (one metadata commit: the file
    /// is in the old or the new state after a power cut, and no data is rewritten). Where <c>SetLength</c> is not
    /// implemented (a firmware or drive without it) or the root is not LittleFS (an SD card's FAT, whose truncate is
    /// not atomic), <see cref="Truncate"/> throws <see cref="NotSupportedException"/>: mount the drive through
    /// <see cref="SideFileStorage"/> (as <c>Program.Main</c> does), which then truncates through a side file, finishes
    /// or drops an interrupted one at boot and keeps side files out of sight.</item>
    /// <item>Move never overwrites: checked here (AlreadyExists) before <c>File.Move</c>, which also refuses (it throws a
    /// plain Exception or IOException depending on the library version).</item>
    /// <item>Free/total: <c>DriveInfo.TotalSize</c>; the 1.x DriveInfo has no free-space property, so free is estimated
    /// as total minus the files' lengths rounded up to LittleFS blocks (4 KB) and two metadata blocks.</item>
    /// </list>
    /// All calls are serialized by one lock.
    /// </summary>
    public sealed class Esp32Storage : IStorage
    {
        /// <summary>The drive root.</summary>
        public const string Root = "I:\\";

        private const long BlockSize = 4096;
        private const long ReservedBlocks = 2;

        private readonly object _gate = new object();
        private readonly string _root;

        /// <summary>
        /// The size of I: when the driver does not say: the 256 KB "config" partition of nanoFramework's stock 4 MB
        /// partition table, which its ESP32 build mounts as I: (LittleFS). A board with another table passes its own.
        /// </summary>
        public const long StockVolumeBytes = 256 * 1024;

        private readonly long _volumeBytes;
        private bool _truncateInPlace;

        /// <summary>Opens the drive <see cref="Root"/> of <see cref="StockVolumeBytes"/>.</summary>
        public Esp32Storage()
            : this(Root, StockVolumeBytes)
        {
        }

        /// <summary>
        /// Opens a folder (e.g. <c>"I:\\"</c> or an SD card's <c>"D:\\"</c>). <paramref name="volumeBytes"/> is the
        /// volume's size when the driver answers -1 (0: unknown).
        /// </summary>
        public Esp32Storage(string root, long volumeBytes)
        {
            _root = root;
            _volumeBytes = volumeBytes;
            _truncateInPlace = root == Root;
        }

        /// <inheritdoc />
        public bool Exists(string name)
        {
            string path = PathOf(name);
            lock (_gate)
            {
                try
                {
                    return File.Exists(path);
                }
                catch (Exception e)
                {
                    throw Wrap(e, "exists " + name);
                }
            }
        }

        /// <inheritdoc />
        public long Length(string name)
        {
            string path = PathOf(name);
            lock (_gate)
            {
                RequireExisting(path, name);
                try
                {
                    return LengthOf(path);
                }
                catch (Exception e)
                {
                    throw Wrap(e, "length " + name);
                }
            }
        }

        /// <inheritdoc />
        public int Read(string name, long position, byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count || position < 0)
            {
                throw new StorageException(StorageError.OutOfRange, "read " + name + ": bad range");
            }

            string path = PathOf(name);
            lock (_gate)
            {
                RequireExisting(path, name);
                try
                {
                    FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read);
                    try
                    {
                        long length = stream.Length;
                        if (position >= length || count == 0)
                        {
                            return 0;
                        }

                        // The 1.x FileStream.Read copies `count` bytes whatever it read: ask only for what exists.
                        long left = length - position;
                        int wanted = left < count ? (int)left : count;
                        stream.Seek(position, SeekOrigin.Begin);
                        int total = 0;
                        while (total < wanted)
                        {
                            int n = stream.Read(buffer, offset + total, wanted - total);
                            if (n <= 0)
                            {
                                break;
                            }

                            total += n;
                        }

                        return total;
                    }
                    finally
                    {
                        stream.Close();
                    }
                }
                catch (Exception e)
                {
                    throw Wrap(e, "read " + name);
                }
            }
        }

        /// <inheritdoc />
        public void Append(string name, byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new StorageException(StorageError.OutOfRange, "append " + name + ": bad range");
            }

            string path = PathOf(name);
            lock (_gate)
            {
                try
                {
                    FileStream stream = new FileStream(path, FileMode.Append, FileAccess.Write);
                    try
                    {
                        if (count > 0)
                        {
                            stream.Write(data, offset, count);
                        }

                        stream.Flush();
                    }
                    finally
                    {
                        stream.Close();
                    }
                }
                catch (Exception e)
                {
                    throw WrapWrite(e, "append " + name, count);
                }
            }
        }

        /// <inheritdoc />
        public void Flush(string name)
        {
            string path = PathOf(name);
            lock (_gate)
            {
                // Every append already went to flash (see the class remarks); only the existence check is left.
                RequireExisting(path, name);
            }
        }

        /// <summary>
        /// Cuts the file in place (LittleFS <c>SetLength</c>), atomic and durable; <see cref="NotSupportedException"/>
        /// where that is not possible (see the class remarks), with the file unchanged.
        /// </summary>
        public void Truncate(string name, long length)
        {
            string path = PathOf(name);
            lock (_gate)
            {
                if (!_truncateInPlace)
                {
                    throw new NotSupportedException("truncate: no atomic truncate on this drive");
                }

                RequireExisting(path, name);
                long current;
                try
                {
                    current = LengthOf(path);
                }
                catch (Exception e)
                {
                    throw Wrap(e, "truncate " + name);
                }

                if (length < 0 || length > current)
                {
                    throw new StorageException(StorageError.OutOfRange, "truncate " + name + ": length outside the file");
                }

                if (length != current && !TruncateInPlace(path, length))
                {
                    throw new NotSupportedException("truncate: SetLength not implemented");
                }
            }
        }

        /// <inheritdoc />
        public bool Delete(string name)
        {
            string path = PathOf(name);
            lock (_gate)
            {
                try
                {
                    if (!File.Exists(path))
                    {
                        return false;
                    }

                    File.Delete(path);
                    return true;
                }
                catch (Exception e)
                {
                    throw Wrap(e, "delete " + name);
                }
            }
        }

        /// <inheritdoc />
        public void Move(string from, string to)
        {
            string source = PathOf(from);
            string target = PathOf(to);
            lock (_gate)
            {
                RequireExisting(source, from);
                bool taken;
                try
                {
                    taken = File.Exists(target);
                }
                catch (Exception e)
                {
                    throw Wrap(e, "move " + from);
                }

                if (taken)
                {
                    throw new StorageException(StorageError.AlreadyExists, "move " + from + " -> " + to + ": target exists");
                }

                try
                {
                    File.Move(source, target);
                }
                catch (Exception e)
                {
                    throw Wrap(e, "move " + from + " -> " + to);
                }
            }
        }

        /// <inheritdoc />
        public string[] List()
        {
            lock (_gate)
            {
                string[] paths;
                try
                {
                    paths = Directory.GetFiles(_root);
                }
                catch (Exception e)
                {
                    throw Wrap(e, "list");
                }

                int kept = 0;
                string[] names = new string[paths.Length];
                for (int i = 0; i < paths.Length; i++)
                {
                    string name = NameOf(paths[i]);
                    if (name.Length > 0)
                    {
                        names[kept++] = name;
                    }
                }

                string[] result = new string[kept];
                Array.Copy(names, result, kept);
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
                    return EstimateFree();
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
                    return Total();
                }
            }
        }

        // The ESP32 LittleFS driver of the pinned 1.x firmware answers -1 for the total and free size: then the
        // partition's size, else -1 (unknown).
        private long Total()
        {
            long total;
            try
            {
                total = new DriveInfo(_root.Substring(0, 2)).TotalSize;
            }
            catch (Exception e)
            {
                throw Wrap(e, "drive info");
            }

            return total > 0 ? total : _volumeBytes > 0 ? _volumeBytes : -1;
        }

        private long EstimateFree()
        {
            long total = Total();
            if (total < 0)
            {
                return -1;
            }

            long used = ReservedBlocks * BlockSize;
            string[] paths;
            try
            {
                paths = Directory.GetFiles(_root);
                for (int i = 0; i < paths.Length; i++)
                {
                    long length = LengthOf(paths[i]);
                    used += ((length + BlockSize - 1) / BlockSize) * BlockSize;
                }
            }
            catch (Exception e)
            {
                throw Wrap(e, "free space");
            }

            long free = total - used;
            return free < 0 ? 0 : free;
        }

        // LittleFS: SetLength + Close is one atomic metadata commit. False (and never tried again) when the library or
        // firmware does not implement it; the caller then reports NotSupported.
        private bool TruncateInPlace(string path, long length)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            }
            catch (Exception e)
            {
                throw Wrap(e, "truncate " + path);
            }

            try
            {
                stream.SetLength(length);
                stream.Flush();
            }
            catch (NotImplementedException)
            {
                _truncateInPlace = false;
                return false;
            }
            catch (NotSupportedException)
            {
                _truncateInPlace = false;
                return false;
            }
            catch (Exception e)
            {
                throw WrapWrite(e, "truncate " + path, 0);
            }
            finally
            {
                stream.Close();
            }

            long now = LengthOf(path);
            if (now != length)
            {
                throw new StorageException(StorageError.Io, "truncate " + path + ": length " + now.ToString() + " after SetLength");
            }

            return true;
        }

        private static long LengthOf(string path)
        {
            FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            try
            {
                return stream.Length;
            }
            finally
            {
                stream.Close();
            }
        }

        private void RequireExisting(string path, string name)
        {
            bool exists;
            try
            {
                exists = File.Exists(path);
            }
            catch (Exception e)
            {
                throw Wrap(e, "exists " + name);
            }

            if (!exists)
            {
                throw new StorageException(StorageError.NotFound, name + ": not found");
            }
        }

        private string PathOf(string name)
        {
            if (name == null || name.Length == 0 || name.IndexOf('\\') >= 0 || name.IndexOf('/') >= 0 || name.IndexOf(':') >= 0)
            {
                throw new StorageException(StorageError.InvalidName, "invalid file name");
            }

            return _root + name;
        }

        private static string NameOf(string path)
        {
            int cut = path.LastIndexOf('\\');
            int slash = path.LastIndexOf('/');
            if (slash > cut)
            {
                cut = slash;
            }

            return path.Substring(cut + 1);
        }

        private static StorageException Wrap(Exception e, string what)
        {
            StorageException known = e as StorageException;
            if (known != null)
            {
                return known;
            }

            return new StorageException(StorageError.Io, what + ": I/O error", e);
        }

        // A failed write on a nearly full drive is reported as Full: the 1.x library has no distinct "disk full" code.
        // With the size unknown it is an I/O error: "full" would send the technician after the wrong cause.
        private StorageException WrapWrite(Exception e, string what, int count)
        {
            StorageException known = e as StorageException;
            if (known != null)
            {
                return known;
            }

            long free;
            try
            {
                free = EstimateFree();
            }
            catch (Exception)
            {
                free = long.MaxValue;
            }

            if (free >= 0 && free < count + BlockSize)
            {
                return new StorageException(StorageError.Full, what + ": drive full", e);
            }

            return new StorageException(StorageError.Io, what + ": I/O error", e);
        }
    }
}
