using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Pos.Fleet.Keys;
using Pos.Fleet.Payloads;
using Pos.Fleet.Storage;

namespace Pos.Fleet.Commands
{
    /// <summary>
    /// Sends one command: numbers it (<see cref="SeqClock"/>), signs it under the terminal's command key, records it
    /// in the history, publishes it at QoS 1 to <c>pos/&lt;tid&gt;/cmd</c>. Its ack arrives through the ingest and
    /// lands on the same row (matched by seq).
    /// </summary>
    public sealed class CommandService
    {
        private readonly IFleetKeys _keys;
        private readonly FleetStore _store;
        private readonly ICommandLink _link;
        private readonly ILogger _log;
        private readonly TimeProvider _time;
        private readonly SeqClock _seq = new();
        private readonly HashSet<string> _seeded = new(StringComparer.Ordinal);

        /// <summary>A service signing with <paramref name="keys"/>, recording in <paramref name="store"/>, sending through <paramref name="link"/>.</summary>
        public CommandService(IFleetKeys keys, FleetStore store, ICommandLink link, ILogger log, TimeProvider? time = null)
        {
            _keys = keys;
            _store = store;
            _link = link;
            _log = log;
            _time = time ?? TimeProvider.System;
        }

        /// <summary>Signs, records and publishes <paramref name="cmd"/> with <paramref name="args"/> to <paramref name="tid"/>.</summary>
        public async Task<SignedCommand> SendAsync(string tid, string cmd, JsonObject args, CancellationToken cancel)
        {
            if (!FleetTopic.IsTerminalId(tid))
            {
                throw new ArgumentException("not a terminal id: " + tid, nameof(tid));
            }

            SignedCommand command = Sign(tid, cmd, args);
            try
            {
                await _link.PublishAsync(FleetTopic.Of(tid, TopicKind.Command), Encoding.UTF8.GetBytes(command.Payload), cancel).ConfigureAwait(false);
                _log.LogInformation("sent {Cmd} to {Tid} (seq {Seq})", cmd, tid, command.Seq);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or TimeoutException or OperationCanceledException or MQTTnet.Exceptions.MqttCommunicationException)
            {
                command.SendError = e.Message;
                _store.SetSendError(tid, command.Seq, e.Message);
                _log.LogWarning("{Cmd} to {Tid} (seq {Seq}) not sent: {Error}", cmd, tid, command.Seq, e.Message);
            }

            return command;
        }

        // Numbered and recorded under one lock: two clicks in the same millisecond get two seqs, in the order recorded.
        private SignedCommand Sign(string tid, string cmd, JsonObject args)
        {
            lock (_seeded)
            {
                if (_seeded.Add(tid))
                {
                    // After a restart in the same millisecond (or a clock stepped back) the history still has the last seq.
                    _seq.Observe(tid, _store.MaxSeq(tid));
                }

                DateTimeOffset now = _time.GetUtcNow();
                long seq = _seq.Next(tid, now.ToUnixTimeMilliseconds());
                string line = CommandLine.Build(tid, seq, now, cmd, args);
                var command = new SignedCommand(tid, seq, cmd, line, CommandSigner.Payload(_keys.CommandKey(tid), line));
                _store.AddCommand(tid, seq, cmd, line, now.ToUnixTimeMilliseconds());
                return command;
            }
        }
    }
}
