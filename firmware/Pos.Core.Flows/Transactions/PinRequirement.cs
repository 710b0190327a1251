namespace Pos.Core.Transactions
{
    /// <summary>Whether a card needs an online PIN (<see cref="PinRule"/>).</summary>
    public enum PinRequirement
    {
        /// <summary>No PIN entry.</summary>
        None = 0,
        /// <summary>PIN prompted; ENTER with no digits bypasses it.</summary>
        Optional = 1,
        /// <summary>PIN required (4–12 digits).</summary>
        Required = 2,
    }
}
