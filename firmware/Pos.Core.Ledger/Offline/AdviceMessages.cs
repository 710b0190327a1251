using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;

namespace Pos.Core.Offline
{
    /// <summary>
    /// The messages of the advice in flight: the 0220 rebuilt from the item's journal payload
    /// (<see cref="RequestPayload"/>) and packed with the MAK current at send time, and the host's answer read against
    /// it into an <see cref="AdviceVerdict"/>. A 94 is believed only from the host (a valid MAC) and about this very
    /// advice: fields 11/41/42 must be the advice's, and 4 and 60.2 too when the reply carries them. Buffers are reused.
    /// </summary>
    internal sealed class AdviceMessages
    {
        private const int FrameSize = 1024;
        private const string DuplicateCode = "94";
        private static readonly int[] MatchRequired = new int[] { 11, 41, 42 };

        private readonly Journal _journal;
        private readonly RequestBuilder _builder;
        private readonly IsoPackager _packager;
        private readonly IMacCalculator _mac;
        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _reply = new IsoMessage();
        private readonly FinancialRequest _original = new FinancialRequest();
        private readonly FinancialReply _financialReply = new FinancialReply();
        private readonly byte[] _frame = new byte[FrameSize];
        private byte[] _payload = new byte[512];

        /// <summary>Messages for advices of <paramref name="journal"/>'s queue.</summary>
        public AdviceMessages(Journal journal, RequestBuilder builder, IsoPackager packager, IMacCalculator mac)
        {
            _journal = journal;
            _builder = builder;
            _packager = packager;
            _mac = mac;
        }

        /// <summary>The packed request after <see cref="Build"/>.</summary>
        public byte[] Frame => _frame;

        /// <summary>The reply's response code after <see cref="Judge"/> (94 for every duplicate verdict).</summary>
        public string Code { get; private set; }

        /// <summary>After <see cref="Judge"/>: the reply asks for a sign-in once the advice is settled.</summary>
        public bool SignInAfter { get; private set; }

        /// <summary>After a <see cref="AdviceVerdict.DuplicateMismatch"/>: the first field that names another sale.</summary>
        public int MismatchedField { get; private set; }

        /// <summary>
        /// Packs the item's request into <see cref="Frame"/> and returns its length, or -1 when its payload cannot be
        /// made into an advice (unreadable, not an advice, refused by the builder or the packer).
        /// </summary>
        /// <exception cref="Pos.Core.Security.SecurityException">No MAK: a sign-in is needed.</exception>
        public int Build(QueueItem item)
        {
            if (_payload.Length < item.PayloadLength)
            {
                _payload = new byte[item.PayloadLength];
            }

            int count = _journal.ReadPayload(item, _payload, 0);
            string ignored;
            if (!RequestPayload.Read(_payload, 0, count, _journal.CardData, _original, out ignored) || _original.Type != TransactionType.OfflineAdvice)
            {
                return -1;
            }

            try
            {
                _builder.Financial(_request, _original);
                return _packager.Pack(_request, _mac, _frame, 0);
            }
            catch (ProtocolException)
            {
                return -1;
            }
            catch (System.ArgumentException)
            {
                return -1;
            }
        }

        /// <summary>Reads <paramref name="reply"/> as the answer to the request last built.</summary>
        /// <exception cref="Pos.Core.Security.SecurityException">No MAK to check it with: a sign-in is needed.</exception>
        public AdviceVerdict Judge(byte[] reply)
        {
            Code = null;
            SignInAfter = false;
            MismatchedField = 0;
            if (_packager.TryUnpack(reply, 0, reply.Length, _reply, _mac) != null)
            {
                return AdviceVerdict.RetryLater; // not an answer we can read: like a transport failure
            }

            if (_reply.GetString(39) == DuplicateCode && _reply.Mti == _request.Mti + 10 && _reply.Tpdu.IsReplyTo(_request.Tpdu))
            {
                return Duplicate();
            }

            try
            {
                _financialReply.Read(_request, _reply);
            }
            catch (ProtocolException)
            {
                return AdviceVerdict.RetryLater; // not an answer to this advice (or not one we can read)
            }

            Code = _financialReply.ResponseCode;
            SignInAfter = _financialReply.RequiresSignIn;
            switch (AdviceResponseCodes.Classify(Code))
            {
                case AdviceResponseClass.Delivered:
                    // The host said 00 and we cannot believe it: a definite, unusable answer.
                    return _financialReply.MacFailed ? AdviceVerdict.RetryCounted : AdviceVerdict.Delivered;
                case AdviceResponseClass.Duplicate:
                    return Duplicate();
                case AdviceResponseClass.SignIn:
                    // Definite, about the terminal's keys or batch: counted (so it cannot loop for ever), then sign in.
                    return AdviceVerdict.SignIn;
                case AdviceResponseClass.Retryable:
                    return AdviceVerdict.RetryLater;
                default:
                    return AdviceVerdict.Declined;
            }
        }

        // 94: a reply naming another STAN or terminal (11/41/42) is no answer to this advice, and a MAC that fails is an
        // answer we cannot believe: both go again (the latter counted), as for a 00. Without a MAC, or naming another
        // sale (4, 60.2), it is a sale the host never booked: flagged for a person, never taken as delivered.
        private AdviceVerdict Duplicate()
        {
            Code = DuplicateCode;
            SignInAfter = _reply.Header.RequiresSignIn;
            int field = FirstMismatch();
            if (field == 11 || field == 41 || field == 42)
            {
                return AdviceVerdict.RetryLater;
            }

            if (_reply.MacState == MacState.Invalid)
            {
                return AdviceVerdict.RetryCounted;
            }

            if (_reply.MacState != MacState.Valid)
            {
                return AdviceVerdict.DuplicateUnverified;
            }

            MismatchedField = field;
            return field != 0 ? AdviceVerdict.DuplicateMismatch : AdviceVerdict.Duplicate;
        }

        // 0 when the 94 is about this advice, else the first field that says otherwise (60: the batch).
        private int FirstMismatch()
        {
            for (int i = 0; i < MatchRequired.Length; i++)
            {
                if (!Same(MatchRequired[i], true))
                {
                    return MatchRequired[i];
                }
            }

            return !Same(4, false) ? 4 : !SameBatch() ? 60 : 0;
        }

        private bool Same(int field, bool required)
        {
            string got = _reply.GetString(field);
            return got == null ? !required : got == _request.GetString(field);
        }

        // 60.2, the batch: part of the advice's id. A reply without 60 does not say otherwise; one whose 60 cannot be
        // read does not say the same.
        private bool SameBatch()
        {
            if (_reply.GetString(60) == null)
            {
                return true;
            }

            Field60 got;
            Field60 sent;
            return Field60.TryParse(_reply.GetString(60), _reply.OffsetOf(60), out got) == null
                && Field60.TryParse(_request.GetString(60), -1, out sent) == null && got.Batch == sent.Batch;
        }
    }
}
