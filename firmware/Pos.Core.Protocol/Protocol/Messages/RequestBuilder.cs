using System;

namespace Pos.Core.Protocol.Messages
{
    /// <summary>
    /// Fills an <see cref="IsoMessage"/> with one request of the CUPS POS profile: TPDU and header from the
    /// <see cref="TerminalSettings"/>, MTI, fields, and <see cref="IsoMessage.MacRequested"/> for MAC'ed requests
    /// (financial and reversal; sign-in, settlement, batch upload, echo and sign-out carry no MAC). The message is
    /// cleared first, so one can be reused for every request. Not thread-safe.
    /// </summary>
    public sealed class RequestBuilder
    {
        private readonly TerminalSettings _settings;
        private readonly char[] _text = new char[2 + (8 * BatchRecord.Length)];

        /// <summary>Creates a builder for a terminal.</summary>
        public RequestBuilder(TerminalSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            _settings = settings;
        }

        /// <summary>Sign-in 0800: 11, 41, 42, 60 (00 + batch + 001/003/004), 63 operator.</summary>
        public void SignIn(IsoMessage message, int stan, int batch, SignInKeyMode mode)
        {
            string code = mode == SignInKeyMode.SingleLength ? NetworkCode.SignInSingle
                : mode == SignInKeyMode.DoubleLength ? NetworkCode.SignInDouble
                : mode == SignInKeyMode.DoubleLengthWithTrackKey ? NetworkCode.SignInDoubleWithTrackKey : null;
            if (code == null)
            {
                throw new ArgumentOutOfRangeException(nameof(mode));
            }

            Management(message, 800, stan, batch, code);
            message.Set(63, _settings.OperatorCode);
        }

        /// <summary>Sign-out 0820: 11, 41, 42, 60 (00 + batch + 002).</summary>
        public void SignOut(IsoMessage message, int stan, int batch)
        {
            Management(message, 820, stan, batch, NetworkCode.SignOut);
        }

        /// <summary>Echo test 0820: 11, 41, 42, 60 (00 + batch + 301).</summary>
        public void EchoTest(IsoMessage message, int stan, int batch)
        {
            Management(message, 820, stan, batch, NetworkCode.EchoTest);
        }

        /// <summary>Settlement 0500: 11, 41, 42, 48 totals, 49, 60 (00 + batch + 201), 63 operator.</summary>
        public void Settlement(IsoMessage message, int stan, int batch, SettlementTotals totals)
        {
            if (totals == null)
            {
                throw new ArgumentNullException(nameof(totals));
            }

            Management(message, 500, stan, batch, NetworkCode.Settlement);
            message.Set(48, totals.ToField48());
            message.Set(49, _settings.CurrencyCode);
            message.Set(63, _settings.OperatorCode);
        }

        /// <summary>Batch upload 0320 of 1..8 records: 11, 41, 42, 48 (count n2 + records), 60 (00 + batch + 201).</summary>
        public void BatchUpload(IsoMessage message, int stan, int batch, BatchRecord[] records, int start, int count)
        {
            if (records == null || count < 1 || count > 8 || start < 0 || start > records.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            Management(message, 320, stan, batch, NetworkCode.Settlement);
            Numeric.Write(count, 2, _text, 0);
            for (int i = 0; i < count; i++)
            {
                records[start + i].Write(_text, 2 + (i * BatchRecord.Length));
            }

            message.Set(48, new string(_text, 0, 2 + (count * BatchRecord.Length)));
        }

        /// <summary>Batch upload end 0320: 11, 41, 42, 48 (total records n4), 60 (00 + batch + 202 unbalanced / 207 balanced).</summary>
        public void BatchUploadEnd(IsoMessage message, int stan, int batch, int totalRecords, bool balanced)
        {
            Management(message, 320, stan, batch, balanced ? NetworkCode.BatchUploadEndBalanced : NetworkCode.BatchUploadEndUnbalanced);
            message.Set(48, Numeric.Format(totalRecords, 4));
        }

        /// <summary>
        /// A financial request by its row in <see cref="TransactionTypes"/>: purchase, void, refund, balance inquiry or
        /// offline advice. Optional card fields are sent when set; 26/52/53 only with a PIN block.
        /// </summary>
        public void Financial(IsoMessage message, FinancialRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            TransactionTypeInfo info = TransactionTypes.Get(request.Type);
            if (request.EntryMode == null)
            {
                throw new ArgumentException("entry mode", nameof(request));
            }

            Begin(message, info.RequestMti);
            message.Set(2, request.Pan);
            message.Set(3, info.ProcessingCode);
            if (info.CarriesAmount)
            {
                message.Set(4, Amount.ToN12(request.AmountFen));
            }

            message.Set(11, Numeric.Format(request.Stan, 6));
            if (info.Type == TransactionType.OfflineAdvice)
            {
                message.Set(12, request.LocalTime);
                message.Set(13, request.LocalDate);
                message.Set(38, request.OriginalAuthCode);
            }

            message.Set(14, request.ExpiryYymm);
            message.Set(22, request.EntryMode);
            message.Set(23, request.CardSequenceNumber);
            message.Set(25, info.ConditionCode);
            if (request.PinBlock != null)
            {
                message.Set(26, "12");
                message.Set(52, request.PinBlock);
                message.Set(53, request.SecurityControl);
            }

            message.Set(35, request.Track2);
            message.Set(36, request.Track3);
            if (info.SendsOriginalRrn)
            {
                if (request.OriginalRrn == null)
                {
                    throw new ArgumentException("original RRN", nameof(request));
                }

                message.Set(37, request.OriginalRrn);
                message.Set(38, request.OriginalAuthCode);
            }

            Identify(message);
            message.Set(49, _settings.CurrencyCode);
            message.Set(55, request.IccData);
            message.Set(60, new Field60(info.Code601, request.Batch, NetworkCode.None).Text);
            message.Set(61, Field61(info.OriginalData, request));
            message.MacRequested = info.MacRequested;
        }

        /// <summary>
        /// Reversal 0400 of <paramref name="original"/>: the same STAN, original 2, 3, 4, 14, 22, 23, 25, 38
        /// (<paramref name="authCode"/> when the original was approved), 39 = reason, 41, 42, 49, 55, 60, 61, MAC.
        /// </summary>
        public void Reversal(IsoMessage message, FinancialRequest original, string reason, string authCode)
        {
            if (original == null)
            {
                throw new ArgumentNullException(nameof(original));
            }

            if (!ReversalReason.IsValid(reason))
            {
                throw new ArgumentException("reason", nameof(reason));
            }

            TransactionTypeInfo info = TransactionTypes.Get(original.Type);
            if (!info.CreatesReversal)
            {
                throw new ArgumentException("not reversible", nameof(original));
            }

            Begin(message, 400);
            message.Set(2, original.Pan);
            message.Set(3, info.ProcessingCode);
            if (info.CarriesAmount)
            {
                message.Set(4, Amount.ToN12(original.AmountFen));
            }

            message.Set(11, Numeric.Format(original.Stan, 6));
            message.Set(14, original.ExpiryYymm);
            message.Set(22, original.EntryMode);
            message.Set(23, original.CardSequenceNumber);
            message.Set(25, info.ConditionCode);
            message.Set(38, authCode);
            message.Set(39, reason);
            Identify(message);
            message.Set(49, _settings.CurrencyCode);
            message.Set(55, original.IccData);
            message.Set(60, new Field60(info.Code601, original.Batch, NetworkCode.None).Text);
            message.Set(61, Field61(info.OriginalData, original));
            message.MacRequested = true;
        }

        private void Management(IsoMessage message, int mti, int stan, int batch, string code)
        {
            Begin(message, mti);
            message.Set(11, Numeric.Format(stan, 6));
            Identify(message);
            message.Set(60, new Field60("00", batch, code).Text);
        }

        private void Begin(IsoMessage message, int mti)
        {
            if (message == null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            message.Clear();
            message.Tpdu.Set(_settings.TpduDestination, _settings.TpduSource);
            MessageHeader header = message.Header;
            header.ApplicationType = _settings.ApplicationType;
            header.Version = _settings.Version;
            header.TerminalStatus = _settings.TerminalStatus;
            header.ProcessingRequirement = 0;
            header.SubVersion = _settings.SubVersion;
            message.Mti = mti;
        }

        private void Identify(IsoMessage message)
        {
            message.Set(41, _settings.TerminalId);
            message.Set(42, _settings.MerchantId);
        }

        private string Field61(int kind, FinancialRequest request)
        {
            if (kind == TransactionTypeInfo.NoOriginal)
            {
                return null;
            }

            Numeric.Write(request.OriginalBatch, 6, _text, 0);
            Numeric.Write(request.OriginalStan, 6, _text, 6);
            if (kind == TransactionTypeInfo.OriginalBatchStan)
            {
                return new string(_text, 0, 12);
            }

            string date = request.OriginalDate == null ? "0000" : request.OriginalDate;
            if (date.Length != 4)
            {
                throw new ArgumentException("original date", nameof(request));
            }

            for (int i = 0; i < 4; i++)
            {
                _text[12 + i] = date[i];
            }

            return new string(_text, 0, 16);
        }
    }
}
