using Pos.Core.Common;

namespace Pos.Core.Staff
{
    /// <summary>
    /// Journal setting keys of an operator's password ("op.NN.pw": "salt:hash", "!" first when set by the supervisor
    /// and not yet changed), its wrong tries in a row ("op.NN.fails") and its lock end ("op.NN.lock", UTC ticks).
    /// A cashier exists while its password setting does.
    /// </summary>
    public static class OperatorSettingsKeys
    {
        /// <summary>Prefix of every operator setting.</summary>
        public const string Prefix = "op.";

        /// <summary>The password of operator <paramref name="n"/>.</summary>
        public static string Password(int n)
        {
            return Prefix + Operators.Label(n) + ".pw";
        }

        /// <summary>The wrong tries in a row of operator <paramref name="n"/>.</summary>
        public static string Failures(int n)
        {
            return Prefix + Operators.Label(n) + ".fails";
        }

        /// <summary>The lock end of operator <paramref name="n"/>.</summary>
        public static string LockedUntil(int n)
        {
            return Prefix + Operators.Label(n) + ".lock";
        }
    }
}
