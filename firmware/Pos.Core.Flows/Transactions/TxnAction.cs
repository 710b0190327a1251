namespace Pos.Core.Transactions
{
    /// <summary>Actions of transition rows (run between the old state's exit and the new state's entry).</summary>
    public enum TxnAction
    {
        /// <summary>Nothing: the input has no effect here (defined, not forgotten).</summary>
        Ignore = 0,
        /// <summary>Start a purchase; a digit becomes the first amount digit.</summary>
        BeginPurchase = 1,
        /// <summary>Start a void.</summary>
        BeginVoid = 2,
        /// <summary>Start a refund.</summary>
        BeginRefund = 3,
        /// <summary>Start a balance inquiry.</summary>
        BeginBalance = 4,
        /// <summary>Start a settlement.</summary>
        BeginSettlement = 5,
        /// <summary>Start a sign-in.</summary>
        BeginSignIn = 6,
        /// <summary>Append the digit to the state's entry buffer.</summary>
        AddDigit = 7,
        /// <summary>Remove the last digit of the state's entry buffer.</summary>
        Backspace = 8,
        /// <summary>Signal a refused input (buffer full, bad amount, unknown original): the screen says why.</summary>
        Refuse = 9,
        /// <summary>Leave the flow: nothing was sent, nothing is journaled.</summary>
        Abandon = 10,
        /// <summary>Keep the card read.</summary>
        TakeCard = 11,
        /// <summary>Show the card read error and keep waiting.</summary>
        CardError = 12,
        /// <summary>Take the sale offline under the policy (approve and queue, or decline with the local code).</summary>
        DecideOffline = 13,
        /// <summary>Commit the approval, clear the reversal; on a local failure rewrite the reversal to 96.</summary>
        Complete = 14,
        /// <summary>Show the decline by class and action; clear the reversal unless the MAC was invalid.</summary>
        Decline = 15,
        /// <summary>Rewrite the pending reversal to A0 (approval with a bad MAC).</summary>
        ReverseMac = 16,
        /// <summary>Keep the reversal 98 pending (no usable answer).</summary>
        KeepReversal = 17,
        /// <summary>Nothing was sent: clear the reversal, show "no connection".</summary>
        NotSent = 18,
        /// <summary>Show the local failure (nothing was sent).</summary>
        LocalFailure = 19,
        /// <summary>The reversal is done: clear it, drop the reversed transaction from the log.</summary>
        ReversalDone = 20,
        /// <summary>Allow one more (manual) reversal attempt.</summary>
        RetryReversal = 21,
        /// <summary>Install the working keys, adopt the batch, set the clock.</summary>
        SignedIn = 22,
        /// <summary>Show the sign-in failure.</summary>
        SignInFailed = 23,
        /// <summary>Close the batch: next batch number, log cleared.</summary>
        Settled = 24,
        /// <summary>Show the settlement failure.</summary>
        SettleFailed = 25,
        /// <summary>An idle reversal attempt failed with attempts left: wait (backoff) before the next one.</summary>
        BackOffReversal = 26,
        /// <summary>Back to PIN entry after a 55 with the same card and amount.</summary>
        ReEnterPin = 27,
        /// <summary>Redraw the idle screen (link or queue changed).</summary>
        Refresh = 28,
        /// <summary>Show "no connection" without touching anything (offline settlement, sign-in).</summary>
        NoConnection = 29,
        /// <summary>Start the batch upload.</summary>
        BeginUpload = 30,
        /// <summary>Redraw the card prompt's accepted entry modes (the link changed while it waits).</summary>
        RefreshModes = 31,
        /// <summary>Send the pending reversal from the idle screen (no transaction waits for it).</summary>
        BackgroundReversal = 32,
        /// <summary>A key starts a purchase while the idle reversal is in flight: it resumes once the reversal is done.</summary>
        QueuePurchase = 33,
        /// <summary>Nothing reached the host: clear the reversal and let the offline policy decide the purchase.</summary>
        TakeOffline = 34,
        /// <summary>The host answered the repeated refund: it holds it (00, or a verified 94). Log it, show it.</summary>
        RefundConfirmed = 35,
        /// <summary>The host refused the repeated refund: nothing refunded. Show it.</summary>
        RefundRefused = 36,
        /// <summary>Plans the pending reversal's next attempt (its backoff timer) without redrawing the screen.</summary>
        PlanReversal = 37,
        /// <summary>Adds the digit to the PIN (a star more).</summary>
        AddPinDigit = 38,

        /// <summary>Removes the PIN's last digit.</summary>
        PinBackspace = 39,

        /// <summary>Says the PIN's length is outside the rule.</summary>
        RefusePin = 40,

        /// <summary>Redraws the idle screen only (its queue count changed); nothing else is planned.</summary>
        Redraw = 41,

        /// <summary>Records look-up: the digit picks how to search; the value typed starts empty.</summary>
        ChooseSearch = 42,

        /// <summary>Records look-up: adds the digit to the value searched for.</summary>
        RecordDigit = 43,

        /// <summary>Records look-up: removes the value's last digit.</summary>
        RecordBackspace = 44,

        /// <summary>Records look-up: says why the value finds nothing (incomplete, or no record).</summary>
        RecordRefuse = 45,

        /// <summary>Records look-up: UP / DOWN turn the list's page.</summary>
        TurnPage = 46,

        /// <summary>Records look-up: the digit opens that row of the page.</summary>
        OpenRecord = 47,

        /// <summary>Records look-up: UP / DOWN show the newer / older match.</summary>
        StepRecord = 48,

        /// <summary>Records look-up: 1 on a record prints its slip again (the answer on the screen).</summary>
        PrintRecord = 49,

        /// <summary>Number of actions.</summary>
        Count = 50,
    }
}
