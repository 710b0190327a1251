namespace Pos.Core.Protocol
{
    /// <summary>
    /// The 5-byte TPDU in front of the header: 10 BCD digits, id 60, then a 4-digit destination and a 4-digit source
    /// address. A reply carries the request's addresses swapped.
    /// </summary>
    public sealed class Tpdu
    {
        /// <summary>The only TPDU id this profile uses.</summary>
        public const int TransactionId = 0x60;

        /// <summary>Length on the wire.</summary>
        public const int Length = 5;

        /// <summary>Destination address, 0..9999 (4 BCD digits).</summary>
        public int Destination { get; set; }

        /// <summary>Source address, 0..9999 (4 BCD digits).</summary>
        public int Source { get; set; }

        /// <summary>Sets both addresses.</summary>
        public void Set(int destination, int source)
        {
            if (destination < 0 || destination > 9999 || source < 0 || source > 9999)
            {
                throw new System.ArgumentOutOfRangeException(nameof(destination));
            }

            Destination = destination;
            Source = source;
        }

        /// <summary>Copies another TPDU.</summary>
        public void CopyFrom(Tpdu other)
        {
            Destination = other.Destination;
            Source = other.Source;
        }

        /// <summary>Makes this the reply TPDU to <paramref name="request"/>: its source and destination swapped.</summary>
        public void SwapFrom(Tpdu request)
        {
            int destination = request.Source;
            Source = request.Destination;
            Destination = destination;
        }

        /// <summary>True when this TPDU is <paramref name="request"/>'s with the addresses swapped.</summary>
        public bool IsReplyTo(Tpdu request)
        {
            return Destination == request.Source && Source == request.Destination;
        }

        internal void Write(byte[] buffer, int offset)
        {
            buffer[offset] = TransactionId;
            Bcd.WriteNumber(Destination, 4, buffer, offset + 1);
            Bcd.WriteNumber(Source, 4, buffer, offset + 3);
        }

        internal void Read(byte[] buffer, int offset)
        {
            if (buffer[offset] != TransactionId)
            {
                throw new ProtocolException(-1, offset, ProtocolErrorReason.BadTpdu);
            }

            int destination = Bcd.ReadNumber(buffer, offset + 1, 4);
            int source = Bcd.ReadNumber(buffer, offset + 3, 4);
            if (destination < 0 || source < 0)
            {
                throw new ProtocolException(-1, offset, ProtocolErrorReason.BadTpdu);
            }

            Destination = destination;
            Source = source;
        }
    }
}
