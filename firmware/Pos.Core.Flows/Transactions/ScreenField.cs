namespace Pos.Core.Transactions
{
    /// <summary>
    /// A column of the screen's text form: which <see cref="ScreenModel"/> value a line prints, and how
    /// (<see cref="ScreenText"/> has one formatter per field and, per screen id, the field of each line).
    /// </summary>
    public enum ScreenField
    {
        /// <summary><see cref="ScreenModel.Flow"/>: PURCHASE, VOID, REFUND, BALANCE, SETTLEMENT, SIGN_IN, REVERSAL.</summary>
        Flow = 0,
        /// <summary><see cref="ScreenModel.AmountFen"/> as "12.34".</summary>
        Amount,
        /// <summary><see cref="ScreenModel.MaskedPan"/>.</summary>
        Pan,
        /// <summary><see cref="ScreenModel.Stan"/> as six digits.</summary>
        Stan,
        /// <summary><see cref="ScreenModel.Batch"/> as six digits.</summary>
        Batch,
        /// <summary><see cref="ScreenModel.ClosedBatch"/> as six digits.</summary>
        ClosedBatch,
        /// <summary><see cref="ScreenModel.AuthCode"/>.</summary>
        AuthCode,
        /// <summary><see cref="ScreenModel.Rrn"/>.</summary>
        Rrn,
        /// <summary><see cref="ScreenModel.UtcTime"/> as "YYYYMMDDThhmmss".</summary>
        Time,
        /// <summary><see cref="ScreenModel.Entry"/>: CHIP, TAP, SWIPE, FALLBACK, MANUAL.</summary>
        Entry,
        /// <summary><see cref="ScreenModel.Code"/>.</summary>
        Code,
        /// <summary><see cref="ScreenModel.ReversalReason"/>.</summary>
        Reason,
        /// <summary><see cref="ScreenModel.ReversalReason"/> as the idle note "REVERSAL:rr".</summary>
        ReversalNote,
        /// <summary><see cref="ScreenModel.Attempt"/>.</summary>
        Attempt,
        /// <summary><see cref="ScreenModel.Digits"/>.</summary>
        Digits,
        /// <summary><see cref="ScreenModel.Error"/>: LIMIT, NOT_FOUND, VOIDED, or the card's code.</summary>
        Error,
        /// <summary><see cref="ScreenModel.AcceptedModes"/> as letters: C chip, T tap, S swipe.</summary>
        Modes,
        /// <summary><see cref="ScreenModel.PinDigits"/> as one star each.</summary>
        PinStars,
        /// <summary><see cref="ScreenModel.PinNote"/>: RETRY, LENGTH.</summary>
        PinNote,
        /// <summary><see cref="ScreenModel.PinOptional"/>: OPTIONAL.</summary>
        PinOptional,
        /// <summary><see cref="ScreenModel.Online"/>: ONLINE, OFFLINE.</summary>
        Link,
        /// <summary><see cref="ScreenModel.SignedIn"/>: NOT_SIGNED_IN when false; KEYS_LOST when <see cref="ScreenModel.KeysLost"/>.</summary>
        SignInNote,
        /// <summary><see cref="ScreenModel.StorageNew"/>: STORAGE_NEW.</summary>
        StorageNote,
        /// <summary><see cref="ScreenModel.Queued"/>.</summary>
        Queued,
        /// <summary><see cref="ScreenModel.UploadSent"/>.</summary>
        UploadSent,
        /// <summary><see cref="ScreenModel.UploadTotal"/>.</summary>
        UploadTotal,
        /// <summary><see cref="ScreenModel.Class"/> by name (<see cref="ResponseNames"/>).</summary>
        Class,
        /// <summary><see cref="ScreenModel.Action"/> by name (<see cref="ResponseNames"/>).</summary>
        Action,
        /// <summary><see cref="ScreenModel.Uploaded"/>: UPLOADED, BALANCED.</summary>
        SettleStatus,
        /// <summary><see cref="ScreenModel.LastStatus"/>: APPROVED, OFFLINE_APPROVED, DECLINED, …</summary>
        LastStatus,
        /// <summary>The last transaction's number: a settlement's <see cref="ScreenModel.Batch"/>, else its <see cref="ScreenModel.Stan"/>.</summary>
        LastNumber,
        /// <summary>The last transaction's code: a settlement's <see cref="ScreenModel.SalesCount"/>, else its <see cref="ScreenModel.Code"/>.</summary>
        LastCode,
        /// <summary><see cref="ScreenModel.SalesCount"/>.</summary>
        SalesCount,
        /// <summary><see cref="ScreenModel.SalesFen"/> as "12.34".</summary>
        SalesAmount,
        /// <summary><see cref="ScreenModel.RefundCount"/>.</summary>
        RefundCount,
        /// <summary><see cref="ScreenModel.RefundFen"/> as "12.34".</summary>
        RefundAmount,
        /// <summary><see cref="ScreenModel.EarlierOffline"/>: OFFLINE_APPROVED, APPROVED.</summary>
        EarlierOutcome,
        /// <summary><see cref="ScreenModel.AgeMinutes"/>.</summary>
        AgeMinutes,
        /// <summary><see cref="ScreenModel.KeyError"/> by name (<see cref="Pos.Core.Security.SecurityErrorNames"/>).</summary>
        KeyError,
        /// <summary><see cref="ScreenModel.LimitFen"/> as "12.34".</summary>
        Limit,
        /// <summary><see cref="ScreenModel.DayTotalFen"/> as "12.34".</summary>
        DayTotal,
        /// <summary><see cref="ScreenModel.Search"/>: STAN, RRN, AMOUNT, CARD, DATE.</summary>
        Search,
        /// <summary><see cref="ScreenModel.Page"/> and <see cref="ScreenModel.PageCount"/> as "1/3" (the page 1-based).</summary>
        RecordPage,
        /// <summary>A row of <see cref="ScreenModel.Rows"/> (the field's n-th line: row n) as STAN:KIND:12.34:STATUS (<see cref="RecordText"/>).</summary>
        RecordRow,
        /// <summary>Value n of <see cref="ScreenModel.Record"/> (the field's n-th line; <see cref="RecordText.Line"/>).</summary>
        Record,
        /// <summary>Line n of <see cref="ScreenModel.Summary"/> (the field's n-th line; <see cref="RecordText.SummaryLine"/>).</summary>
        Summary,
    }
}
