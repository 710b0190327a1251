using Pos.Core.Common;
using Pos.Core.Localization;

namespace Pos.Core.Staff
{
    /// <summary>
    /// The role rules as one table (docs/TRANSACTIONS.md prints it): which <see cref="OperatorRole"/> each
    /// <see cref="OperatorAction"/> needs, and which digit of the transaction machine's function menu starts it. The
    /// technician menu is no part of it: it has its own PIN (docs/DIAGNOSTICS.md).
    /// </summary>
    public static class OperatorRoles
    {
        /// <summary>Every action, one row each, in the order of <see cref="OperatorAction"/>.</summary>
        public static readonly OperatorRule[] Table = new OperatorRule[]
        {
            new OperatorRule(OperatorAction.Sale, OperatorRole.AnyOperator, "sale", TextKey.UiOpActSale, -1),
            new OperatorRule(OperatorAction.Balance, OperatorRole.AnyOperator, "balance", TextKey.UiOpActBalance, 3),
            new OperatorRule(OperatorAction.Lookup, OperatorRole.AnyOperator, "lookup", TextKey.UiOpActLookup, -1),
            new OperatorRule(OperatorAction.HostSignIn, OperatorRole.AnyOperator, "host sign-in", TextKey.UiOpActSignIn, 5),
            new OperatorRule(OperatorAction.Void, OperatorRole.Supervisor, "void", TextKey.UiOpActVoid, 1),
            new OperatorRule(OperatorAction.Refund, OperatorRole.Supervisor, "refund", TextKey.UiOpActRefund, 2),
            new OperatorRule(OperatorAction.Settlement, OperatorRole.Supervisor, "settlement", TextKey.UiOpActSettlement, 4),
            new OperatorRule(OperatorAction.ManageOperators, OperatorRole.Supervisor, "operators", TextKey.UiOpActOperators, -1),
            new OperatorRule(OperatorAction.OfflineSwitch, OperatorRole.Supervisor, "offline sales on/off", TextKey.UiOpActOffline, -1),
            new OperatorRule(OperatorAction.MerchantLimits, OperatorRole.Supervisor, "merchant limits", TextKey.UiOpActLimits, -1),
            new OperatorRule(OperatorAction.Reprint, OperatorRole.AnyOperator, "reprint", TextKey.UiOpActReprint, -1),
        };

        /// <summary>The row of <paramref name="action"/>.</summary>
        public static OperatorRule Rule(OperatorAction action)
        {
            return Table[(int)action];
        }

        /// <summary>The row whose function-menu key is <paramref name="digit"/>, or null.</summary>
        public static OperatorRule ForFunctionKey(int digit)
        {
            for (int i = 0; i < Table.Length; i++)
            {
                if (Table[i].FunctionKey == digit)
                {
                    return Table[i];
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="signedOn"/> must still type the supervisor password for <paramref name="action"/>.</summary>
        public static bool NeedsSupervisor(OperatorAction action, int signedOn)
        {
            return Rule(action).Role == OperatorRole.Supervisor && signedOn != Operators.Supervisor;
        }
    }
}
