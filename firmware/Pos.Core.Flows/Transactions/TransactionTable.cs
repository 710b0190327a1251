using System.Collections;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The transaction machine as data: the state table (entry screen and timeout per state) and the transition table
    /// (state × trigger → guards → action → next state), read top to bottom. Every state has a row with an
    /// <see cref="TxnGuard.Always"/> guard for every key, so every key has a defined meaning everywhere (a test checks
    /// it); non-key triggers without a row are ignored. docs/TRANSACTIONS.md holds the same table (a test compares).
    /// The rows are packed, <see cref="RowBytes"/> bytes each, in one byte array: nanoCLR builds every static table at
    /// start-up and keeps it for good, and a few hundred row objects cost tens of KB of heap where the bytes cost 2 KB.
    /// </summary>
    public static class TransactionTable
    {
        // Which flow runs each action (the action table), indexed by TxnAction.
        private static readonly byte[] ActionParts = BuildActionParts();

        /// <summary>The key triggers (each state has a defined row for each).</summary>
        public static readonly TxnTrigger[] Keys = new TxnTrigger[]
        {
            TxnTrigger.Digit, TxnTrigger.Clear, TxnTrigger.Enter, TxnTrigger.Cancel, TxnTrigger.Func, TxnTrigger.Up, TxnTrigger.Down,
        };

        // The state table, indexed by TxnState: the screen each state's entry shows (ScreenByEntry: its entry action
        // picks it), and StateBytes bytes a state: the timeout its entry arms (TxnStateInfo's constants), then the flow
        // that owns it. Arrays, not a row object each: nanoCLR builds every static table at start-up and keeps it.
        private const int StateBytes = 2;
        private static readonly string[] Screens = new string[(int)TxnState.Count];
        private static readonly byte[] StateRows = BuildStates();

        /// <summary>The state table's row of <paramref name="state"/> as an object (tests, docs; the machine reads
        /// <see cref="ScreenOf"/>, <see cref="TimeoutOf"/> and <see cref="PartOf(TxnState)"/>).</summary>
        public static TxnStateInfo State(TxnState state)
        {
            return new TxnStateInfo(state, ScreenOf(state), TimeoutOf(state), PartOf(state));
        }

        /// <summary>The screen id a state's entry shows, or <see cref="TxnStateInfo.ScreenByEntry"/>.</summary>
        public static string ScreenOf(TxnState state)
        {
            return Screens[(int)state];
        }

        /// <summary>Which timeout a state's entry arms (<see cref="TxnStateInfo"/>'s constants).</summary>
        public static int TimeoutOf(TxnState state)
        {
            return StateRows[(int)state * StateBytes];
        }

        /// <summary>The flow whose entry and exit handlers run for a state.</summary>
        public static TxnPartId PartOf(TxnState state)
        {
            return (TxnPartId)StateRows[((int)state * StateBytes) + 1];
        }

        /// <summary>Bytes per packed row: from, trigger, guard, guard 2, action, to, then.</summary>
        public const int RowBytes = 7;

        // The transition table in evaluation order, RowBytes a row (every enum value used here is below 256).
        private static readonly byte[] Rows = BuildTransitions();

        /// <summary>Number of rows of the transition table.</summary>
        public static int RowCount
        {
            get { return Rows.Length / RowBytes; }
        }

        /// <summary>Row <paramref name="row"/> as an object (documentation, tests; the machine reads the fields).</summary>
        public static TxnTransition Row(int row)
        {
            return new TxnTransition(From(row), Trigger(row), Guard(row), Guard2(row), Action(row), To(row), Then(row));
        }

        // Column c of a row: 0 from, 1 trigger, 2 guard, 3 guard 2, 4 action, 5 to, 6 then.
        private static int Cell(int row, int column)
        {
            return Rows[(row * RowBytes) + column];
        }

        /// <summary>The state a row applies in.</summary>
        public static TxnState From(int row)
        {
            return (TxnState)Cell(row, 0);
        }

        /// <summary>The trigger a row applies to.</summary>
        public static TxnTrigger Trigger(int row)
        {
            return (TxnTrigger)Cell(row, 1);
        }

        /// <summary>A row's first guard.</summary>
        public static TxnGuard Guard(int row)
        {
            return (TxnGuard)Cell(row, 2);
        }

        /// <summary>A row's second guard.</summary>
        public static TxnGuard Guard2(int row)
        {
            return (TxnGuard)Cell(row, 3);
        }

        /// <summary>A row's action.</summary>
        public static TxnAction Action(int row)
        {
            return (TxnAction)Cell(row, 4);
        }

        /// <summary>A row's target state (or <see cref="TxnState.Stay"/>, <see cref="TxnState.Resume"/>).</summary>
        public static TxnState To(int row)
        {
            return (TxnState)Cell(row, 5);
        }

        /// <summary>Where a row that goes to Reversing resumes afterwards, or <see cref="TxnState.Stay"/>.</summary>
        public static TxnState Then(int row)
        {
            return (TxnState)Cell(row, 6);
        }

        /// <summary>The name of a state (pseudo-states included: "(stay)", "(resume)").</summary>
        public static string NameOf(TxnState state)
        {
            return TxnNames.Of(state);
        }

        /// <summary>The name of a trigger.</summary>
        public static string NameOf(TxnTrigger trigger)
        {
            return TxnNames.Of(trigger);
        }

        /// <summary>The name of a guard ("-" for Always).</summary>
        public static string NameOf(TxnGuard guard)
        {
            return TxnNames.Of(guard);
        }

        /// <summary>The name of an action.</summary>
        public static string NameOf(TxnAction action)
        {
            return TxnNames.Of(action);
        }

        /// <summary>The flow that runs an action.</summary>
        public static TxnPartId PartOf(TxnAction action)
        {
            return (TxnPartId)ActionParts[(int)action];
        }

        /// <summary>The name of a flow.</summary>
        public static string NameOf(TxnPartId part)
        {
            return TxnNames.Of(part);
        }

        /// <summary>The first index of the rows of (state, trigger), or -1.</summary>
        public static int FirstRow(TxnState state, TxnTrigger trigger)
        {
            for (int i = 0; i < RowCount; i++)
            {
                if (From(i) == state && Trigger(i) == trigger)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The transition table as a Markdown table (docs/TRANSACTIONS.md carries it; a test compares).</summary>
        public static string ToMarkdown()
        {
            System.Text.StringBuilder text = new System.Text.StringBuilder();
            text.Append("| from | trigger | guard | action | to | then |\n");
            text.Append("|---|---|---|---|---|---|\n");
            for (int i = 0; i < RowCount; i++)
            {
                TxnTransition t = Row(i);
                string guard = NameOf(t.Guard);
                if (t.Guard2 != TxnGuard.Always)
                {
                    guard = guard + " & " + NameOf(t.Guard2);
                }

                text.Append("| ").Append(NameOf(t.From)).Append(" | ").Append(NameOf(t.Trigger)).Append(" | ").Append(guard)
                    .Append(" | ").Append(NameOf(t.Action)).Append(" | ").Append(NameOf(t.To)).Append(" | ")
                    .Append(t.Then == TxnState.Stay ? "" : NameOf(t.Then)).Append(" |\n");
            }

            return text.ToString();
        }

        /// <summary>The state table as a Markdown table.</summary>
        public static string StatesToMarkdown()
        {
            string[] timeouts = new string[] { "-", "IdleTimeoutMs", "PinEntryTimeoutMs", "ResultDisplayMs", "exchange watchdog" };
            System.Text.StringBuilder text = new System.Text.StringBuilder();
            text.Append("| state | screen | timeout | entry/exit |\n");
            text.Append("|---|---|---|---|\n");
            for (int i = 0; i < (int)TxnState.Count; i++)
            {
                TxnStateInfo s = State((TxnState)i);
                text.Append("| ").Append(s.Name).Append(" | ").Append(s.Screen.Length == 0 ? "(by outcome)" : s.Screen)
                    .Append(" | ").Append(timeouts[s.Timeout]).Append(" | ").Append(NameOf(s.Part)).Append(" |\n");
            }

            return text.ToString();
        }

        /// <summary>The action table as a Markdown table: each action and the flow that runs it.</summary>
        public static string ActionsToMarkdown()
        {
            System.Text.StringBuilder text = new System.Text.StringBuilder();
            text.Append("| action | run by |\n");
            text.Append("|---|---|\n");
            for (int i = 0; i < (int)TxnAction.Count; i++)
            {
                text.Append("| ").Append(NameOf((TxnAction)i)).Append(" | ").Append(NameOf(PartOf((TxnAction)i))).Append(" |\n");
            }

            return text.ToString();
        }

        private static byte[] BuildActionParts()
        {
            byte[] a = new byte[(int)TxnAction.Count];
            for (int i = 0; i < a.Length; i++)
            {
                a[i] = (byte)TxnPartId.Count; // none: a test requires every action to have its flow
            }

            Owns(a, TxnPartId.IdleFlow, new TxnAction[] { TxnAction.Ignore, TxnAction.Abandon, TxnAction.Refresh, TxnAction.Redraw });
            Owns(a, TxnPartId.PaymentEntryFlow, new TxnAction[]
            {
                TxnAction.BeginPurchase, TxnAction.QueuePurchase, TxnAction.BeginVoid, TxnAction.BeginRefund, TxnAction.BeginBalance,
                TxnAction.AddDigit, TxnAction.Backspace, TxnAction.Refuse, TxnAction.TakeCard, TxnAction.CardError, TxnAction.RefreshModes,
            });
            Owns(a, TxnPartId.PinEntryFlow, new TxnAction[] { TxnAction.AddPinDigit, TxnAction.PinBackspace, TxnAction.RefusePin, TxnAction.ReEnterPin });
            Owns(a, TxnPartId.AuthorisationFlow, new TxnAction[]
            {
                TxnAction.Complete, TxnAction.Decline, TxnAction.ReverseMac, TxnAction.KeepReversal, TxnAction.NotSent, TxnAction.NoConnection,
                TxnAction.LocalFailure,
            });
            Owns(a, TxnPartId.OfflineSaleFlow, new TxnAction[] { TxnAction.DecideOffline, TxnAction.TakeOffline });
            Owns(a, TxnPartId.ReversalKeeping, new TxnAction[]
            {
                TxnAction.ReversalDone, TxnAction.RetryReversal, TxnAction.RefundConfirmed, TxnAction.RefundRefused, TxnAction.BackgroundReversal,
                TxnAction.BackOffReversal, TxnAction.PlanReversal,
            });
            Owns(a, TxnPartId.SignInFlow, new TxnAction[] { TxnAction.BeginSignIn, TxnAction.SignedIn, TxnAction.SignInFailed });
            Owns(a, TxnPartId.SettlementFlow, new TxnAction[] { TxnAction.BeginSettlement, TxnAction.BeginUpload, TxnAction.Settled, TxnAction.SettleFailed });
            Owns(a, TxnPartId.RecordsFlow, new TxnAction[]
            {
                TxnAction.ChooseSearch, TxnAction.RecordDigit, TxnAction.RecordBackspace, TxnAction.RecordRefuse, TxnAction.TurnPage,
                TxnAction.OpenRecord, TxnAction.StepRecord, TxnAction.PrintRecord,
            });
            return a;
        }

        private static void Owns(byte[] table, TxnPartId part, TxnAction[] actions)
        {
            for (int i = 0; i < actions.Length; i++)
            {
                table[(int)actions[i]] = (byte)part;
            }
        }

        private static byte[] BuildStates()
        {
            byte[] t = new byte[(int)TxnState.Count * StateBytes];
            StateRow(t, TxnState.Idle, ScreenIds.Idle, TxnStateInfo.NoTimeout, TxnPartId.IdleFlow);
            StateRow(t, TxnState.Menu, ScreenIds.Menu, TxnStateInfo.IdleTimeout, TxnPartId.IdleFlow);
            StateRow(t, TxnState.AmountEntry, ScreenIds.Amount, TxnStateInfo.IdleTimeout, TxnPartId.PaymentEntryFlow);
            StateRow(t, TxnState.OriginalStanEntry, ScreenIds.OriginalStan, TxnStateInfo.IdleTimeout, TxnPartId.PaymentEntryFlow);
            StateRow(t, TxnState.VoidConfirm, ScreenIds.VoidConfirm, TxnStateInfo.IdleTimeout, TxnPartId.PaymentEntryFlow);
            StateRow(t, TxnState.PresentCard, ScreenIds.PresentCard, TxnStateInfo.IdleTimeout, TxnPartId.PaymentEntryFlow);
            StateRow(t, TxnState.PinEntry, ScreenIds.Pin, TxnStateInfo.PinTimeout, TxnPartId.PinEntryFlow);
            StateRow(t, TxnState.Reversing, ScreenIds.Reversing, TxnStateInfo.ExchangeTimeout, TxnPartId.ReversalKeeping);
            StateRow(t, TxnState.Authorising, ScreenIds.Processing, TxnStateInfo.ExchangeTimeout, TxnPartId.AuthorisationFlow);
            StateRow(t, TxnState.SigningIn, ScreenIds.SigningIn, TxnStateInfo.ExchangeTimeout, TxnPartId.SignInFlow);
            StateRow(t, TxnState.Settling, ScreenIds.Settling, TxnStateInfo.ExchangeTimeout, TxnPartId.SettlementFlow);
            StateRow(t, TxnState.Uploading, ScreenIds.Uploading, TxnStateInfo.ExchangeTimeout, TxnPartId.SettlementFlow);
            StateRow(t, TxnState.Result, TxnStateInfo.ScreenByEntry, TxnStateInfo.ResultTimeout, TxnPartId.IdleFlow);
            StateRow(t, TxnState.ReversalBlocked, ScreenIds.ReversalBlocked, TxnStateInfo.IdleTimeout, TxnPartId.ReversalKeeping);
            StateRow(t, TxnState.LastResult, ScreenIds.LastTransaction, TxnStateInfo.NoTimeout, TxnPartId.IdleFlow);
            StateRow(t, TxnState.DuplicateConfirm, ScreenIds.Duplicate, TxnStateInfo.IdleTimeout, TxnPartId.PaymentEntryFlow);
            StateRow(t, TxnState.OverLimit, ScreenIds.OverLimit, TxnStateInfo.IdleTimeout, TxnPartId.PaymentEntryFlow);
            StateRow(t, TxnState.RecordMenu, ScreenIds.RecordMenu, TxnStateInfo.IdleTimeout, TxnPartId.RecordsFlow);
            StateRow(t, TxnState.RecordQuery, ScreenIds.RecordQuery, TxnStateInfo.IdleTimeout, TxnPartId.RecordsFlow);
            StateRow(t, TxnState.RecordList, ScreenIds.RecordList, TxnStateInfo.IdleTimeout, TxnPartId.RecordsFlow);
            StateRow(t, TxnState.RecordDetail, ScreenIds.RecordDetail, TxnStateInfo.IdleTimeout, TxnPartId.RecordsFlow);
            StateRow(t, TxnState.RecordGuide, ScreenIds.RecordGuide, TxnStateInfo.IdleTimeout, TxnPartId.RecordsFlow);
            StateRow(t, TxnState.TodaySummary, ScreenIds.DaySummary, TxnStateInfo.IdleTimeout, TxnPartId.RecordsFlow);
            return t;
        }

        private static void StateRow(byte[] table, TxnState state, string screen, int timeout, TxnPartId part)
        {
            Screens[(int)state] = screen;
            table[(int)state * StateBytes] = (byte)timeout;
            table[((int)state * StateBytes) + 1] = (byte)part;
        }

        private static byte[] BuildTransitions()
        {
            ArrayList r = new ArrayList();
            const TxnGuard A = TxnGuard.Always;
            const TxnState Stay = TxnState.Stay;

            // Idle: digits or ENTER start a purchase; a pending reversal goes first (or blocks); FUNC opens the menu.
            // Check (entry, and the idle reversal's retry timer) sends a pending reversal on its own, with backoff, for
            // as long as it is pending: a blocked one too (the block only stops new transactions until it clears).
            Row(r, TxnState.Idle, TxnTrigger.Digit, TxnGuard.ReversalBlocks, A, TxnAction.Ignore, TxnState.ReversalBlocked);
            Then(r, TxnState.Idle, TxnTrigger.Digit, TxnGuard.ReversalDue, A, TxnAction.BeginPurchase, TxnState.AmountEntry);
            Row(r, TxnState.Idle, TxnTrigger.Digit, A, A, TxnAction.BeginPurchase, TxnState.AmountEntry);
            Row(r, TxnState.Idle, TxnTrigger.Enter, TxnGuard.ReversalBlocks, A, TxnAction.Ignore, TxnState.ReversalBlocked);
            Then(r, TxnState.Idle, TxnTrigger.Enter, TxnGuard.ReversalDue, A, TxnAction.BeginPurchase, TxnState.AmountEntry);
            Row(r, TxnState.Idle, TxnTrigger.Enter, A, A, TxnAction.BeginPurchase, TxnState.AmountEntry);
            Row(r, TxnState.Idle, TxnTrigger.Func, A, A, TxnAction.Ignore, TxnState.Menu);
            Row(r, TxnState.Idle, TxnTrigger.Check, TxnGuard.NeedSignIn, A, TxnAction.BeginSignIn, TxnState.SigningIn);
            Then(r, TxnState.Idle, TxnTrigger.Check, TxnGuard.ReversalDue, TxnGuard.ReversalRetryDue, TxnAction.BackgroundReversal, TxnState.Idle);
            Row(r, TxnState.Idle, TxnTrigger.Check, A, A, TxnAction.Refresh, Stay);
            Row(r, TxnState.Idle, TxnTrigger.WentOnline, TxnGuard.NeedSignIn, A, TxnAction.BeginSignIn, TxnState.SigningIn);
            Then(r, TxnState.Idle, TxnTrigger.WentOnline, TxnGuard.ReversalDue, A, TxnAction.BackgroundReversal, TxnState.Idle);
            Row(r, TxnState.Idle, TxnTrigger.WentOnline, A, A, TxnAction.Refresh, Stay);
            Row(r, TxnState.Idle, TxnTrigger.WentOffline, A, A, TxnAction.Refresh, Stay);
            Row(r, TxnState.Idle, TxnTrigger.QueueChanged, A, A, TxnAction.Redraw, Stay);
            Fill(r, TxnState.Idle);

            // Menu: 1 void, 2 refund, 3 balance, 4 settle, 5 sign in, 6 records, 7 today's summary. (Clearing a reversal is
            // in the technician menu.) The records only read the books: a pending reversal does not stop them.
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key1, TxnGuard.ReversalBlocks, TxnAction.Ignore, TxnState.ReversalBlocked);
            Then(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key1, TxnGuard.ReversalDue, TxnAction.BeginVoid, TxnState.OriginalStanEntry);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key1, A, TxnAction.BeginVoid, TxnState.OriginalStanEntry);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key2, TxnGuard.ReversalBlocks, TxnAction.Ignore, TxnState.ReversalBlocked);
            Then(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key2, TxnGuard.ReversalDue, TxnAction.BeginRefund, TxnState.OriginalStanEntry);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key2, A, TxnAction.BeginRefund, TxnState.OriginalStanEntry);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key3, TxnGuard.ReversalBlocks, TxnAction.Ignore, TxnState.ReversalBlocked);
            Then(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key3, TxnGuard.ReversalDue, TxnAction.BeginBalance, TxnState.PresentCard);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key3, A, TxnAction.BeginBalance, TxnState.PresentCard);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key4, TxnGuard.ReversalBlocks, TxnAction.Ignore, TxnState.ReversalBlocked);
            Then(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key4, TxnGuard.ReversalDue, TxnAction.BeginSettlement, TxnState.Settling);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key4, TxnGuard.Offline, TxnAction.NoConnection, TxnState.Result);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key4, A, TxnAction.BeginSettlement, TxnState.Settling);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key5, TxnGuard.Offline, TxnAction.NoConnection, TxnState.Result);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key5, A, TxnAction.BeginSignIn, TxnState.SigningIn);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key6, A, TxnAction.Ignore, TxnState.RecordMenu);
            Row(r, TxnState.Menu, TxnTrigger.Digit, TxnGuard.Key7, A, TxnAction.Ignore, TxnState.TodaySummary);
            Row(r, TxnState.Menu, TxnTrigger.Digit, A, A, TxnAction.Refuse, Stay);
            Row(r, TxnState.Menu, TxnTrigger.Cancel, A, A, TxnAction.Abandon, TxnState.Idle);
            Row(r, TxnState.Menu, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.Menu);

            // Amount entry. An amount over a merchant limit stops here, before the card is read.
            Row(r, TxnState.AmountEntry, TxnTrigger.Digit, TxnGuard.Room, A, TxnAction.AddDigit, Stay);
            Row(r, TxnState.AmountEntry, TxnTrigger.Digit, A, A, TxnAction.Refuse, Stay);
            Row(r, TxnState.AmountEntry, TxnTrigger.Clear, A, A, TxnAction.Backspace, Stay);
            Row(r, TxnState.AmountEntry, TxnTrigger.Enter, TxnGuard.AmountOk, TxnGuard.OverLimit, TxnAction.Ignore, TxnState.OverLimit);
            Row(r, TxnState.AmountEntry, TxnTrigger.Enter, TxnGuard.AmountOk, A, TxnAction.Ignore, TxnState.PresentCard);
            Row(r, TxnState.AmountEntry, TxnTrigger.Enter, A, A, TxnAction.Refuse, Stay);
            Row(r, TxnState.AmountEntry, TxnTrigger.Cancel, A, A, TxnAction.Abandon, TxnState.Idle);
            Row(r, TxnState.AmountEntry, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.AmountEntry);

            // Original STAN (void, refund).
            Row(r, TxnState.OriginalStanEntry, TxnTrigger.Digit, TxnGuard.Room, A, TxnAction.AddDigit, Stay);
            Row(r, TxnState.OriginalStanEntry, TxnTrigger.Digit, A, A, TxnAction.Refuse, Stay);
            Row(r, TxnState.OriginalStanEntry, TxnTrigger.Clear, A, A, TxnAction.Backspace, Stay);
            Row(r, TxnState.OriginalStanEntry, TxnTrigger.Enter, TxnGuard.OriginalOk, TxnGuard.IsVoid, TxnAction.Ignore, TxnState.VoidConfirm);
            Row(r, TxnState.OriginalStanEntry, TxnTrigger.Enter, TxnGuard.OriginalOk, A, TxnAction.Ignore, TxnState.AmountEntry);
            Row(r, TxnState.OriginalStanEntry, TxnTrigger.Enter, A, A, TxnAction.Refuse, Stay);
            Row(r, TxnState.OriginalStanEntry, TxnTrigger.Cancel, A, A, TxnAction.Abandon, TxnState.Idle);
            Row(r, TxnState.OriginalStanEntry, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.OriginalStanEntry);

            // Void confirmation (no card: the original's data is in the log).
            Row(r, TxnState.VoidConfirm, TxnTrigger.Enter, TxnGuard.Offline, A, TxnAction.DecideOffline, TxnState.Result);
            Row(r, TxnState.VoidConfirm, TxnTrigger.Enter, A, A, TxnAction.Ignore, TxnState.Authorising);
            Row(r, TxnState.VoidConfirm, TxnTrigger.Cancel, A, A, TxnAction.Abandon, TxnState.Idle);
            Row(r, TxnState.VoidConfirm, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.VoidConfirm);

            // Present card. The duplicate guard comes first: the same card and amount just paid asks the cashier.
            Row(r, TxnState.PresentCard, TxnTrigger.CardOk, TxnGuard.Duplicate, A, TxnAction.Ignore, TxnState.DuplicateConfirm);
            Row(r, TxnState.PresentCard, TxnTrigger.CardOk, TxnGuard.Offline, A, TxnAction.DecideOffline, TxnState.Result);
            Row(r, TxnState.PresentCard, TxnTrigger.CardOk, TxnGuard.NeedPin, A, TxnAction.TakeCard, TxnState.PinEntry);
            Row(r, TxnState.PresentCard, TxnTrigger.CardOk, A, A, TxnAction.TakeCard, TxnState.Authorising);
            Row(r, TxnState.PresentCard, TxnTrigger.CardFailed, A, A, TxnAction.CardError, Stay);
            Row(r, TxnState.PresentCard, TxnTrigger.Cancel, A, A, TxnAction.Abandon, TxnState.Idle);
            Row(r, TxnState.PresentCard, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Row(r, TxnState.PresentCard, TxnTrigger.WentOnline, A, A, TxnAction.RefreshModes, Stay);
            Row(r, TxnState.PresentCard, TxnTrigger.WentOffline, A, A, TxnAction.RefreshModes, Stay);
            Fill(r, TxnState.PresentCard);

            // PIN entry (masked; the PIN block is made on ENTER, the digits wiped at exit).
            Row(r, TxnState.PinEntry, TxnTrigger.Digit, TxnGuard.Room, A, TxnAction.AddPinDigit, Stay);
            Row(r, TxnState.PinEntry, TxnTrigger.Digit, A, A, TxnAction.RefusePin, Stay);
            Row(r, TxnState.PinEntry, TxnTrigger.Clear, A, A, TxnAction.PinBackspace, Stay);
            Row(r, TxnState.PinEntry, TxnTrigger.Enter, TxnGuard.PinOk, A, TxnAction.Ignore, TxnState.Authorising);
            Row(r, TxnState.PinEntry, TxnTrigger.Enter, A, A, TxnAction.RefusePin, Stay);
            Row(r, TxnState.PinEntry, TxnTrigger.Cancel, A, A, TxnAction.Abandon, TxnState.Idle);
            Row(r, TxnState.PinEntry, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.PinEntry);

            // Pending reversal being sent (entry persists attempts + 1, then sends the 0400). Sent from the idle screen
            // (Background), a failed attempt waits its backoff in Idle, and a digit or ENTER starts a purchase that
            // follows the reversal; before a transaction, attempts follow each other at once.
            // A refund awaiting confirmation is repeated the same way; the host's definite answer is shown at once.
            Row(r, TxnState.Reversing, TxnTrigger.Approved, TxnGuard.RefundPending, A, TxnAction.RefundConfirmed, TxnState.LastResult);
            Row(r, TxnState.Reversing, TxnTrigger.Declined, TxnGuard.RefundPending, A, TxnAction.RefundRefused, TxnState.LastResult);
            Row(r, TxnState.Reversing, TxnTrigger.Approved, A, A, TxnAction.ReversalDone, TxnState.Resume);
            Failures(r, TxnState.Reversing);
            Row(r, TxnState.Reversing, TxnTrigger.LocalFault, TxnGuard.Background, A, TxnAction.BackOffReversal, TxnState.Resume);
            Row(r, TxnState.Reversing, TxnTrigger.LocalFault, A, A, TxnAction.Ignore, TxnState.ReversalBlocked);
            Row(r, TxnState.Reversing, TxnTrigger.Digit, TxnGuard.ResumesLast, A, TxnAction.Ignore, Stay);
            Row(r, TxnState.Reversing, TxnTrigger.Enter, TxnGuard.ResumesLast, A, TxnAction.Ignore, Stay);
            Row(r, TxnState.Reversing, TxnTrigger.Digit, TxnGuard.Background, A, TxnAction.QueuePurchase, Stay);
            Row(r, TxnState.Reversing, TxnTrigger.Enter, TxnGuard.Background, A, TxnAction.QueuePurchase, Stay);
            Fill(r, TxnState.Reversing);

            // Financial request out (entry reserves the STAN, builds, persists reversal 98, sends). Keys do nothing.
            Row(r, TxnState.Authorising, TxnTrigger.Approved, A, A, TxnAction.Complete, TxnState.Result);
            Row(r, TxnState.Authorising, TxnTrigger.Declined, A, A, TxnAction.Decline, TxnState.Result);
            Row(r, TxnState.Authorising, TxnTrigger.MacFailed, A, A, TxnAction.ReverseMac, TxnState.Result);
            Row(r, TxnState.Authorising, TxnTrigger.BadReply, A, A, TxnAction.KeepReversal, TxnState.Result);
            Row(r, TxnState.Authorising, TxnTrigger.NoReply, A, A, TxnAction.KeepReversal, TxnState.Result);
            Row(r, TxnState.Authorising, TxnTrigger.NotSent, TxnGuard.OfflineFallback, A, TxnAction.TakeOffline, TxnState.Result);
            Row(r, TxnState.Authorising, TxnTrigger.NotSent, A, A, TxnAction.NotSent, TxnState.Result);
            Row(r, TxnState.Authorising, TxnTrigger.LocalFault, A, A, TxnAction.LocalFailure, TxnState.Result);
            Fill(r, TxnState.Authorising);

            // Sign-in.
            Row(r, TxnState.SigningIn, TxnTrigger.Approved, A, A, TxnAction.SignedIn, TxnState.Result);
            Outcomes(r, TxnState.SigningIn, TxnAction.SignInFailed);
            Fill(r, TxnState.SigningIn);

            // Settlement, then batch upload when unbalanced (records, then the end message).
            Row(r, TxnState.Settling, TxnTrigger.Approved, TxnGuard.Unbalanced, A, TxnAction.BeginUpload, TxnState.Uploading);
            Row(r, TxnState.Settling, TxnTrigger.Approved, A, A, TxnAction.Settled, TxnState.Result);
            Outcomes(r, TxnState.Settling, TxnAction.SettleFailed);
            Fill(r, TxnState.Settling);
            Row(r, TxnState.Uploading, TxnTrigger.Approved, TxnGuard.UploadMore, A, TxnAction.Ignore, TxnState.Uploading);
            Row(r, TxnState.Uploading, TxnTrigger.Approved, A, A, TxnAction.Settled, TxnState.Result);
            Outcomes(r, TxnState.Uploading, TxnAction.SettleFailed);
            Fill(r, TxnState.Uploading);

            // Result on screen.
            Row(r, TxnState.Result, TxnTrigger.Enter, TxnGuard.CanReEnterPin, A, TxnAction.ReEnterPin, TxnState.PinEntry);
            Row(r, TxnState.Result, TxnTrigger.Enter, A, A, TxnAction.Ignore, TxnState.Idle);
            Row(r, TxnState.Result, TxnTrigger.Cancel, A, A, TxnAction.Ignore, TxnState.Idle);
            Row(r, TxnState.Result, TxnTrigger.Timeout, A, A, TxnAction.Ignore, TxnState.Idle);
            Fill(r, TxnState.Result);

            // Reversal blocked: ENTER tries once more, FUNC opens the menu, CANCEL leaves (a technician clears it from
            // the technician menu, after the PIN).
            Then(r, TxnState.ReversalBlocked, TxnTrigger.Enter, A, A, TxnAction.RetryReversal, TxnState.Idle);
            Row(r, TxnState.ReversalBlocked, TxnTrigger.Func, A, A, TxnAction.Ignore, TxnState.Menu);
            Row(r, TxnState.ReversalBlocked, TxnTrigger.Cancel, A, A, TxnAction.Ignore, TxnState.Idle);
            Row(r, TxnState.ReversalBlocked, TxnTrigger.Timeout, A, A, TxnAction.Ignore, TxnState.Idle);
            Fill(r, TxnState.ReversalBlocked);

            // In-doubt recovery at boot: only ENTER (the cashier read the last outcome) leaves; leaving records it. The
            // pending reversal of the sale shown goes out meanwhile, as from Idle, and the screen then says REVERSED.
            Row(r, TxnState.LastResult, TxnTrigger.Enter, A, A, TxnAction.Ignore, TxnState.Idle);
            Then(r, TxnState.LastResult, TxnTrigger.Check, TxnGuard.ReversalDue, TxnGuard.ReversalRetryDue, TxnAction.BackgroundReversal, TxnState.LastResult);
            Row(r, TxnState.LastResult, TxnTrigger.Check, A, A, TxnAction.PlanReversal, Stay);
            Then(r, TxnState.LastResult, TxnTrigger.WentOnline, TxnGuard.ReversalDue, TxnGuard.ReversalRetryDue, TxnAction.BackgroundReversal, TxnState.LastResult);
            Row(r, TxnState.LastResult, TxnTrigger.WentOnline, A, A, TxnAction.PlanReversal, Stay);
            Fill(r, TxnState.LastResult);

            // Duplicate guard: ENTER charges again (the card's own rows), CANCEL or the timeout gives up.
            Row(r, TxnState.DuplicateConfirm, TxnTrigger.Enter, TxnGuard.Offline, A, TxnAction.DecideOffline, TxnState.Result);
            Row(r, TxnState.DuplicateConfirm, TxnTrigger.Enter, TxnGuard.NeedPin, A, TxnAction.TakeCard, TxnState.PinEntry);
            Row(r, TxnState.DuplicateConfirm, TxnTrigger.Enter, A, A, TxnAction.TakeCard, TxnState.Authorising);
            Row(r, TxnState.DuplicateConfirm, TxnTrigger.Cancel, A, A, TxnAction.Abandon, TxnState.Idle);
            Row(r, TxnState.DuplicateConfirm, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.DuplicateConfirm);

            // Over a limit: ENTER or CANCEL back to an empty amount entry (the cashier types a part, or leaves from there).
            Row(r, TxnState.OverLimit, TxnTrigger.Enter, A, A, TxnAction.Ignore, TxnState.AmountEntry);
            Row(r, TxnState.OverLimit, TxnTrigger.Cancel, A, A, TxnAction.Ignore, TxnState.AmountEntry);
            Row(r, TxnState.OverLimit, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.OverLimit);
            Records(r);

            byte[] rows = new byte[r.Count * RowBytes];
            for (int i = 0; i < r.Count; i++)
            {
                TxnTransition t = (TxnTransition)r[i];
                int o = i * RowBytes;
                rows[o] = (byte)t.From;
                rows[o + 1] = (byte)t.Trigger;
                rows[o + 2] = (byte)t.Guard;
                rows[o + 3] = (byte)t.Guard2;
                rows[o + 4] = (byte)t.Action;
                rows[o + 5] = (byte)t.To;
                rows[o + 6] = (byte)t.Then;
            }

            return rows;
        }

        // The records look-up and today's summary: CANCEL goes back one screen, the timeout to Idle; UP / DOWN turn the
        // list's page and step through the matches on a record (on the guide and the summary the view pages them); 1 on
        // a record prints it again.
        private static void Records(ArrayList r)
        {
            const TxnGuard A = TxnGuard.Always;
            const TxnState Stay = TxnState.Stay;
            Row(r, TxnState.RecordMenu, TxnTrigger.Digit, TxnGuard.SearchKey, A, TxnAction.ChooseSearch, TxnState.RecordQuery);
            Row(r, TxnState.RecordMenu, TxnTrigger.Cancel, A, A, TxnAction.Ignore, TxnState.Menu);
            Row(r, TxnState.RecordMenu, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.RecordMenu);

            Row(r, TxnState.RecordQuery, TxnTrigger.Digit, TxnGuard.Room, A, TxnAction.RecordDigit, Stay);
            Row(r, TxnState.RecordQuery, TxnTrigger.Digit, A, A, TxnAction.Ignore, Stay);
            Row(r, TxnState.RecordQuery, TxnTrigger.Clear, A, A, TxnAction.RecordBackspace, Stay);
            Row(r, TxnState.RecordQuery, TxnTrigger.Enter, TxnGuard.RecordsFound, TxnGuard.OneRecord, TxnAction.Ignore, TxnState.RecordDetail);
            Row(r, TxnState.RecordQuery, TxnTrigger.Enter, TxnGuard.RecordsFound, A, TxnAction.Ignore, TxnState.RecordList);
            Row(r, TxnState.RecordQuery, TxnTrigger.Enter, A, A, TxnAction.RecordRefuse, Stay);
            Row(r, TxnState.RecordQuery, TxnTrigger.Cancel, A, A, TxnAction.Ignore, TxnState.RecordMenu);
            Row(r, TxnState.RecordQuery, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.RecordQuery);

            Row(r, TxnState.RecordList, TxnTrigger.Digit, TxnGuard.RecordRow, A, TxnAction.OpenRecord, TxnState.RecordDetail);
            Row(r, TxnState.RecordList, TxnTrigger.Up, A, A, TxnAction.TurnPage, Stay);
            Row(r, TxnState.RecordList, TxnTrigger.Down, A, A, TxnAction.TurnPage, Stay);
            Row(r, TxnState.RecordList, TxnTrigger.Cancel, A, A, TxnAction.Ignore, TxnState.RecordQuery);
            Row(r, TxnState.RecordList, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.RecordList);

            Row(r, TxnState.RecordDetail, TxnTrigger.Enter, A, A, TxnAction.Ignore, TxnState.RecordGuide);
            Row(r, TxnState.RecordDetail, TxnTrigger.Up, A, A, TxnAction.StepRecord, Stay);
            Row(r, TxnState.RecordDetail, TxnTrigger.Down, A, A, TxnAction.StepRecord, Stay);
            Row(r, TxnState.RecordDetail, TxnTrigger.Digit, TxnGuard.Key1, A, TxnAction.PrintRecord, Stay);
            Row(r, TxnState.RecordDetail, TxnTrigger.Cancel, TxnGuard.ManyRecords, A, TxnAction.Ignore, TxnState.RecordList);
            Row(r, TxnState.RecordDetail, TxnTrigger.Cancel, A, A, TxnAction.Ignore, TxnState.RecordQuery);
            Row(r, TxnState.RecordDetail, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.RecordDetail);

            Row(r, TxnState.RecordGuide, TxnTrigger.Enter, A, A, TxnAction.Ignore, TxnState.RecordDetail);
            Row(r, TxnState.RecordGuide, TxnTrigger.Cancel, A, A, TxnAction.Ignore, TxnState.RecordDetail);
            Row(r, TxnState.RecordGuide, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.RecordGuide);

            Row(r, TxnState.TodaySummary, TxnTrigger.Enter, A, A, TxnAction.Ignore, TxnState.Menu);
            Row(r, TxnState.TodaySummary, TxnTrigger.Cancel, A, A, TxnAction.Ignore, TxnState.Menu);
            Row(r, TxnState.TodaySummary, TxnTrigger.Timeout, A, A, TxnAction.Abandon, TxnState.Idle);
            Fill(r, TxnState.TodaySummary);
        }

        // A failed reversal attempt while attempts remain: from the idle screen wait the backoff, before a transaction
        // try again at once; with none left, block.
        private static void Failures(ArrayList r, TxnState state)
        {
            TxnTrigger[] failures = new TxnTrigger[] { TxnTrigger.Declined, TxnTrigger.MacFailed, TxnTrigger.BadReply, TxnTrigger.NoReply, TxnTrigger.NotSent };
            for (int i = 0; i < failures.Length; i++)
            {
                Row(r, state, failures[i], TxnGuard.Background, TxnGuard.Always, TxnAction.BackOffReversal, TxnState.Resume);
                Row(r, state, failures[i], TxnGuard.ReversalCanRetry, TxnGuard.Always, TxnAction.Ignore, TxnState.Reversing);
                Row(r, state, failures[i], TxnGuard.Always, TxnGuard.Always, TxnAction.BackOffReversal, TxnState.ReversalBlocked);
            }
        }

        // Every non-approval outcome of a management exchange ends in Result with the given action.
        private static void Outcomes(ArrayList r, TxnState state, TxnAction action)
        {
            TxnTrigger[] outcomes = new TxnTrigger[]
            {
                TxnTrigger.Declined, TxnTrigger.MacFailed, TxnTrigger.BadReply, TxnTrigger.NoReply, TxnTrigger.NotSent, TxnTrigger.LocalFault,
            };
            for (int i = 0; i < outcomes.Length; i++)
            {
                Row(r, state, outcomes[i], TxnGuard.Always, TxnGuard.Always, action, TxnState.Result);
            }
        }

        // Completes a state's key map: every key without an unguarded row gets an explicit Ignore row.
        private static void Fill(ArrayList r, TxnState state)
        {
            for (int k = 0; k < Keys.Length; k++)
            {
                bool covered = false;
                for (int i = 0; i < r.Count; i++)
                {
                    TxnTransition t = (TxnTransition)r[i];
                    if (t.From == state && t.Trigger == Keys[k] && t.Guard == TxnGuard.Always && t.Guard2 == TxnGuard.Always)
                    {
                        covered = true;
                    }
                }

                if (!covered)
                {
                    Row(r, state, Keys[k], TxnGuard.Always, TxnGuard.Always, TxnAction.Ignore, TxnState.Stay);
                }
            }
        }

        private static void Row(ArrayList r, TxnState from, TxnTrigger trigger, TxnGuard guard, TxnGuard guard2, TxnAction action, TxnState to)
        {
            r.Add(new TxnTransition(from, trigger, guard, guard2, action, to, TxnState.Stay));
        }

        // A row that sends the pending reversal first, then resumes in `then`.
        private static void Then(ArrayList r, TxnState from, TxnTrigger trigger, TxnGuard guard, TxnGuard guard2, TxnAction action, TxnState then)
        {
            r.Add(new TxnTransition(from, trigger, guard, guard2, action, TxnState.Reversing, then));
        }
    }
}
