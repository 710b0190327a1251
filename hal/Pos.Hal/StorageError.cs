namespace Pos.Hal
{
    /// <summary>Why a storage operation failed; carried by <see cref="StorageException"/>.</summary>
    public enum StorageError
    {
        /// <summary>The named file does not exist.</summary>
        NotFound = 1,

        /// <summary>The target of a move already exists (moves never overwrite).</summary>
        AlreadyExists = 2,

        /// <summary>Not enough free space for the write.</summary>
        Full = 3,

        /// <summary>The device reported an I/O error; the operation had no effect or an unknown partial one.</summary>
        Io = 4,

        /// <summary>The name is empty or contains a path separator.</summary>
        InvalidName = 5,

        /// <summary>An offset or length is outside the file.</summary>
        OutOfRange = 6,
    }
}
