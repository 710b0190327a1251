using System;

namespace Pos.Core.Storage
{
    /// <summary>A journal call refused for a reason the caller can act on (<see cref="Error"/>). Storage failures
    /// arrive as the HAL's StorageException instead.</summary>
    public class JournalException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public JournalException(JournalError error, string message)
            : base(message)
        {
            Error = error;
        }

        /// <summary>Why the call was refused.</summary>
        public JournalError Error { get; }
    }
}
