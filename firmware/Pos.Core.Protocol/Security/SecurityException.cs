namespace Pos.Core.Security
{
    /// <summary>
    /// A security operation that cannot go on (a key missing, an unsupported algorithm), raised where the caller has
    /// no result value to inspect. Carries the <see cref="SecurityError"/>; the message never contains key material.
    /// </summary>
    public sealed class SecurityException : System.Exception
    {
        /// <summary>Creates the exception.</summary>
        public SecurityException(SecurityError error)
            : base("Security error " + SecurityErrorNames.Of(error))
        {
            Error = error;
        }

        /// <summary>What went wrong.</summary>
        public SecurityError Error { get; }
    }
}
