namespace Pos.Core.Transactions
{
    /// <summary>
    /// The codes the terminal shows for outcomes that did not come from the host (the catalog explains each under
    /// <c>local.*</c>), and the pending-reversal slot's reason for a refund awaiting confirmation.
    /// </summary>
    public static class TxnLocalCodes
    {
        /// <summary>Local code shown when nothing could be sent (no connection).</summary>
        public const string CodeNoConnection = "LNC";
        /// <summary>Local code: the host did not answer in time.</summary>
        public const string CodeTimeout = "LTO";
        /// <summary>Local code: the reply could not be read or did not match.</summary>
        public const string CodeBadReply = "LBR";
        /// <summary>Local code: the approval's MAC did not verify.</summary>
        public const string CodeMacError = "LMA";
        /// <summary>Local code: keys missing (not signed in).</summary>
        public const string CodeNoKeys = "LNK";
        /// <summary>Local code: the stored keys failed their check at boot and were erased (local.keys_lost).</summary>
        public const string CodeKeysLost = "LKL";
        /// <summary>Local code: no master key has been loaded (local.no_master_key).</summary>
        public const string CodeNoMasterKey = "LMK";

        /// <summary>
        /// The code for "a key is missing" that tells the cashier the truth: keys erased at boot, no master key at all, or
        /// only the working keys missing (not signed in).
        /// </summary>
        public static string NoKeys(Pos.Core.Security.IKeyStore keys)
        {
            if (keys.LostReason != Pos.Core.Security.KeysLostReason.None)
            {
                return CodeKeysLost;
            }

            return keys.Has(Pos.Core.Security.KeySlot.Tmk) ? CodeNoKeys : CodeNoMasterKey;
        }

        /// <summary>Local code: storage failure.</summary>
        public const string CodeStorage = "LST";
        /// <summary>Local code: the offline advices could not be uploaded before settlement.</summary>
        public const string CodeOfflineUpload = "LOU";
        /// <summary>
        /// The pending-reversal slot's reason for a refund awaiting the host's confirmation: a refund (0220) is never
        /// reversed (cups-pos.md §2.4), so when its answer is lost the same 0220, same STAN, is repeated until the host
        /// says it holds it (00, or a 94 with a valid MAC and the same amount) or refuses it. Sent, retried, blocked
        /// and cleared like a reversal; never sent as a 0400.
        /// </summary>
        public const string RefundConfirmation = "RF";

        /// <summary>Local code: the working keys of the sign-in reply failed their checks.</summary>
        public const string CodeKeyCheck = "LKC";
        /// <summary>Local code on the card prompt: the reader handed over card data the request cannot carry (<see cref="CardCheck"/>).</summary>
        public const string CodeCardData = "LCD";
        /// <summary>Local code: the clock is outside 2000–2099, so no date can be written for the host (fields 12/13).</summary>
        public const string CodeClock = "LCK";
        /// <summary>Local code: the sale's amount is over the merchant's limit per sale (<see cref="TransactionLimits.SaleFen"/>).</summary>
        public const string CodeOverSaleLimit = "LLM";
        /// <summary>Local code: the sale would take the day's approved purchases over the merchant's daily limit.</summary>
        public const string CodeOverDailyLimit = "LDL";
        /// <summary>Local code: the refund's amount is over the merchant's limit per refund.</summary>
        public const string CodeOverRefundLimit = "LRL";
        /// <summary>Local code: an internal error stopped the transaction (the dispatcher's guard, <see cref="TransactionMachine.Recover"/>).</summary>
        public const string CodeSystemError = "LSE";
    }
}
