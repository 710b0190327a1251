using Pos.Core.Audit;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Hal;

namespace Pos.Core.Remote
{
    /// <summary>
    /// Writes the terminal's payloads (docs/REMOTE.md "Payloads"): the status and its will, the events and the
    /// acknowledgements, each a small versioned JSON object stamped with the terminal id, the time and a number.
    /// Nothing goes in that a receipt would not show: card numbers arrive masked, and no key, PIN or password is ever
    /// handed to it.
    /// </summary>
    public sealed class RemotePayloads
    {
        /// <summary>The payload version written in every message (<c>"v"</c>).</summary>
        public const int Version = 1;

        /// <summary>Most log lines a <c>log</c> event carries.</summary>
        public const int MaxLogLines = 50;

        /// <summary>Longest payload, in characters; a longer log excerpt is cut at a whole line.</summary>
        public const int MaxChars = 4096;

        private readonly JsonWriter _json = new JsonWriter();
        private readonly string _terminalId;
        private readonly IClock _clock;
        private int _statusNumber;
        private int _eventNumber;

        /// <summary>Payloads of terminal <paramref name="terminalId"/>, stamped from <paramref name="clock"/>.</summary>
        public RemotePayloads(string terminalId, IClock clock)
        {
            _terminalId = terminalId;
            _clock = clock;
        }

        /// <summary>The status, online.</summary>
        public string Status(RemoteStatus s)
        {
            Head(++_statusNumber).Field("online", true).Field("fw", s.Firmware);
            if (s.Battery >= 0)
            {
                _json.Field("batt", s.Battery);
            }

            _json.Field("link", s.Link).Field("queue", s.Queue).Field("flagged", s.Flagged).Field("st", s.SelfTest)
                .Field("stAt", s.SelfTestAt).Field("busy", s.Busy).Field("dropped", s.Dropped).Field("fwAvail", s.FirmwareAvailable);
            return _json.End();
        }

        /// <summary>The last will: the status the broker publishes when the terminal is gone.</summary>
        public string Will()
        {
            return _json.Begin().Field("v", Version).Field("tid", _terminalId).Field("online", false).End();
        }

        /// <summary>A transaction that did not go through: its code (field 39 or local) with the catalog's class and who acts.</summary>
        public string Decline(string code, string kind, int stan, long amountFen, string maskedPan)
        {
            int key = code != null && code.Length == 2 ? Catalog.KeyForCode(code) : -1; // a local code: the console looks it up
            key = key == TextKey.RcUnknown ? -1 : key;
            Event("decline").Field("code", code).Field("class", ClassLetter(key)).Field("who", key < 0 ? null : WhoName(Catalog.WhoOf(key)))
                .Field("kind", kind).Field("stan", stan).Field("amount", amountFen).Field("pan", maskedPan);
            return _json.End();
        }

        /// <summary>A reversal that ended: the original's number, why it was sent and how it ended.</summary>
        public string Reversal(int stan, string reason, string result)
        {
            Event("reversal").Field("stan", stan).Field("reason", reason).Field("result", result);
            return _json.End();
        }

        /// <summary>An offline period that ended.</summary>
        public string OfflinePeriod(string from, string to, long seconds, int queued)
        {
            Event("offline").Field("from", from).Field("to", to).Field("secs", seconds).Field("queued", queued);
            return _json.End();
        }

        /// <summary>The self-test's report: the overall result and each check of the last run.</summary>
        public string SelfTest(DiagnosticRunner runner, string result, bool remote)
        {
            Event("selftest").Field("result", result).Field("remote", remote).BeginArray("checks");
            for (int i = 0; i < runner.Count; i++)
            {
                if (!runner.IsCurrent(i))
                {
                    continue;
                }

                IDiagnosticCheck check = runner.CheckAt(i);
                CheckResult r = runner.ResultAt(i);
                _json.BeginItem().Field("id", check.Key).Field("s", CheckStatusNames.Of(r.Status)).Field("val", Short(r.Value, DiagnosticReport.MaxValueChars));
                if (r.HasChecklist && r.ChecklistKey != check.TitleKey)
                {
                    _json.Field("list", Catalog.KeyName(r.ChecklistKey));
                }

                _json.EndItem();
            }

            _json.EndArray();
            return _json.End();
        }

        /// <summary>A security event: what (<c>forged-command</c>, <c>pin-lockout</c>, …) and a short detail.</summary>
        public string Security(string what, string detail)
        {
            Event("security").Field("what", what).Field("detail", detail);
            return _json.End();
        }

        /// <summary>The audit trail's newest <paramref name="count"/> entries, oldest first, and the chain's state.</summary>
        public string Log(AuditTrail trail, int count)
        {
            Event("log").Field("chain", AuditExport.ChainText(trail)).BeginArray("lines");
            int first = trail.Count > count ? trail.Count - count : 0;
            AuditCursor cursor = trail.Read(first);
            AuditEntry entry = new AuditEntry();
            while (cursor.Next(entry) && _json.Length < MaxChars - 200)
            {
                _json.Item(AuditExport.Line(entry));
            }

            _json.EndArray();
            return _json.End();
        }

        /// <summary>The acknowledgement of command <paramref name="sequence"/>.</summary>
        public string Ack(long sequence, string command, CommandVerdict verdict, string reason, string detail)
        {
            Head(0).Field("seq", sequence).Field("cmd", command).Field("result", CommandVerdictNames.Of(verdict)).Field("reason", reason)
                .Field("detail", detail);
            return _json.End();
        }

        private JsonWriter Event(string type)
        {
            return Head(++_eventNumber).Field("type", type);
        }

        private JsonWriter Head(int number)
        {
            _json.Begin().Field("v", Version).Field("tid", _terminalId).Field("at", IsoTime.Format(_clock.UtcNow));
            return number > 0 ? _json.Field("n", number) : _json;
        }

        // The catalog's class letter (A success … E system fault), or null for a code it does not know.
        private static string ClassLetter(int key)
        {
            if (key < 0)
            {
                return null;
            }

            int c = (int)Catalog.ClassOf(key);
            return c >= 1 && c <= 5 ? "ABCDE".Substring(c - 1, 1) : null;
        }

        private static string WhoName(Actor who)
        {
            switch (who)
            {
                case Actor.Cardholder: return "cardholder";
                case Actor.Cashier: return "cashier";
                case Actor.Merchant: return "merchant";
                case Actor.Technician: return "technician";
                default: return null;
            }
        }

        private static string Short(string text, int max)
        {
            return text == null || text.Length <= max ? text : text.Substring(0, max);
        }
    }
}
