namespace Pos.Core.Remote
{
    /// <summary>
    /// What the retained status says (docs/REMOTE.md "Status"), as values the agent reads each tick and compares with
    /// the last one sent: a change is published (at most every few seconds), an unchanged status only as the heartbeat.
    /// </summary>
    public sealed class RemoteStatus
    {
        /// <summary>The firmware version.</summary>
        public string Firmware { get; set; }

        /// <summary>Battery percent, or -1 where nothing measures one.</summary>
        public int Battery { get; set; } = -1;

        /// <summary>The link to the acquirer host: <c>online</c>, <c>offline</c> or <c>checking</c>.</summary>
        public string Link { get; set; }

        /// <summary>Offline advices (and the pending reversal) waiting to be sent.</summary>
        public int Queue { get; set; }

        /// <summary>Advices flagged for review.</summary>
        public int Flagged { get; set; }

        /// <summary>The last self-test's overall result (<c>PASS</c>, <c>WARN</c>, <c>FAIL</c>), or null before the first.</summary>
        public string SelfTest { get; set; }

        /// <summary>When the last self-test ran (ISO text), or null.</summary>
        public string SelfTestAt { get; set; }

        /// <summary>A transaction is in flight.</summary>
        public bool Busy { get; set; }

        /// <summary>Events not sent since boot because of the rate limit.</summary>
        public int Dropped { get; set; }

        /// <summary>A firmware version a remote notice announced, or null.</summary>
        public string FirmwareAvailable { get; set; }

        /// <summary>True when every value equals <paramref name="other"/>'s.</summary>
        public bool SameAs(RemoteStatus other)
        {
            return other != null && Firmware == other.Firmware && Battery / 5 == other.Battery / 5 && Link == other.Link
                && Queue == other.Queue && Flagged == other.Flagged && SelfTest == other.SelfTest && SelfTestAt == other.SelfTestAt
                && Busy == other.Busy && Dropped == other.Dropped && FirmwareAvailable == other.FirmwareAvailable;
        }

        /// <summary>Copies every value from <paramref name="other"/>.</summary>
        public void CopyFrom(RemoteStatus other)
        {
            Firmware = other.Firmware;
            Battery = other.Battery;
            Link = other.Link;
            Queue = other.Queue;
            Flagged = other.Flagged;
            SelfTest = other.SelfTest;
            SelfTestAt = other.SelfTestAt;
            Busy = other.Busy;
            Dropped = other.Dropped;
            FirmwareAvailable = other.FirmwareAvailable;
        }
    }
}
