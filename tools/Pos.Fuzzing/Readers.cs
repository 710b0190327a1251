using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;

namespace Pos.Fuzzing
{
    /// <summary>Runs the typed reader that fits a request on a parsed reply; only ProtocolException may come out.</summary>
    public sealed class Readers
    {
        private readonly FinancialReply _financial = new FinancialReply();
        private readonly ReversalReply _reversal = new ReversalReply();
        private readonly SignInReply _signIn = new SignInReply();
        private readonly SettlementReply _settlement = new SettlementReply();
        private readonly ManagementReply _management = new ManagementReply();

        /// <summary>Reads <paramref name="reply"/> as the answer to <paramref name="request"/>; false when the reader rejects it.</summary>
        public bool TryRead(IsoMessage request, IsoMessage reply)
        {
            try
            {
                switch (request.Mti)
                {
                    case 200:
                    case 220:
                        _financial.Read(request, reply);
                        break;
                    case 400:
                        _reversal.Read(request, reply);
                        break;
                    case 800:
                        _signIn.Read(request, reply);
                        break;
                    case 500:
                        _settlement.Read(request, reply);
                        break;
                    default:
                        _management.Read(request, reply);
                        break;
                }

                return true;
            }
            catch (ProtocolException)
            {
                return false;
            }
        }
    }
}
