using System;

namespace Pos.Hal
{
    /// <summary>
    /// The one exception an <see cref="IStorage"/> operation raises when it fails. <see cref="Reason"/> says why; the
    /// message is for logs only (it never contains file contents).
    /// </summary>
    public class StorageException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public StorageException(StorageError reason, string message)
            : base(message)
        {
            Reason = reason;
        }

        /// <summary>Creates the exception around a lower-level one (the file-backed implementation).</summary>
        public StorageException(StorageError reason, string message, Exception inner)
            : base(message, inner)
        {
            Reason = reason;
        }

        /// <summary>Why the operation failed.</summary>
        public StorageError Reason { get; }
    }
}
