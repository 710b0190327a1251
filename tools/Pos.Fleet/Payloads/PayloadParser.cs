using System.Text.Json;

namespace Pos.Fleet.Payloads
{
    /// <summary>
    /// Reads the terminals' payloads (docs/REMOTE.md, "Payloads"): UTF-8 JSON objects of version 1. A field the console
    /// does not know is ignored; an unknown version, a missing or mistyped field, a terminal id other than the topic's,
    /// or text that is not JSON throws <see cref="PayloadException"/>.
    /// </summary>
    public static class PayloadParser
    {
        /// <summary>The payload version this console reads.</summary>
        public const long Version = 1;

        /// <summary>
        /// The largest payload read. The contract keeps payloads under 1 KiB; a log excerpt may run longer, and anything
        /// past this is refused unread so one terminal cannot make the console parse megabytes.
        /// </summary>
        public const int MaxBytes = 16 * 1024;

        /// <summary>A status or a last will from <c>pos/&lt;topicTid&gt;/status</c>.</summary>
        public static StatusPayload Status(string topicTid, ReadOnlyMemory<byte> utf8)
        {
            using JsonDocument doc = Open(utf8);
            JsonFields f = Common(doc, topicTid, out string tid);
            return new StatusPayload
            {
                Tid = tid,
                At = f.String("at"),
                N = f.Long("n"),
                Online = f.Bool("online") ?? throw new PayloadException("field online is missing"),
                Fw = f.String("fw"),
                Batt = f.Int("batt"),
                Link = f.String("link"),
                Queue = f.Int("queue"),
                Flagged = f.Int("flagged"),
                St = f.String("st"),
                StAt = f.String("stAt"),
                Busy = f.Bool("busy"),
                Dropped = f.Int("dropped"),
            };
        }

        /// <summary>An event from <c>pos/&lt;topicTid&gt;/event</c>.</summary>
        public static EventPayload Event(string topicTid, ReadOnlyMemory<byte> utf8)
        {
            using JsonDocument doc = Open(utf8);
            JsonFields f = Common(doc, topicTid, out string tid);
            return new EventPayload
            {
                Tid = tid,
                At = f.String("at"),
                N = f.Long("n"),
                Type = f.RequiredString("type"),
                Code = f.Text("code"),
                Class = f.String("class"),
                Who = f.String("who"),
                Kind = f.String("kind"),
                Stan = f.Text("stan"),
                Amount = f.Long("amount"),
                Pan = f.String("pan"),
                Reason = f.String("reason"),
                Result = f.String("result"),
                From = f.String("from"),
                To = f.String("to"),
                Secs = f.Long("secs"),
                Queued = f.Int("queued"),
                Checks = Checks(f),
                Remote = f.Bool("remote"),
                What = f.String("what"),
                Detail = f.String("detail"),
                Lines = Lines(f),
                Chain = f.String("chain"),
            };
        }

        /// <summary>An acknowledgement from <c>pos/&lt;topicTid&gt;/ack</c>.</summary>
        public static AckPayload Ack(string topicTid, ReadOnlyMemory<byte> utf8)
        {
            using JsonDocument doc = Open(utf8);
            JsonFields f = Common(doc, topicTid, out string tid);
            return new AckPayload
            {
                Tid = tid,
                At = f.String("at"),
                Seq = f.Long("seq") ?? throw new PayloadException("field seq is missing"),
                Cmd = f.String("cmd"),
                Result = f.RequiredString("result"),
                Reason = f.String("reason"),
            };
        }

        private static JsonDocument Open(ReadOnlyMemory<byte> utf8)
        {
            if (utf8.Length > MaxBytes)
            {
                throw new PayloadException("payload of " + utf8.Length + " bytes, above " + MaxBytes);
            }

            try
            {
                return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 4 });
            }
            catch (JsonException e)
            {
                throw new PayloadException("not JSON: " + e.Message, e);
            }
        }

        // v first: a payload of another version may have changed any other field.
        private static JsonFields Common(JsonDocument doc, string topicTid, out string tid)
        {
            var f = new JsonFields(doc.RootElement);
            long v = f.Long("v") ?? throw new PayloadException("field v is missing");
            if (v != Version)
            {
                throw new PayloadException("unknown payload version " + v);
            }

            tid = f.RequiredString("tid");
            if (tid != topicTid)
            {
                throw new PayloadException("tid " + tid + " is not the topic's " + topicTid);
            }

            return f;
        }

        private static IReadOnlyList<SelfTestCheck> Checks(JsonFields f)
        {
            var checks = new List<SelfTestCheck>();
            if (f.Array("checks") is not { } items)
            {
                return checks;
            }

            foreach (JsonElement e in items)
            {
                var c = new JsonFields(e);
                checks.Add(new SelfTestCheck { Id = c.RequiredString("id"), S = c.RequiredString("s"), Val = c.Text("val"), List = c.Text("list"), Code = c.Text("code") });
            }

            return checks;
        }

        private static IReadOnlyList<string> Lines(JsonFields f)
        {
            var lines = new List<string>();
            if (f.Array("lines") is not { } items)
            {
                return lines;
            }

            foreach (JsonElement e in items)
            {
                lines.Add(e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new PayloadException("a line of the log is not a string"));
            }

            return lines;
        }
    }
}
