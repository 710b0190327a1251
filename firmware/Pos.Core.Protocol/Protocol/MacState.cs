namespace Pos.Core.Protocol
{
    /// <summary>What the unpacker found out about field 64 of a received message.</summary>
    public enum MacState
    {
        /// <summary>The message has no field 64.</summary>
        Absent = 0,
        /// <summary>Field 64 is present but no MAC calculator was given.</summary>
        NotChecked = 1,
        /// <summary>Field 64 matches the MAC computed over the received bytes.</summary>
        Valid = 2,
        /// <summary>Field 64 does not match.</summary>
        Invalid = 3,
    }
}
