namespace Pos.Hal
{
    /// <summary>
    /// The storage seam: a flat directory of named files, shaped like the device's LittleFS drive <c>I:</c>.
    /// Names are short, without path separators. Every failure raises one <see cref="StorageException"/> whose
    /// <see cref="StorageException.Reason"/> says why (implementations used in crash tests may also raise their own
    /// power-cut exception, which is not a StorageException on purpose: code must not "handle" a power cut).
    /// <para>Durability contract (what survives a power cut):</para>
    /// <list type="bullet">
    /// <item>Bytes appended and then flushed (<see cref="Flush"/> returned) survive.</item>
    /// <item>Bytes appended but not flushed may be lost: any prefix of them (none, some or all) may survive, never
    /// bytes that were not written, never a hole before surviving bytes.</item>
    /// <item><see cref="Truncate"/>, <see cref="Delete"/> and <see cref="Move"/> are atomic and durable when they
    /// return: after a cut the file is either in the old or the new state, and once they return, the new one.
    /// Truncate also makes the bytes below the new length durable.</item>
    /// <item><see cref="Move"/> never overwrites: it fails with <see cref="StorageError.AlreadyExists"/> when the target
    /// exists. (nanoFramework's File.Move behaves the same way.)</item>
    /// </list>
    /// Reads see everything written so far, flushed or not.
    /// </summary>
    public interface IStorage
    {
        /// <summary>Whether the file exists.</summary>
        bool Exists(string name);

        /// <summary>The file's length in bytes. Fails with NotFound if it does not exist.</summary>
        long Length(string name);

        /// <summary>
        /// Reads up to <paramref name="count"/> bytes at <paramref name="position"/> into the buffer; returns how many
        /// were read (fewer only at the end of the file, 0 at or past it).
        /// </summary>
        int Read(string name, long position, byte[] buffer, int offset, int count);

        /// <summary>Appends bytes at the end of the file, creating it if needed. Not durable until <see cref="Flush"/>.</summary>
        void Append(string name, byte[] data, int offset, int count);

        /// <summary>Makes everything appended to the file so far durable. Fails with NotFound if it does not exist.</summary>
        void Flush(string name);

        /// <summary>Cuts the file to <paramref name="length"/> bytes (not longer than it is). Atomic and durable.</summary>
        void Truncate(string name, long length);

        /// <summary>Deletes the file; returns false if it did not exist. Atomic and durable.</summary>
        bool Delete(string name);

        /// <summary>Renames a file. Atomic and durable; fails with AlreadyExists if the target exists.</summary>
        void Move(string from, string to);

        /// <summary>The names of all files, in no particular order.</summary>
        string[] List();

        /// <summary>Free space in bytes; -1 when the driver cannot tell (callers show "unknown", never "full").</summary>
        long FreeBytes { get; }

        /// <summary>Total size of the volume in bytes; -1 when the driver cannot tell.</summary>
        long TotalBytes { get; }
    }
}
