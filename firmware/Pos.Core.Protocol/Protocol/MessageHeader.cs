namespace Pos.Core.Protocol
{
    /// <summary>
    /// The 6-byte header (12 BCD digits): application type n2, software version n2, terminal status n1,
    /// processing requirement n1 (host to terminal), software sub-version n6.
    /// </summary>
    public sealed class MessageHeader
    {
        /// <summary>Length on the wire.</summary>
        public const int Length = 6;

        /// <summary>Creates the usual terminal header: 60 31 0 0 000000.</summary>
        public MessageHeader()
        {
            ApplicationType = 60;
            Version = 31;
        }

        /// <summary>Application type, 0..99 (60 magstripe financial, 61 IC financial).</summary>
        public int ApplicationType { get; set; }

        /// <summary>Software version, 0..99 (31 for the unified CUPS POS spec).</summary>
        public int Version { get; set; }

        /// <summary>Terminal status digit (0 normal).</summary>
        public int TerminalStatus { get; set; }

        /// <summary>Processing requirement digit; see <see cref="Protocol.ProcessingRequirement"/>. 3 forces a sign-in.</summary>
        public int ProcessingRequirement { get; set; }

        /// <summary>Software sub-version, 0..999999.</summary>
        public int SubVersion { get; set; }

        /// <summary>True when the host asks for a new sign-in.</summary>
        public bool RequiresSignIn
        {
            get { return ProcessingRequirement == Protocol.ProcessingRequirement.SignIn; }
        }

        /// <summary>Copies another header.</summary>
        public void CopyFrom(MessageHeader other)
        {
            ApplicationType = other.ApplicationType;
            Version = other.Version;
            TerminalStatus = other.TerminalStatus;
            ProcessingRequirement = other.ProcessingRequirement;
            SubVersion = other.SubVersion;
        }

        internal void Write(byte[] buffer, int offset)
        {
            if (ApplicationType < 0 || ApplicationType > 99 || Version < 0 || Version > 99 || TerminalStatus < 0 ||
                TerminalStatus > 9 || ProcessingRequirement < 0 || ProcessingRequirement > 9 || SubVersion < 0 ||
                SubVersion > 999999)
            {
                throw new ProtocolException(-1, offset, ProtocolErrorReason.BadHeader);
            }

            Bcd.WriteNumber(ApplicationType, 2, buffer, offset);
            Bcd.WriteNumber(Version, 2, buffer, offset + 1);
            buffer[offset + 2] = (byte)((TerminalStatus << 4) | ProcessingRequirement);
            Bcd.WriteNumber(SubVersion, 6, buffer, offset + 3);
        }

        internal void Read(byte[] buffer, int offset)
        {
            int type = Bcd.ReadNumber(buffer, offset, 2);
            int version = Bcd.ReadNumber(buffer, offset + 1, 2);
            int status = Bcd.ReadNumber(buffer, offset + 2, 2);
            int sub = Bcd.ReadNumber(buffer, offset + 3, 6);
            if (type < 0 || version < 0 || status < 0 || sub < 0)
            {
                throw new ProtocolException(-1, offset, ProtocolErrorReason.BadHeader);
            }

            ApplicationType = type;
            Version = version;
            TerminalStatus = status / 10;
            ProcessingRequirement = status % 10;
            SubVersion = sub;
        }
    }
}
