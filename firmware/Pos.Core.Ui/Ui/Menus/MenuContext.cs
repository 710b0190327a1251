using Pos.Core.Audit;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Offline;
using Pos.Core.Staff;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The menu's extended state in one object, shared by its parts (<see cref="TechnicianMenu"/> and the
    /// <see cref="MerchantMenu"/>, <see cref="TechnicianPinGate"/>, <see cref="InteractiveTests"/>,
    /// <see cref="FlaggedReview"/>, <see cref="AuditView"/> and <see cref="MenuLayouts"/> it delegates to): the state, the
    /// locale, the selection and page of the list or paged screen in front, the note on the note row, what the
    /// technician picked (a check, a report, the pending reversal), and the services the screens read.
    /// </summary>
    public sealed class MenuContext
    {
        /// <summary>Creates the context; the locale and the technician key sequence are read from the journal settings.</summary>
        public MenuContext(DiagnosticRunner runner, StatusBar status)
        {
            Runner = runner;
            Status = status;
            Journal = runner.Context.Journal;
            Audit = runner.Context.Audit;
            Screen = new Screen();
            State = MenuState.Closed;
            Locale = LocaleSetting.Load(Journal.State);
            Sequence = KeySequence.Parse(Journal.State.GetSetting(DiagnosticsSettingsKeys.TechnicianSequence));
            PageCount = 1;
            NoteKey = -1;
        }

        /// <summary>The menu's screen.</summary>
        public Screen Screen { get; }

        /// <summary>The status bar drawn on row 0 of most menu screens.</summary>
        public StatusBar Status { get; }

        /// <summary>The self-test runner.</summary>
        public DiagnosticRunner Runner { get; }

        /// <summary>The journal (settings, stored reports).</summary>
        public Journal Journal { get; }

        /// <summary>The audit trail (the technician's actions; its view and export).</summary>
        public AuditTrail Audit { get; }

        /// <summary>The state in front.</summary>
        public MenuState State { get; set; }

        /// <summary>The merchant's locale.</summary>
        public int Locale { get; set; }

        /// <summary>The technician key sequence (typed from idle: the first key opens the merchant menu).</summary>
        public Key[] Sequence { get; }

        /// <summary>The selected row of the list or summary in front.</summary>
        public int Selection { get; set; }

        /// <summary>The page of the paged screen in front.</summary>
        public int Page { get; set; }

        /// <summary>Pages of the paged screen in front (set when it is drawn).</summary>
        public int PageCount { get; set; }

        /// <summary>The catalog key of the note on the note row, or -1.</summary>
        public int NoteKey { get; private set; }

        /// <summary>The note's argument ({0}), or null.</summary>
        public string NoteArg { get; private set; }

        /// <summary>The check the summary selects on entry (the one run last).</summary>
        public int Focus { get; set; }

        /// <summary>The check whose checklist is shown.</summary>
        public int ChecklistIndex { get; set; }

        /// <summary>The stored report shown (journal index).</summary>
        public int ReportIndex { get; set; }

        /// <summary>The pending reversal read when "clear pending reversal" was chosen (null: none).</summary>
        public PendingReversalInfo Reversal { get; set; }

        /// <summary>The offline queue, for the flagged sales (null: the list is empty).</summary>
        public OfflineQueue Offline { get; set; }

        /// <summary>The offline queue's forwarder, which retries or acknowledges a flagged sale (null: nothing to do).</summary>
        public Forwarder Forwarder { get; set; }

        /// <summary>The operators (sign-on, supervisor approvals, cashiers); null: no operator screens.</summary>
        public OperatorStore Operators { get; set; }

        /// <summary>True when sales need a signed-on operator and the role table is enforced (TerminalOptions.RequireOperatorSignOn).</summary>
        public bool OperatorsRequired { get; set; }

        /// <summary>The transaction machine (pending reversal, storage confirmation, function menu); null: none.</summary>
        public TransactionMachine Transactions { get; set; }

        /// <summary>The printer's requests (<see cref="TechnicianMenu.AttachSlips"/>), or null: every request answers "no printer".</summary>
        public ISlipRequests Slips { get; set; }

        /// <summary>Shows <paramref name="key"/> (with <paramref name="arg"/> for {0}, or null) on the note row.</summary>
        public void Note(int key, string arg)
        {
            NoteKey = key;
            NoteArg = arg;
        }

        /// <summary>Shows the answer to a print request on the note row.</summary>
        public void NotePrint(PrintAnswer answer)
        {
            Note(Screens.PrintAnswerKeys.Of(answer), null);
        }

        /// <summary>Takes the note away.</summary>
        public void ClearNote()
        {
            NoteKey = -1;
        }

        /// <summary>The catalog text of <paramref name="key"/> in the merchant's locale.</summary>
        public string Text(int key)
        {
            return Catalog.Get(Locale, key);
        }

        /// <summary>"Label: " in the merchant's locale.</summary>
        public string Label(int key)
        {
            return Text(key) + ": ";
        }

        /// <summary>Where the technician lands after the PIN: the storage confirmation while it is pending, else the main menu.</summary>
        public MenuState Home()
        {
            return Transactions != null && Transactions.StorageUnconfirmed ? MenuState.ConfirmStorage : MenuState.Main;
        }

        /// <summary>Rows of the list in front (0 when the state shows no list).</summary>
        public int ListCount()
        {
            switch (State)
            {
                case MenuState.Merchant:
                    return MenuTable.MerchantItems.Count;
                case MenuState.Language:
                    return Localization.Locale.Count;
                case MenuState.Main:
                    return MenuTable.MainItems.Count;
                case MenuState.Cashiers:
                    return MenuTable.CashierItems.Count;
                case MenuState.MerchantSettings:
                    return MenuTable.SettingItems.Count;
                case MenuState.PrintSlips:
                    return MenuTable.PrintItems.Count;
                case MenuState.PickCheck:
                case MenuState.Summary:
                    return Runner.Count;
                case MenuState.Reports:
                    return Journal.State.DiagnosticsCount;
                case MenuState.Flagged:
                    return Offline == null ? 0 : Offline.FlaggedCount;
                default:
                    return 0;
            }
        }

        /// <summary><paramref name="v"/> kept within 0 … <paramref name="count"/> − 1 (0 when the count is 0).</summary>
        public static int Clamp(int v, int count)
        {
            if (v >= count)
            {
                v = count - 1;
            }

            return v < 0 ? 0 : v;
        }
    }
}
