using System.Text;
using Pos.Fleet.Payloads;

namespace Pos.Fleet.Storage
{
    /// <summary>A row of <c>events</c>: the payload as it came, with its type and code.</summary>
    public sealed class EventRow
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; set; } = string.Empty;

        /// <summary>When the console received it (ms since 1970).</summary>
        public long ReceivedMs { get; set; }

        /// <summary>Its time (terminal clock).</summary>
        public string? EventAt { get; set; }

        /// <summary>Its type.</summary>
        public string Type { get; set; } = string.Empty;

        /// <summary>A decline's code.</summary>
        public string? Code { get; set; }

        /// <summary>The payload (UTF-8 JSON text).</summary>
        public string Body { get; set; } = string.Empty;

        /// <summary>The payload read again (it was read when stored), or null if it no longer reads.</summary>
        public EventPayload? Payload()
        {
            try
            {
                return PayloadParser.Event(Tid, Encoding.UTF8.GetBytes(Body));
            }
            catch (PayloadException)
            {
                return null;
            }
        }
    }
}
