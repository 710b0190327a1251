namespace Pos.Core.Common
{
    /// <summary>
    /// Operator numbers: who acted, as the audit trail and the sign-on record them. 0 is the supervisor, 1–20 the
    /// cashiers, <see cref="Technician"/> the technician (after the technician PIN) and <see cref="None"/> the system
    /// itself or nobody signed on.
    /// </summary>
    public static class Operators
    {
        /// <summary>The supervisor (shown "00").</summary>
        public const int Supervisor = 0;

        /// <summary>The highest cashier number (cashiers are 1–20, shown "01"–"20").</summary>
        public const int MaxCashier = 20;

        /// <summary>The technician (shown "98").</summary>
        public const int Technician = 98;

        /// <summary>The system, or nobody signed on (shown "99").</summary>
        public const int None = 99;

        /// <summary>The operator number as two digits ("00", "07", "98").</summary>
        public static string Label(int n)
        {
            return n >= 0 && n < 10 ? "0" + n.ToString() : n.ToString();
        }
    }
}
