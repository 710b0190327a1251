using System;

namespace Pos.Core.Protocol
{
    /// <summary>
    /// The one error the protocol layer raises for bad bytes or a reply that does not fit: which field (-1 for the
    /// framing, TPDU, header, MTI and bitmap), the byte offset into the buffer being read or written, and why.
    /// </summary>
    public sealed class ProtocolException : Exception
    {
        /// <summary>Creates the error.</summary>
        public ProtocolException(int field, int offset, ProtocolErrorReason reason)
            : base(Describe(field, offset, reason))
        {
            Field = field;
            Offset = offset;
            Reason = reason;
        }

        /// <summary>The field number, or -1 for framing, TPDU, header, MTI and bitmap.</summary>
        public int Field { get; }

        /// <summary>Byte offset in the buffer where the fault was found.</summary>
        public int Offset { get; }

        /// <summary>Why.</summary>
        public ProtocolErrorReason Reason { get; }

        private static string Describe(int field, int offset, ProtocolErrorReason reason)
        {
            string where = field < 0 ? "frame" : "field " + field.ToString();
            return ProtocolErrorReasons.Name(reason) + " in " + where + " at offset " + offset.ToString();
        }
    }
}
