using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Security;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The text form of a <see cref="ScreenModel"/> (<see cref="ScreenModel.Line"/>, <see cref="ScreenModel.Describe"/>)
    /// for logs and the scenario scripts: one table that says, per screen id, which <see cref="ScreenField"/> each line
    /// prints, and one formatter per field. A value at its "none" prints as an empty line. The renderer does not use it.
    /// </summary>
    public static class ScreenText
    {
        // The screen ids, one per row of Lines, packed (PackedNames): read at every screen change, so kept in one field
        // rather than loaded anew each time.
        private static readonly string Ids =
            ScreenIds.Idle + Bar + ScreenIds.Menu + Bar + ScreenIds.Amount + Bar + ScreenIds.OriginalStan + Bar + ScreenIds.VoidConfirm
            + Bar + ScreenIds.PresentCard + Bar + ScreenIds.Pin + Bar + ScreenIds.Processing + Bar + ScreenIds.Reversing + Bar
            + ScreenIds.SigningIn + Bar + ScreenIds.Settling + Bar + ScreenIds.Uploading + Bar + ScreenIds.Approved + Bar
            + ScreenIds.OfflineApproved + Bar + ScreenIds.Balance + Bar + ScreenIds.Declined + Bar + ScreenIds.RetainCard + Bar
            + ScreenIds.Failed + Bar + ScreenIds.OfflineDeclined + Bar + ScreenIds.ReversalPending + Bar + ScreenIds.NoConnection + Bar
            + ScreenIds.ReversalBlocked + Bar + ScreenIds.SignedIn + Bar + ScreenIds.SignInFailed + Bar + ScreenIds.Settled + Bar
            + ScreenIds.SettleFailed + Bar + ScreenIds.LastTransaction + Bar + ScreenIds.Duplicate + Bar + ScreenIds.OverLimit + Bar
            + ScreenIds.RecordMenu + Bar + ScreenIds.RecordQuery + Bar + ScreenIds.RecordList + Bar + ScreenIds.RecordDetail + Bar
            + ScreenIds.RecordGuide + Bar + ScreenIds.DaySummary;

        private const string Bar = "|";

        // The lines of each id, in the order of Ids, packed: the fields of row r are FieldBytes[Starts[r]] up to
        // FieldBytes[Starts[r + 1]]. Written below as one array per row for reading; on nanoCLR those 35 arrays would
        // stay in the heap for as long as the assembly is loaded (3.4 KB on the interpreter), the packed form 0.4 KB.
        private static readonly byte[] FieldBytes;
        private static readonly ushort[] Starts;

        static ScreenText()
        {
            ScreenField[][] lines = Rows();
            Starts = new ushort[lines.Length + 1];
            int total = 0;
            for (int r = 0; r < lines.Length; r++)
            {
                Starts[r] = (ushort)total;
                total += lines[r].Length;
            }

            Starts[lines.Length] = (ushort)total;
            FieldBytes = new byte[total];
            for (int r = 0; r < lines.Length; r++)
            {
                for (int i = 0; i < lines[r].Length; i++)
                {
                    FieldBytes[Starts[r] + i] = (byte)lines[r][i];
                }
            }
        }

        // The table as written (ScreenIds documents each line), built once and packed by the type's initializer.
        private static ScreenField[][] Rows()
        {
            return new ScreenField[][]
            {
                new ScreenField[] { ScreenField.Link, ScreenField.Queued, ScreenField.ReversalNote, ScreenField.SignInNote, ScreenField.StorageNote },
                new ScreenField[0],
                new ScreenField[] { ScreenField.Flow, ScreenField.Amount, ScreenField.Error },
                new ScreenField[] { ScreenField.Flow, ScreenField.Digits, ScreenField.Error },
                new ScreenField[] { ScreenField.Amount, ScreenField.Pan, ScreenField.Stan },
                new ScreenField[] { ScreenField.Flow, ScreenField.Amount, ScreenField.Error, ScreenField.Modes },
                new ScreenField[] { ScreenField.Amount, ScreenField.Pan, ScreenField.PinStars, ScreenField.PinNote, ScreenField.PinOptional },
                new ScreenField[] { ScreenField.Flow },
                new ScreenField[] { ScreenField.Reason, ScreenField.Attempt },
                new ScreenField[0],
                new ScreenField[0],
                new ScreenField[] { ScreenField.UploadSent, ScreenField.UploadTotal },
                new ScreenField[]
                {
                    ScreenField.Amount, ScreenField.Pan, ScreenField.AuthCode, ScreenField.Stan, ScreenField.Flow, ScreenField.Rrn, ScreenField.Time,
                    ScreenField.Entry,
                },
                new ScreenField[] { ScreenField.Amount, ScreenField.Pan, ScreenField.Stan, ScreenField.Time, ScreenField.Entry },
                new ScreenField[] { ScreenField.Amount },
                new ScreenField[] { ScreenField.Code, ScreenField.Class, ScreenField.Action },
                new ScreenField[] { ScreenField.Code, ScreenField.Class, ScreenField.Action },
                new ScreenField[] { ScreenField.Code },
                new ScreenField[] { ScreenField.Code },
                new ScreenField[] { ScreenField.Reason, ScreenField.Code },
                new ScreenField[] { ScreenField.Code, ScreenField.Link },
                new ScreenField[] { ScreenField.Reason, ScreenField.Attempt },
                new ScreenField[] { ScreenField.Batch },
                new ScreenField[] { ScreenField.Code, ScreenField.KeyError },
                new ScreenField[]
                {
                    ScreenField.SettleStatus, ScreenField.Batch, ScreenField.ClosedBatch, ScreenField.SalesCount, ScreenField.SalesAmount,
                    ScreenField.RefundCount, ScreenField.RefundAmount,
                },
                new ScreenField[] { ScreenField.Code },
                new ScreenField[]
                {
                    ScreenField.LastStatus, ScreenField.Flow, ScreenField.Amount, ScreenField.Pan, ScreenField.LastNumber, ScreenField.Rrn,
                    ScreenField.Time, ScreenField.LastCode,
                },
                new ScreenField[]
                {
                    ScreenField.Amount, ScreenField.Pan, ScreenField.Stan, ScreenField.Time, ScreenField.EarlierOutcome, ScreenField.AgeMinutes,
                },
                new ScreenField[] { ScreenField.Code, ScreenField.Flow, ScreenField.Amount, ScreenField.Limit, ScreenField.DayTotal },
                new ScreenField[0],
                new ScreenField[] { ScreenField.Search, ScreenField.Digits, ScreenField.Error },
                new ScreenField[]
                {
                    ScreenField.Search, ScreenField.Digits, ScreenField.RecordPage, ScreenField.RecordRow, ScreenField.RecordRow, ScreenField.RecordRow,
                    ScreenField.RecordRow, ScreenField.RecordRow,
                },
                Repeat(ScreenField.Record, RecordText.DetailLines),
                Repeat(ScreenField.Record, 3),
                Repeat(ScreenField.Summary, ScreenModel.LineCount),
            };
        }

        // Names by enum value, packed (PackedNames).
        private const string FlowNames = "|PURCHASE|VOID|REFUND|BALANCE|SETTLEMENT|SIGN_IN|REVERSAL";

        private const string ErrorNames = "|LIMIT|NOT_FOUND|VOIDED||INCOMPLETE";

        private const string SearchNames = "|STAN|RRN|AMOUNT|CARD|DATE";

        private const string PinNoteNames = "|RETRY|LENGTH";

        private const string LastStatusNames =
            "APPROVED|OFFLINE_APPROVED|DECLINED|REVERSED|NOT_COMPLETED|REVERSING|UNKNOWN|SETTLED|SETTLE_UNCONFIRMED|CONFIRMING";

        /// <summary>True when the table has a row for <paramref name="id"/> (every <see cref="ScreenIds"/> id has one).</summary>
        public static bool Knows(string id)
        {
            return RowOf(id) >= 0;
        }

        /// <summary>Lines the text form of <paramref name="id"/> has (0 for an id without a row).</summary>
        public static int FieldCount(string id)
        {
            int row = RowOf(id);
            return row < 0 ? 0 : Starts[row + 1] - Starts[row];
        }

        /// <summary>The field line <paramref name="line"/> of <paramref name="id"/> prints (line below <see cref="FieldCount"/>).</summary>
        public static ScreenField Field(string id, int line)
        {
            return FieldAt(RowOf(id), line);
        }

        /// <summary>A number as six digits; empty when negative (none).</summary>
        internal static string Number6(int n)
        {
            return n < 0 ? string.Empty : Numeric.Format(n, 6);
        }

        /// <summary>Fen as "12.34"; empty for <see cref="ScreenModel.NoAmount"/>.</summary>
        public static string Amount(long fen)
        {
            if (fen < 0)
            {
                return string.Empty;
            }

            long cents = fen % 100;
            return (fen / 100).ToString() + "." + (cents < 10 ? "0" : string.Empty) + cents.ToString();
        }

        /// <summary>One field of the model as its line prints it (the first line of a field that spans several).</summary>
        public static string Format(ScreenModel m, ScreenField field)
        {
            return Format(m, field, 0);
        }

        /// <summary>The <paramref name="n"/>-th line of a field that spans several (the list's rows, a record's values, the summary's lines).</summary>
        public static string Format(ScreenModel m, ScreenField field, int n)
        {
            switch (field)
            {
                case ScreenField.Search:
                    return Name(SearchNames, (int)m.Search);
                case ScreenField.RecordPage:
                    return m.Page < 0 || m.PageCount < 0 ? string.Empty : (m.Page + 1).ToString() + "/" + m.PageCount.ToString();
                case ScreenField.RecordRow:
                    return n < m.RowCount ? RecordText.Row(m.Rows[n]) : string.Empty;
                case ScreenField.Record:
                    return m.Record == null ? string.Empty : RecordText.Line(m.Record, n);
                case ScreenField.Summary:
                    return m.Summary == null ? string.Empty : RecordText.SummaryLine(m.Summary, n);
                case ScreenField.Flow:
                    return Name(FlowNames, (int)m.Flow);
                case ScreenField.Amount:
                    return Amount(m.AmountFen);
                case ScreenField.Pan:
                    return m.MaskedPan;
                case ScreenField.Stan:
                    return Number6(m.Stan);
                case ScreenField.Batch:
                    return Number6(m.Batch);
                case ScreenField.ClosedBatch:
                    return Number6(m.ClosedBatch);
                case ScreenField.AuthCode:
                    return m.AuthCode;
                case ScreenField.Rrn:
                    return m.Rrn;
                case ScreenField.Time:
                    return m.HasTime ? UtcStamps.Format(m.UtcTime) : string.Empty;
                case ScreenField.Entry:
                    return EntryNames.Of(m.Entry);
                case ScreenField.Code:
                    return m.Code;
                case ScreenField.Reason:
                    return m.ReversalReason;
                case ScreenField.ReversalNote:
                    return m.ReversalReason.Length == 0 ? string.Empty : "REVERSAL:" + m.ReversalReason;
                case ScreenField.Attempt:
                    return Count(m.Attempt);
                case ScreenField.Digits:
                    return m.Digits;
                case ScreenField.Error:
                    return m.Error == EntryError.Card ? m.Code : Name(ErrorNames, (int)m.Error);
                case ScreenField.Modes:
                    return Modes(m.AcceptedModes);
                case ScreenField.PinStars:
                    return m.PinDigits > 0 ? new string('*', m.PinDigits) : string.Empty;
                case ScreenField.PinNote:
                    return Name(PinNoteNames, (int)m.PinNote);
                case ScreenField.PinOptional:
                    return m.PinOptional ? "OPTIONAL" : string.Empty;
                case ScreenField.Link:
                    return m.Online ? "ONLINE" : "OFFLINE";
                case ScreenField.SignInNote:
                    return m.KeysLost ? "KEYS_LOST" : m.SignedIn ? string.Empty : "NOT_SIGNED_IN";
                case ScreenField.StorageNote:
                    return m.StorageNew ? "STORAGE_NEW" : string.Empty;
                case ScreenField.Queued:
                    return Count(m.Queued);
                case ScreenField.UploadSent:
                    return Count(m.UploadSent);
                case ScreenField.UploadTotal:
                    return Count(m.UploadTotal);
                case ScreenField.Class:
                    return ResponseNames.Of(m.Class);
                case ScreenField.Action:
                    return ResponseNames.Of(m.Action);
                case ScreenField.SettleStatus:
                    return m.Uploaded ? "UPLOADED" : "BALANCED";
                case ScreenField.LastStatus:
                    return Name(LastStatusNames, (int)m.LastStatus);
                case ScreenField.LastNumber:
                    return Number6(m.Flow == TxnFlow.Settlement ? m.Batch : m.Stan);
                case ScreenField.LastCode:
                    return m.Flow == TxnFlow.Settlement ? Count(m.SalesCount) : m.Code;
                case ScreenField.SalesCount:
                    return Count(m.SalesCount);
                case ScreenField.SalesAmount:
                    return Amount(m.SalesFen);
                case ScreenField.RefundCount:
                    return Count(m.RefundCount);
                case ScreenField.RefundAmount:
                    return Amount(m.RefundFen);
                case ScreenField.EarlierOutcome:
                    return m.EarlierOffline ? "OFFLINE_APPROVED" : "APPROVED";
                case ScreenField.AgeMinutes:
                    return m.AgeMinutes < 0 ? string.Empty : m.AgeMinutes.ToString();
                case ScreenField.KeyError:
                    return m.KeyError == SecurityError.None ? string.Empty : SecurityErrorNames.Of(m.KeyError);
                case ScreenField.Limit:
                    return Amount(m.LimitFen);
                case ScreenField.DayTotal:
                    return Amount(m.DayTotalFen);
            }

            return string.Empty;
        }

        /// <summary>The row of a screen id in the table, or -1.</summary>
        internal static int RowOf(string id)
        {
            return PackedNames.IndexOf(Ids, id);
        }

        /// <summary>Line <paramref name="index"/> of a model whose id is at table row <paramref name="row"/> (-1: none, all lines empty).</summary>
        internal static string Line(ScreenModel m, int row, int index)
        {
            if (row < 0 || index >= Starts[row + 1] - Starts[row])
            {
                return string.Empty;
            }

            ScreenField field = FieldAt(row, index);
            int first = index;
            while (first > 0 && FieldAt(row, first - 1) == field)
            {
                first--;
            }

            return Format(m, field, index - first);
        }

        private static ScreenField FieldAt(int row, int line)
        {
            if (line < 0 || line >= Starts[row + 1] - Starts[row])
            {
                throw new System.IndexOutOfRangeException();
            }

            return (ScreenField)FieldBytes[Starts[row] + line];
        }

        private static ScreenField[] Repeat(ScreenField field, int count)
        {
            ScreenField[] lines = new ScreenField[count];
            for (int i = 0; i < count; i++)
            {
                lines[i] = field;
            }

            return lines;
        }

        private static string Name(string names, int value)
        {
            string name = PackedNames.At(names, value);
            return name == null ? string.Empty : name;
        }

        private static string Count(long n)
        {
            return n < 0 ? string.Empty : n.ToString();
        }


        // C chip, T tap, S swipe, in this order.
        private static string Modes(int bits)
        {
            return ((bits & CardModes.Chip) != 0 ? "C" : string.Empty) + ((bits & CardModes.Tap) != 0 ? "T" : string.Empty)
                + ((bits & CardModes.Swipe) != 0 ? "S" : string.Empty);
        }
    }
}
