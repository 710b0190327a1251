namespace Pos.Core.Protocol.Messages
{
    /// <summary>Which working keys a sign-in asks for (60.3 = 001 / 003 / 004).</summary>
    public enum SignInKeyMode
    {
        /// <summary>Single-length PIK and MAK (001, 24-byte key block).</summary>
        SingleLength = 1,
        /// <summary>Double-length PIK and MAK (003, 40-byte key block).</summary>
        DoubleLength = 3,
        /// <summary>Double-length PIK, MAK and track key (004, 60-byte key block).</summary>
        DoubleLengthWithTrackKey = 4,
    }
}
