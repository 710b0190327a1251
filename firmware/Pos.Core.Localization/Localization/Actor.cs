namespace Pos.Core.Localization
{
    /// <summary>Who acts on a message. Values match the generated tables.</summary>
    public enum Actor
    {
        /// <summary>Nobody in particular (screen strings).</summary>
        None = 0,

        /// <summary>The cardholder.</summary>
        Cardholder = 1,

        /// <summary>The cashier at the counter.</summary>
        Cashier = 2,

        /// <summary>The merchant (owner, settings, contracts).</summary>
        Merchant = 3,

        /// <summary>The field technician.</summary>
        Technician = 4,
    }
}
