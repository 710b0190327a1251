using Pos.Core.Storage;

namespace Pos.Core.Offline
{
    /// <summary>
    /// The offline limits a technician set from afar (remote management's <c>set</c>, docs/REMOTE.md), kept in the
    /// journal so they outlive a reboot and win over the installation's <see cref="OfflinePolicySettings"/>: per sale
    /// (<see cref="LimitKey"/>), the queue's total (<see cref="CapKey"/>) and its count (<see cref="CountKey"/>), as
    /// decimal text. A damaged value is ignored (the installation's stands).
    /// </summary>
    public static class OfflineLimitsSetting
    {
        /// <summary>Journal setting: the largest offline sale, in fen.</summary>
        public const string LimitKey = "offline.limit";

        /// <summary>Journal setting: the largest total of the offline queue, in fen.</summary>
        public const string CapKey = "offline.cap";

        /// <summary>Journal setting: the most offline sales queued.</summary>
        public const string CountKey = "offline.count";

        /// <summary>Overlays the stored limits on <paramref name="settings"/> (a copy the caller validates).</summary>
        public static void ReadInto(JournalState state, OfflinePolicySettings settings)
        {
            long limit = Number(state.GetSetting(LimitKey));
            long cap = Number(state.GetSetting(CapKey));
            long count = Number(state.GetSetting(CountKey));
            if (limit > 0)
            {
                settings.TransactionLimitFen = limit;
            }

            if (cap > 0)
            {
                settings.TotalCapFen = cap;
            }

            if (count > 0 && count <= OfflinePolicySettings.MaxQueueCount)
            {
                settings.MaxCount = (int)count;
            }
        }

        /// <summary>A non-negative decimal number, or -1 when the text is not one.</summary>
        public static long Number(string text)
        {
            if (text == null || text.Length == 0 || text.Length > 18)
            {
                return -1;
            }

            long n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                n = (n * 10) + (c - '0');
            }

            return n;
        }
    }
}
