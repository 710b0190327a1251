using Pos.Core.Offline;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Builds the machine's requests and frames them for the host channel: financial and reversal requests MAC'd with
    /// the working MAC key, sign-in, settlement and batch upload without a MAC. One reused message, frame and payload
    /// buffer (no allocation per request). The message stays readable after framing: the reply is checked against it.
    /// </summary>
    public sealed class RequestFramer
    {
        private readonly IsoPackager _packager;
        private readonly RequestBuilder _builder;
        private readonly IMacCalculator _mac;

        /// <summary>Creates the framer for a terminal's identity and MAC, packing with the terminal's shared packager.</summary>
        public RequestFramer(TerminalSettings terminal, IMacCalculator mac, IsoPackager packager)
        {
            if (packager == null)
            {
                throw new System.ArgumentNullException(nameof(packager));
            }

            _builder = new RequestBuilder(terminal);
            _mac = mac;
            _packager = packager;
        }

        /// <summary>The request last built.</summary>
        public IsoMessage Request { get; } = new IsoMessage();

        /// <summary>The frame last packed (its length is what the packing method returned).</summary>
        public byte[] Frame { get; } = new byte[1024];

        /// <summary>The stored-request payload last written by <see cref="WritePayload"/>.</summary>
        public byte[] Payload { get; } = new byte[512];

        /// <summary>A purchase, void, refund or balance request (also a refund's 0220 repeated): the frame's length.</summary>
        /// <exception cref="SecurityException">The MAC key is missing.</exception>
        public int Financial(FinancialRequest data)
        {
            _builder.Financial(Request, data);
            return _packager.Pack(Request, _mac, Frame, 0);
        }

        /// <summary>The reversal (0400) of a stored request.</summary>
        public int Reversal(FinancialRequest original, string reason, string authCode)
        {
            _builder.Reversal(Request, original, reason, authCode);
            return _packager.Pack(Request, _mac, Frame, 0);
        }

        /// <summary>The sign-in (0800) asking for working keys in <paramref name="mode"/>.</summary>
        public int SignIn(int stan, int batch, SignInKeyMode mode)
        {
            _builder.SignIn(Request, stan, batch, mode);
            return _packager.Pack(Request, null, Frame, 0);
        }

        /// <summary>The settlement (0500) with the batch's totals.</summary>
        public int Settlement(int stan, int batch, SettlementTotals totals)
        {
            _builder.Settlement(Request, stan, batch, totals);
            return _packager.Pack(Request, null, Frame, 0);
        }

        /// <summary>One batch-upload message (0320) of up to eight records.</summary>
        public int BatchUpload(int stan, int batch, BatchRecord[] records, int start, int count)
        {
            _builder.BatchUpload(Request, stan, batch, records, start, count);
            return _packager.Pack(Request, null, Frame, 0);
        }

        /// <summary>The batch upload's closing message.</summary>
        public int BatchUploadEnd(int stan, int batch, int totalRecords)
        {
            _builder.BatchUploadEnd(Request, stan, batch, totalRecords, false);
            return _packager.Pack(Request, null, Frame, 0);
        }

        /// <summary>
        /// The request as it is kept for a reversal or a refund's confirmation (<see cref="RequestPayload"/>, shared with
        /// the offline advices) into <see cref="Payload"/>: tracks are not kept (the 0400 carries none) and the PIN
        /// block never is; the PAN is sealed by <paramref name="cipher"/>. Returns the byte count.
        /// </summary>
        /// <exception cref="Pos.Core.Security.SecurityException">No data key: the PAN is never kept in clear.</exception>
        public int WritePayload(FinancialRequest data, Pos.Core.Security.CardDataCipher cipher)
        {
            string track2 = data.Track2;
            string track3 = data.Track3;
            data.Track2 = null;
            data.Track3 = null;
            try
            {
                return RequestPayload.Write(data, null, cipher, Payload, 0);
            }
            finally
            {
                data.Track2 = track2;
                data.Track3 = track3;
            }
        }
    }
}
