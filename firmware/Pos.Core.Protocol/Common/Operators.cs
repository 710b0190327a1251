namespace Pos.Core.Common
{
    /// <summary>
    /// Operator numbers, as the terminal's records keep them: 0 the supervisor (shown "00"), 1–20 the cashiers ("01"–"20"),
    /// <see cref="Technician"/> the technician and <see cref="None"/> the system or nobody signed on.
    /// </summary>
    public static class Operators
    {
        /// <summary>The supervisor.</summary>
        public const int Supervisor = 0;

        /// <summary>The highest cashier number (cashiers are 1 to this).</summary>
        public const int MaxCashier = 20;

        /// <summary>The technician.</summary>
        public const int Technician = 98;

        /// <summary>The system, or nobody signed on.</summary>
        public const int None = 99;

        /// <summary>The operator as two digits ("00", "07", "99"); a value outside 0–99 reads as <see cref="None"/>.</summary>
        public static string Label(int n)
        {
            if (n < 0 || n > 99)
            {
                n = None;
            }

            return n < 10 ? "0" + n.ToString() : n.ToString();
        }
    }
}
