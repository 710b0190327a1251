using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Localization;
using Pos.Hal;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Card reader: FAIL when the module does not answer its health probe; otherwise reading starts on every interface
    /// and the next <see cref="Signal.CardRead"/> decides: a card is a PASS whose value is the entry mode and the
    /// masked PAN (first 6, last 4; never the clear PAN or track data), a read error is a FAIL naming it.
    /// </summary>
    public sealed class CardReaderCheck : DiagnosticCheck
    {
        /// <summary>The check's key.</summary>
        public const string CheckKey = "card_reader";

        private bool _reading;

        /// <summary>Creates the check.</summary>
        public CardReaderCheck()
            : base(CheckKey, TextKey.DiagCardReader, CheckMode.Asynchronous)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            if (ctx.CardReader == null)
            {
                return CheckResult.NotRun("no seam");
            }

            if (!ctx.CardReader.IsPresent)
            {
                return Fail("reader not responding");
            }

            _reading = true;
            ctx.CardReader.StartReading(true, true, true);
            return CheckResult.Running(string.Empty);
        }

        /// <inheritdoc />
        public override CheckResult Complete(DiagnosticContext ctx, Event e)
        {
            if (!_reading || e.Signal != Signal.CardRead)
            {
                return null;
            }

            _reading = false;
            ctx.CardReader.StopReading();
            CardData card = e.Data as CardData;
            CardReadError error = (CardReadError)e.Param;
            if (error == CardReadError.None && card != null)
            {
                return CheckResult.Pass(ModeName(card.EntryMode) + " " + PanMask.Mask(card.Pan));
            }

            return Fail(ErrorName(error));
        }

        /// <inheritdoc />
        public override void Cancel(DiagnosticContext ctx)
        {
            if (_reading)
            {
                _reading = false;
                ctx.CardReader.StopReading();
            }
        }

        /// <summary>Report name of an entry mode.</summary>
        public static string ModeName(EntryMode mode)
        {
            switch (mode)
            {
                case EntryMode.Manual:
                    return "manual";
                case EntryMode.Magstripe:
                    return "swipe";
                case EntryMode.Chip:
                    return "chip";
                case EntryMode.Contactless:
                    return "tap";
                case EntryMode.Fallback:
                    return "fallback";
                default:
                    return "card";
            }
        }

        /// <summary>Report name of a read error.</summary>
        public static string ErrorName(CardReadError error)
        {
            switch (error)
            {
                case CardReadError.BadTrackData:
                    return "bad track data";
                case CardReadError.ChipFailure:
                    return "chip failure";
                case CardReadError.MultipleCards:
                    return "several cards";
                case CardReadError.ReaderNotResponding:
                    return "reader not responding";
                case CardReadError.CardRemoved:
                    return "card removed";
                default:
                    return "no card data";
            }
        }
    }
}
