namespace Pos.Core.Audit
{
    /// <summary>
    /// One audit trail entry as read back: its sequence number, time, operator, kind and text. A reader fills the same
    /// object again for the next entry (<see cref="AuditCursor.Next"/>), so reading the trail allocates only the texts.
    /// </summary>
    public sealed class AuditEntry
    {
        /// <summary>Position in the chain: 1 for the first entry ever written, +1 for each one after it.</summary>
        public long Sequence { get; private set; }

        /// <summary>When, UTC ticks (0: the clock could not be read).</summary>
        public long UtcTicks { get; private set; }

        /// <summary>Who acted: an operator number (<see cref="Pos.Core.Common.Operators"/>).</summary>
        public int Operator { get; private set; }

        /// <summary>What kind of event.</summary>
        public AuditEvent Event { get; private set; }

        /// <summary>What happened, at most <see cref="AuditFrame.MaxTextBytes"/> UTF-8 bytes (never a PIN, a key or a
        /// full PAN).</summary>
        public string Text { get; private set; }

        internal void Set(long sequence, long utcTicks, int operatorNumber, AuditEvent kind, string text)
        {
            Sequence = sequence;
            UtcTicks = utcTicks;
            Operator = operatorNumber;
            Event = kind;
            Text = text;
        }
    }
}
