using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Turns the host's reply to the request in flight into the machine's trigger. The reply is unpacked (its MAC
    /// checked for financial and reversal replies), read by the typed reader of the request's kind, and judged:
    /// approved, declined, MAC failed, or unreadable. The readers are reused (no allocation per reply) and stay
    /// readable after <see cref="Decode"/> for the outcome's bookkeeping (RRN, auth code, balance, key block, totals).
    /// </summary>
    public sealed class ReplyDecoder
    {
        private readonly IsoPackager _packager;
        private readonly IsoMessage _reply = new IsoMessage();
        private readonly IMacCalculator _mac;

        /// <summary>Creates the decoder over the MAC the terminal's working keys compute, unpacking with the terminal's shared packager.</summary>
        public ReplyDecoder(IMacCalculator mac, IsoPackager packager)
        {
            if (packager == null)
            {
                throw new System.ArgumentNullException(nameof(packager));
            }

            _mac = mac;
            _packager = packager;
        }

        /// <summary>The last financial reply (purchase, void, refund, balance, or a repeated refund's answer).</summary>
        public FinancialReply Financial { get; } = new FinancialReply();

        /// <summary>The last reversal reply.</summary>
        public ReversalReply Reversal { get; } = new ReversalReply();

        /// <summary>The last sign-in reply.</summary>
        public SignInReply SignIn { get; } = new SignInReply();

        /// <summary>The last settlement reply.</summary>
        public SettlementReply Settlement { get; } = new SettlementReply();

        /// <summary>The last batch-upload or other management reply.</summary>
        public ManagementReply Management { get; } = new ManagementReply();

        /// <summary>The MAC's state in the last reply.</summary>
        public MacState MacState => _reply.MacState;

        /// <summary>The host's response code, or the local code when the reply could not be read.</summary>
        public string Code { get; private set; } = string.Empty;

        /// <summary>True when the host asked for a new sign-in (a reply that is not the sign-in's own).</summary>
        public bool RequiresSignIn { get; private set; }

        /// <summary>
        /// Decodes <paramref name="frame"/>, the reply to <paramref name="request"/> sent in <paramref name="state"/>.
        /// <paramref name="repeatedRefundFen"/> is the amount of a refund whose 0220 was repeated to learn whether the
        /// host holds it (the reply is then a financial one, judged by <see cref="RefundAnswer"/>), or -1.
        /// </summary>
        public TxnTrigger Decode(byte[] frame, IsoMessage request, TxnState state, long repeatedRefundFen)
        {
            RequiresSignIn = false;
            try
            {
                bool macVerified = state == TxnState.Authorising || state == TxnState.Reversing;
                _packager.Unpack(frame, 0, frame.Length, _reply, macVerified ? _mac : null);
                ReplyBase common;
                TxnTrigger trigger;
                switch (state)
                {
                    case TxnState.Authorising:
                        Financial.Read(request, _reply);
                        common = Financial;
                        trigger = Financial.MacFailed ? TxnTrigger.MacFailed : Financial.Approved ? TxnTrigger.Approved : TxnTrigger.Declined;
                        break;
                    case TxnState.Reversing:
                        if (repeatedRefundFen >= 0)
                        {
                            Financial.Read(request, _reply);
                            common = Financial;
                            trigger = RefundAnswer(repeatedRefundFen);
                            break;
                        }

                        Reversal.Read(request, _reply);
                        common = Reversal;
                        trigger = Reversal.Done ? TxnTrigger.Approved : TxnTrigger.Declined;
                        break;
                    case TxnState.SigningIn:
                        SignIn.Read(request, _reply);
                        common = SignIn;
                        trigger = SignIn.Approved ? TxnTrigger.Approved : TxnTrigger.Declined;
                        break;
                    case TxnState.Settling:
                        Settlement.Read(request, _reply);
                        common = Settlement;
                        trigger = Settlement.Approved ? TxnTrigger.Approved : TxnTrigger.Declined;
                        break;
                    default:
                        Management.Read(request, _reply);
                        common = Management;
                        trigger = Management.Approved ? TxnTrigger.Approved : TxnTrigger.Declined;
                        break;
                }

                Code = common.ResponseCode;
                RequiresSignIn = common.RequiresSignIn && state != TxnState.SigningIn;
                return trigger;
            }
            catch (ProtocolException)
            {
                Code = TxnLocalCodes.CodeBadReply;
                return TxnTrigger.BadReply;
            }
            catch (SecurityException)
            {
                Code = TxnLocalCodes.CodeNoKeys;
                return TxnTrigger.BadReply;
            }
        }

        // The host's answer to a repeated refund: 00 with a valid MAC, or 94 ("already have it") with a valid MAC and
        // the amount the terminal sent, means the host holds it; a bad or missing MAC proves nothing (repeat again);
        // any other code is a refusal (nothing refunded).
        private TxnTrigger RefundAnswer(long sentFen)
        {
            if (Financial.MacFailed)
            {
                return TxnTrigger.BadReply;
            }

            if (Financial.Approved)
            {
                return TxnTrigger.Approved;
            }

            if (Financial.ResponseCode == "94")
            {
                bool proven = _reply.MacState == MacState.Valid && Financial.AmountFen == sentFen;
                return proven ? TxnTrigger.Approved : TxnTrigger.BadReply;
            }

            return TxnTrigger.Declined;
        }
    }
}
