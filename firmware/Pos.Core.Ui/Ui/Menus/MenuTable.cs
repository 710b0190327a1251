using System.Collections;
using Pos.Core.Localization;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The menu as data: the state rows (parent, entry action, title), the key rows (state × key → action, with a
    /// default row per state so every key has a meaning in every state) and the fixed item lists.
    /// docs/DIAGNOSTICS.md prints the same table.
    /// </summary>
    public static class MenuTable
    {
        private static MenuStateRow[] _states;
        private static MenuTransition[] _transitions;

        // The fixed item lists: per item its label's TextKey, then its MenuCommand (MenuItemList).

        /// <summary>The merchant menu items.</summary>
        public static readonly MenuItemList MerchantItems = new MenuItemList(new ushort[]
        {
            TextKey.UiMenuLocale, (ushort)MenuCommand.Language,
            TextKey.UiMenuTransactions, (ushort)MenuCommand.Transactions,
            TextKey.UiMenuSignOff, (ushort)MenuCommand.SignOff,
            TextKey.UiMenuOperators, (ushort)MenuCommand.Operators,
            TextKey.UiMenuMerchantSettings, (ushort)MenuCommand.MerchantSettings,
            TextKey.UiMenuPrintSlips, (ushort)MenuCommand.PrintSlips,
            TextKey.UiMenuExit, (ushort)MenuCommand.Exit,
        });

        /// <summary>The merchant's "Print" items (digits 1–3 choose directly).</summary>
        public static readonly MenuItemList PrintItems = new MenuItemList(new ushort[]
        {
            TextKey.UiPrintLast, (ushort)MenuCommand.PrintLast,
            TextKey.UiPrintSettlement, (ushort)MenuCommand.PrintSettlement,
            TextKey.UiPrintBack, (ushort)MenuCommand.Back,
        });

        /// <summary>The merchant settings (labels take the current value as {0}); the limits in <see cref="MerchantSettings.LimitNames"/> order.</summary>
        public static readonly MenuItemList SettingItems = new MenuItemList(new ushort[]
        {
            TextKey.UiSetOffline, (ushort)MenuCommand.OfflineSales,
            TextKey.UiLimitSale, (ushort)MenuCommand.Limit,
            TextKey.UiLimitDaily, (ushort)MenuCommand.Limit,
            TextKey.UiLimitRefund, (ushort)MenuCommand.Limit,
        });

        /// <summary>The cashier management items (supervisor).</summary>
        public static readonly MenuItemList CashierItems = new MenuItemList(new ushort[]
        {
            TextKey.UiOpAdd, (ushort)MenuCommand.Operators,
            TextKey.UiOpRemove, (ushort)MenuCommand.Operators,
        });

        /// <summary>The technician main menu items (number keys 1–9 choose the first nine directly; the rest are on page 2).</summary>
        public static readonly MenuItemList MainItems = new MenuItemList(new ushort[]
        {
            TextKey.UiMenuRunAll, (ushort)MenuCommand.RunAll,
            TextKey.UiMenuRunOne, (ushort)MenuCommand.RunOne,
            TextKey.UiMenuReport, (ushort)MenuCommand.Reports,
            TextKey.UiMenuPrint, (ushort)MenuCommand.Print,
            TextKey.UiMenuChangePin, (ushort)MenuCommand.ChangePin,
            TextKey.UiMenuSettings, (ushort)MenuCommand.Settings,
            TextKey.UiMenuClearReversal, (ushort)MenuCommand.ClearReversal,
            TextKey.UiMenuFlagged, (ushort)MenuCommand.Flagged,
            TextKey.UiMenuLoadMaster, (ushort)MenuCommand.LoadMasterKey,
            TextKey.UiMenuAudit, (ushort)MenuCommand.AuditTrail,
            TextKey.UiMenuResetSupervisor, (ushort)MenuCommand.ResetSupervisor,
            TextKey.UiMenuExit, (ushort)MenuCommand.Exit,
        });

        /// <summary>One row per state, indexed by the state's value.</summary>
        public static MenuStateRow[] States
        {
            get
            {
                if (_states == null)
                {
                    _states = new MenuStateRow[]
                    {
                        new MenuStateRow(MenuState.Closed, MenuState.Closed, MenuEntry.None, TextKey.UiIdleTitle),
                        new MenuStateRow(MenuState.Merchant, MenuState.Closed, MenuEntry.List, TextKey.UiMenuMerchant),
                        new MenuStateRow(MenuState.Language, MenuState.Merchant, MenuEntry.List, TextKey.UiMenuLocale),
                        new MenuStateRow(MenuState.PinEntry, MenuState.Merchant, MenuEntry.Pin, TextKey.UiMenuPin),
                        new MenuStateRow(MenuState.Locked, MenuState.Closed, MenuEntry.Locked, TextKey.UiMenuLocked),
                        new MenuStateRow(MenuState.NewPin, MenuState.Main, MenuEntry.Pin, TextKey.UiMenuChangePin),
                        new MenuStateRow(MenuState.ConfirmPin, MenuState.NewPin, MenuEntry.Pin, TextKey.UiMenuChangePin),
                        new MenuStateRow(MenuState.Main, MenuState.Closed, MenuEntry.List, TextKey.UiMenuTitle),
                        new MenuStateRow(MenuState.PickCheck, MenuState.Main, MenuEntry.List, TextKey.UiMenuPick),
                        new MenuStateRow(MenuState.Running, MenuState.Summary, MenuEntry.Running, TextKey.UiMenuSummary),
                        new MenuStateRow(MenuState.DisplayTest, MenuState.Summary, MenuEntry.Pattern, TextKey.DiagDisplay),
                        new MenuStateRow(MenuState.KeypadTest, MenuState.Summary, MenuEntry.Keypad, TextKey.DiagKeypad),
                        new MenuStateRow(MenuState.CardTest, MenuState.Summary, MenuEntry.Card, TextKey.DiagCardReader),
                        new MenuStateRow(MenuState.Summary, MenuState.Main, MenuEntry.Summary, TextKey.UiMenuSummary),
                        new MenuStateRow(MenuState.Checklist, MenuState.Summary, MenuEntry.Paged, TextKey.UiMenuSummary),
                        new MenuStateRow(MenuState.Reports, MenuState.Main, MenuEntry.List, TextKey.UiMenuReport),
                        new MenuStateRow(MenuState.ReportView, MenuState.Reports, MenuEntry.Paged, TextKey.UiMenuReport),
                        new MenuStateRow(MenuState.Settings, MenuState.Main, MenuEntry.Paged, TextKey.UiMenuSettings),
                        new MenuStateRow(MenuState.ClearReversal, MenuState.Main, MenuEntry.Confirm, TextKey.UiReversalClearTitle),
                        new MenuStateRow(MenuState.Flagged, MenuState.Main, MenuEntry.List, TextKey.UiMenuFlagged),
                        new MenuStateRow(MenuState.FlaggedItem, MenuState.Flagged, MenuEntry.Review, TextKey.UiMenuFlagged),
                        new MenuStateRow(MenuState.ConfirmStorage, MenuState.Main, MenuEntry.Confirm, TextKey.UiStorageTitle),
                        new MenuStateRow(MenuState.KeyEntry, MenuState.Main, MenuEntry.KeyLoad, TextKey.UiMenuLoadMaster),
                        new MenuStateRow(MenuState.KeyCheck, MenuState.Main, MenuEntry.KeyLoad, TextKey.UiMenuLoadMaster),
                        new MenuStateRow(MenuState.KeyHandOver, MenuState.Main, MenuEntry.KeyLoad, TextKey.UiMenuLoadMaster),
                        new MenuStateRow(MenuState.KeyCombined, MenuState.Main, MenuEntry.KeyLoad, TextKey.UiMenuLoadMaster),
                        new MenuStateRow(MenuState.AuditTrail, MenuState.Main, MenuEntry.Audit, TextKey.UiMenuAudit),
                        new MenuStateRow(MenuState.SignOnNumber, MenuState.Closed, MenuEntry.Operator, TextKey.UiOpSignon),
                        new MenuStateRow(MenuState.SignOnPassword, MenuState.SignOnNumber, MenuEntry.Operator, TextKey.UiOpSignon),
                        new MenuStateRow(MenuState.OperatorNewPassword, MenuState.SignOnNumber, MenuEntry.Operator, TextKey.UiOpNew),
                        new MenuStateRow(MenuState.OperatorConfirmPassword, MenuState.SignOnNumber, MenuEntry.Operator, TextKey.UiOpNew),
                        new MenuStateRow(MenuState.SupervisorPassword, MenuState.Closed, MenuEntry.Operator, TextKey.UiOpSupervisor),
                        new MenuStateRow(MenuState.Cashiers, MenuState.Merchant, MenuEntry.List, TextKey.UiOpCashiers),
                        new MenuStateRow(MenuState.CashierNumber, MenuState.Cashiers, MenuEntry.Operator, TextKey.UiOpCashiers),
                        new MenuStateRow(MenuState.CashierPassword, MenuState.CashierNumber, MenuEntry.Operator, TextKey.UiOpCashiers),
                        new MenuStateRow(MenuState.SupervisorResetInfo, MenuState.Main, MenuEntry.Operator, TextKey.UiMenuResetSupervisor),
                        new MenuStateRow(MenuState.SupervisorResetConfirm, MenuState.Main, MenuEntry.Operator, TextKey.UiMenuResetSupervisor),
                        new MenuStateRow(MenuState.MerchantSettings, MenuState.Merchant, MenuEntry.List, TextKey.UiMenuMerchantSettings),
                        new MenuStateRow(MenuState.OfflineConfirm, MenuState.MerchantSettings, MenuEntry.Setting, TextKey.UiSetOfflineTitle),
                        new MenuStateRow(MenuState.LimitEntry, MenuState.MerchantSettings, MenuEntry.Setting, TextKey.UiSetLimitTitle),
                        new MenuStateRow(MenuState.PrintSlips, MenuState.Merchant, MenuEntry.List, TextKey.UiMenuPrintSlips),
                    };
                }

                return _states;
            }
        }

        /// <summary>Every key row.</summary>
        public static MenuTransition[] Transitions
        {
            get
            {
                if (_transitions == null)
                {
                    _transitions = Build();
                }

                return _transitions;
            }
        }

        /// <summary>The state row of <paramref name="state"/>.</summary>
        public static MenuStateRow Row(MenuState state)
        {
            return States[(int)state];
        }

        /// <summary>What <paramref name="key"/> does in <paramref name="state"/>: its own row, else the state's default row.</summary>
        public static MenuAction Lookup(MenuState state, Key key)
        {
            MenuTransition[] rows = Transitions;
            MenuAction fallback = MenuAction.Ignore;
            for (int i = 0; i < rows.Length; i++)
            {
                if (rows[i].State != state)
                {
                    continue;
                }

                if (rows[i].Key == key)
                {
                    return rows[i].Action;
                }

                if (rows[i].Key == Key.None)
                {
                    fallback = rows[i].Action;
                }
            }

            return fallback;
        }

        /// <summary>True when the state has a row for <paramref name="key"/> or a default row.</summary>
        public static bool IsDefined(MenuState state, Key key)
        {
            MenuTransition[] rows = Transitions;
            for (int i = 0; i < rows.Length; i++)
            {
                if (rows[i].State == state && (rows[i].Key == key || rows[i].Key == Key.None))
                {
                    return true;
                }
            }

            return false;
        }

        private static MenuTransition[] Build()
        {
            ArrayList t = new ArrayList();
            Add(t, MenuState.Closed, Key.Func, MenuAction.Open);
            Add(t, MenuState.Closed, Key.None, MenuAction.Ignore);

            List(t, MenuState.Merchant);
            Add(t, MenuState.Merchant, Key.Func, MenuAction.Sequence);
            Digits(t, MenuState.Merchant, MenuAction.Sequence);

            List(t, MenuState.Language);
            Pin(t, MenuState.PinEntry);
            Add(t, MenuState.Locked, Key.None, MenuAction.Close);
            Pin(t, MenuState.NewPin);
            Pin(t, MenuState.ConfirmPin);

            List(t, MenuState.Main);
            Digits(t, MenuState.Main, MenuAction.Shortcut);
            List(t, MenuState.PickCheck);

            Add(t, MenuState.Running, Key.Cancel, MenuAction.Stop);
            Add(t, MenuState.Running, Key.None, MenuAction.Ignore);

            Add(t, MenuState.DisplayTest, Key.Up, MenuAction.Up);
            Add(t, MenuState.DisplayTest, Key.Down, MenuAction.Down);
            Add(t, MenuState.DisplayTest, Key.Enter, MenuAction.Pass);
            Add(t, MenuState.DisplayTest, Key.Cancel, MenuAction.Fail);
            Add(t, MenuState.DisplayTest, Key.Clear, MenuAction.Skip);
            Add(t, MenuState.DisplayTest, Key.None, MenuAction.Ignore);

            Add(t, MenuState.KeypadTest, Key.None, MenuAction.Probe);

            Add(t, MenuState.CardTest, Key.Cancel, MenuAction.Skip);
            Add(t, MenuState.CardTest, Key.None, MenuAction.Ignore);

            Add(t, MenuState.Summary, Key.Digit1, MenuAction.PrintPaper);
            List(t, MenuState.Summary);
            List(t, MenuState.Reports);

            Paged(t, MenuState.Checklist);
            Paged(t, MenuState.ReportView);
            Paged(t, MenuState.Settings);

            Add(t, MenuState.ClearReversal, Key.Up, MenuAction.Up);
            Add(t, MenuState.ClearReversal, Key.Down, MenuAction.Down);
            Confirm(t, MenuState.ClearReversal, MenuAction.Confirm, MenuAction.Back);
            Add(t, MenuState.ConfirmStorage, Key.Up, MenuAction.Up);
            Add(t, MenuState.ConfirmStorage, Key.Down, MenuAction.Down);
            Confirm(t, MenuState.ConfirmStorage, MenuAction.Confirm, MenuAction.Back);
            List(t, MenuState.Flagged);
            Add(t, MenuState.FlaggedItem, Key.Digit1, MenuAction.Retry);
            Add(t, MenuState.FlaggedItem, Key.Digit2, MenuAction.Acknowledge);
            Confirm(t, MenuState.FlaggedItem, MenuAction.ConfirmReview, MenuAction.Back);

            Digits(t, MenuState.KeyEntry, MenuAction.KeyDigit);
            Add(t, MenuState.KeyEntry, Key.Clear, MenuAction.KeyErase);
            Add(t, MenuState.KeyEntry, Key.Func, MenuAction.KeyLetters);
            Confirm(t, MenuState.KeyEntry, MenuAction.KeyAccept, MenuAction.KeyCancel);
            Confirm(t, MenuState.KeyCheck, MenuAction.KeyAccept, MenuAction.KeyReject);
            Confirm(t, MenuState.KeyHandOver, MenuAction.KeyAccept, MenuAction.KeyCancel);
            Confirm(t, MenuState.KeyCombined, MenuAction.KeyAccept, MenuAction.KeyCancel);

            Add(t, MenuState.AuditTrail, Key.Digit1, MenuAction.Export);
            Add(t, MenuState.AuditTrail, Key.Digit2, MenuAction.PrintPaper);
            Paged(t, MenuState.AuditTrail);

            Entry(t, MenuState.SignOnNumber);
            Entry(t, MenuState.SignOnPassword);
            Entry(t, MenuState.OperatorNewPassword);
            Entry(t, MenuState.OperatorConfirmPassword);
            Entry(t, MenuState.SupervisorPassword);
            List(t, MenuState.Cashiers);
            Entry(t, MenuState.CashierNumber);
            Entry(t, MenuState.CashierPassword);
            Confirm(t, MenuState.SupervisorResetInfo, MenuAction.OpSubmit, MenuAction.OpBack);
            Confirm(t, MenuState.SupervisorResetConfirm, MenuAction.OpSubmit, MenuAction.OpBack);

            List(t, MenuState.MerchantSettings);
            Confirm(t, MenuState.OfflineConfirm, MenuAction.SetSubmit, MenuAction.SetBack);
            Digits(t, MenuState.LimitEntry, MenuAction.SetDigit);
            Add(t, MenuState.LimitEntry, Key.Clear, MenuAction.SetErase);
            Confirm(t, MenuState.LimitEntry, MenuAction.SetSubmit, MenuAction.SetBack);

            List(t, MenuState.PrintSlips);
            Digits(t, MenuState.PrintSlips, MenuAction.Shortcut);

            MenuTransition[] rows = new MenuTransition[t.Count];
            t.CopyTo(rows);
            return rows;
        }

        private static void Add(ArrayList t, MenuState state, Key key, MenuAction action)
        {
            t.Add(new MenuTransition(state, key, action));
        }

        private static void List(ArrayList t, MenuState state)
        {
            Add(t, state, Key.Up, MenuAction.Up);
            Add(t, state, Key.Down, MenuAction.Down);
            Add(t, state, Key.Enter, MenuAction.Choose);
            Add(t, state, Key.Cancel, MenuAction.Back);
            Add(t, state, Key.None, MenuAction.Ignore);
        }

        private static void Pin(ArrayList t, MenuState state)
        {
            Digits(t, state, MenuAction.Digit);
            Add(t, state, Key.Clear, MenuAction.Erase);
            Add(t, state, Key.Enter, MenuAction.Submit);
            Add(t, state, Key.Cancel, MenuAction.Back);
            Add(t, state, Key.None, MenuAction.Ignore);
        }

        // An operator number or password: digits, CLEAR deletes, ENTER takes it, CANCEL goes back.
        private static void Entry(ArrayList t, MenuState state)
        {
            Digits(t, state, MenuAction.OpDigit);
            Add(t, state, Key.Clear, MenuAction.OpErase);
            Add(t, state, Key.Enter, MenuAction.OpSubmit);
            Add(t, state, Key.Cancel, MenuAction.OpBack);
            Add(t, state, Key.None, MenuAction.Ignore);
        }

        // ENTER and CANCEL of a screen that asks or takes one thing; a key without a row of its own does nothing.
        private static void Confirm(ArrayList t, MenuState state, MenuAction enter, MenuAction cancel)
        {
            Add(t, state, Key.Enter, enter);
            Add(t, state, Key.Cancel, cancel);
            Add(t, state, Key.None, MenuAction.Ignore);
        }

        private static void Paged(ArrayList t, MenuState state)
        {
            Add(t, state, Key.Up, MenuAction.Up);
            Add(t, state, Key.Down, MenuAction.Down);
            Add(t, state, Key.Enter, MenuAction.Back);
            Add(t, state, Key.Cancel, MenuAction.Back);
            Add(t, state, Key.None, MenuAction.Ignore);
        }

        private static void Digits(ArrayList t, MenuState state, MenuAction action)
        {
            for (int k = (int)Key.Digit0; k <= (int)Key.Digit9; k++)
            {
                Add(t, state, (Key)k, action);
            }
        }
    }
}
