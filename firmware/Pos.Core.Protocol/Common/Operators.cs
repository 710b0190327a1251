namespace Pos.Core.Common
{
    /// <summary>
    /// Operator numbers: 0 the supervisor (shown "00"), 1–20 the cashiers ("01"–"20"), 98 the technician, 99 nobody
    /// (the system, or no operator signed on). Carried in the transaction log and the audit trail.
    /// </summary>
    public static class Operators
    {
        /// <summary>The supervisor (主管).</summary>
        public const int Supervisor = 0;

        /// <summary>The highest cashier number (操作员 01–20).</summary>
        public const int MaxCashier = 20;

        /// <summary>The technician (technician menu).</summary>
        public const int Technician = 98;

        /// <summary>Nobody: the system, or no operator signed on.</summary>
        public const int None = 99;

        /// <summary>The operator's two-digit label ("00", "02", "99").</summary>
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
