namespace Pos.Fleet.Commands
{
    /// <summary>How a <c>set</c> parameter is written in the command's JSON.</summary>
    public enum ParameterKind
    {
        /// <summary>A string.</summary>
        Text,

        /// <summary>A whole number.</summary>
        Number,

        /// <summary>An amount in fen (a whole number, not negative).</summary>
        Fen,

        /// <summary>true or false.</summary>
        Flag,
    }
}
