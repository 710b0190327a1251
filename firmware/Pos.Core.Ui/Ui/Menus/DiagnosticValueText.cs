using Pos.Core.Common;
using Pos.Core.Localization;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// A self-test value in the reader's language. Checks write their values in short locale-neutral words ("link
    /// down", "3 items, oldest 2 h", "TID 10000001, batch 000001") that the report and the serial log keep as they are;
    /// on the screen each known word is replaced by its catalog text (<c>ui.dv.*</c>), longest match first, whole
    /// words only. Numbers, addresses, codes and units such as dBm, ms, V and KB stay as written.
    /// </summary>
    public static class DiagnosticValueText
    {
        // Longest first, so "host not set" wins over "not set" and "card removed" over "card"; one per key of Keys, packed
        // (PackedNames).
        private const string Words =
            "reader not responding|started empty, not confirmed"
            + "|gateway outside subnet|printing, try again|no reply (timeout)|free space unknown|journal read-only"
            + "|TID/MID invalid|TID/MID not set|sign-in required|closed mid reply|journal corrupt|reply too large"
            + "|no host address|bad track data|external power|before journal|internal error|earlier break"
            + "|out of order|host not set|host is an IP|cover open|overheated|connect failed|not signed in"
            + "|paper out|no DNS server|no IP address|several cards|card removed|no card data|chip failure"
            + "|exchange busy|TID not set|MID not set|send failed|journal new|unreadable|journal ok|no gateway"
            + "|no reading|broken at|link down|no answer|no signal|bad reply|signed in|connected|bad mask|tail cut"
            + "|charging|printing|fallback|offline|no seam|unknown|stopped|skipped|missing|damaged|entries|not set"
            + "|oldest|edited|intact|manual|ready|swipe|items|batch|empty|none|chip|item|code|free|card|tap|min|TID"
            + "|ok|h|d|s|checkerboard|confirmed|rejected|green|white|red|expected|keys|got";

        private static readonly int[] Keys = new int[]
        {
            TextKey.UiDvReaderSilent,
            TextKey.UiDvStartedEmpty,
            TextKey.UiDvGatewaySubnet,
            TextKey.UiDvPrintingRetry,
            TextKey.UiDvNoReply,
            TextKey.UiDvFreeUnknown,
            TextKey.UiDvJournalReadonly,
            TextKey.UiDvIdsInvalid,
            TextKey.UiDvIdsNotSet,
            TextKey.UiDvSigninRequired,
            TextKey.UiDvClosedMidReply,
            TextKey.UiDvJournalCorrupt,
            TextKey.UiDvReplyTooLarge,
            TextKey.UiDvNoHostAddress,
            TextKey.UiDvBadTrack,
            TextKey.UiDvExternalPower,
            TextKey.UiDvBeforeJournal,
            TextKey.UiDvInternalError,
            TextKey.UiDvEarlierBreak,
            TextKey.UiDvOutOfOrder,
            TextKey.UiDvHostNotSet,
            TextKey.UiDvHostIsIp,
            TextKey.UiDvCoverOpen,
            TextKey.UiDvOverheated,
            TextKey.UiDvConnectFailed,
            TextKey.UiDvNotSignedIn,
            TextKey.UiDvPaperOut,
            TextKey.UiDvNoDns,
            TextKey.UiDvNoIp,
            TextKey.UiDvSeveralCards,
            TextKey.UiDvCardRemoved,
            TextKey.UiDvNoCardData,
            TextKey.UiDvChipFailure,
            TextKey.UiDvExchangeBusy,
            TextKey.UiDvTidNotSet,
            TextKey.UiDvMidNotSet,
            TextKey.UiDvSendFailed,
            TextKey.UiDvJournalNew,
            TextKey.UiDvUnreadable,
            TextKey.UiDvJournalOk,
            TextKey.UiDvNoGateway,
            TextKey.UiDvNoReading,
            TextKey.UiDvBrokenAt,
            TextKey.UiDvLinkDown,
            TextKey.UiDvNoAnswer,
            TextKey.UiDvNoSignal,
            TextKey.UiDvBadReply,
            TextKey.UiDvSignedIn,
            TextKey.UiDvConnected,
            TextKey.UiDvBadMask,
            TextKey.UiDvTailCut,
            TextKey.UiDvCharging,
            TextKey.UiDvPrinting,
            TextKey.UiDvFallback,
            TextKey.UiDvOffline,
            TextKey.UiDvNoSeam,
            TextKey.UiDvUnknown,
            TextKey.UiDvStopped,
            TextKey.UiDvSkipped,
            TextKey.UiDvMissing,
            TextKey.UiDvDamaged,
            TextKey.UiDvEntries,
            TextKey.UiDvNotSet,
            TextKey.UiDvOldest,
            TextKey.UiDvEdited,
            TextKey.UiDvIntact,
            TextKey.UiDvManual,
            TextKey.UiDvReady,
            TextKey.UiDvSwipe,
            TextKey.UiDvItems,
            TextKey.UiDvBatch,
            TextKey.UiDvEmpty,
            TextKey.UiDvNone,
            TextKey.UiDvChip,
            TextKey.UiDvItem,
            TextKey.UiDvCode,
            TextKey.UiDvFree,
            TextKey.UiDvCard,
            TextKey.UiDvTap,
            TextKey.UiDvMin,
            TextKey.UiDvTid,
            TextKey.UiDvOk,
            TextKey.UiDvHours,
            TextKey.UiDvDays,
            TextKey.UiDvSeconds,
            TextKey.UiDvCheckerboard,
            TextKey.UiDvConfirmed,
            TextKey.UiDvRejected,
            TextKey.UiDvGreen,
            TextKey.UiDvWhite,
            TextKey.UiDvRed,
            TextKey.UiDvExpected,
            TextKey.UiDvKeys,
            TextKey.UiDvGot,
        };

        /// <summary>The value with every known word in <paramref name="locale"/>'s words.</summary>
        public static string Localize(string value, int locale)
        {
            if (value == null || value.Length == 0)
            {
                return string.Empty;
            }

            string words = Words;
            string result = string.Empty;
            int copied = 0;
            int i = 0;
            while (i < value.Length)
            {
                int length = 0;
                int word = i == 0 || !IsLetter(value[i - 1]) ? Match(words, value, i, ref length) : -1;
                if (word < 0)
                {
                    i++;
                    continue;
                }

                result = result + value.Substring(copied, i - copied) + Catalog.Get(locale, Keys[word]);
                i += length;
                copied = i;
            }

            return copied == 0 ? value : result + value.Substring(copied);
        }

        /// <summary>Number of known words (for tests).</summary>
        public static int Count => PackedNames.Count(Words);

        /// <summary>The locale-neutral word at <paramref name="index"/> (for tests), or null past the last.</summary>
        public static string WordAt(int index)
        {
            return PackedNames.At(Words, index);
        }

        // The index of the first word that is at value[at] as a whole word, its length in length; or -1.
        private static int Match(string words, string value, int at, ref int length)
        {
            int start = 0;
            for (int w = 0; ; w++)
            {
                int end = PackedNames.EndOf(words, start);
                int n = end - start;
                if (at + n <= value.Length && SameAt(value, at, words, start, n) && (at + n == value.Length || !IsLetter(value[at + n])))
                {
                    length = n;
                    return w;
                }

                if (end == words.Length)
                {
                    return -1;
                }

                start = end + 1;
            }
        }

        private static bool SameAt(string value, int at, string words, int start, int count)
        {
            for (int k = 0; k < count; k++)
            {
                if (value[at + k] != words[start + k])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsLetter(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '/';
        }
    }
}
