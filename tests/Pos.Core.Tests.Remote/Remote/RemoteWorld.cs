using Pos.Core.App;
using Pos.Core.Remote;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;

namespace Pos.Core.Tests.Remote
{
    /// <summary>
    /// A terminal with remote management on, over a <see cref="SimulatedBroker"/>: the scenario runner's world (host,
    /// card reader, keypad, flash) with the test fleet's secrets derived for terminal 12345678, and a console's signer.
    /// </summary>
    public sealed class RemoteWorld
    {
        /// <summary>The terminal id.</summary>
        public const string Tid = "12345678";

        private long _sequence = 1796292000000;

        /// <summary>Boots the terminal, connected to the broker, signed in and idle.</summary>
        public RemoteWorld()
        {
            byte[] fleet = RemoteKeys.TestFleetKey();
            Broker = new SimulatedBroker();
            Broker.AddUser(Tid, RemoteKeys.BrokerPassword(fleet, Tid));
            TerminalOptions options = new TerminalOptions(Tid, "123456789012345");
            options.FirmwareVersion = "1.0.0";
            Runner = new ScenarioRunner(options);
            RemoteSettings settings = new RemoteSettings();
            settings.BrokerHost = "127.0.0.1";
            settings.Password = RemoteKeys.BrokerPassword(fleet, Tid);
            settings.CommandKey = RemoteKeys.CommandKey(fleet, Tid);
            Runner.Options.Remote = settings;
            Runner.RemoteLink = new SimulatedRemoteLink(Broker);
            Runner.Restart();
            Signer = new CommandSigner(RemoteKeys.CommandKey(fleet, Tid), Tid);
            Topics = new RemoteTopics(Tid);
            Run("wait online\nadvance 1s\nkey CANCEL\nadvance 6s");
        }

        /// <summary>The broker.</summary>
        public SimulatedBroker Broker { get; }

        /// <summary>The terminal's world.</summary>
        public ScenarioRunner Runner { get; }

        /// <summary>Signs as the console does.</summary>
        public CommandSigner Signer { get; }

        /// <summary>The terminal's topics.</summary>
        public RemoteTopics Topics { get; }

        /// <summary>The app.</summary>
        public TerminalApp App => Runner.App;

        /// <summary>The agent.</summary>
        public RemoteAgent Agent => Runner.App.Remote;

        /// <summary>The retained status.</summary>
        public string Status => Broker.Retained(Topics.Status);

        /// <summary>Runs scenario lines; fails the test on the first that does not hold.</summary>
        public void Run(string script)
        {
            string failure = Runner.Run(script);
            if (failure != null)
            {
                throw new System.Exception(failure);
            }
        }

        /// <summary>The next command number, as the console's clock would give it.</summary>
        public long NextSequence()
        {
            return ++_sequence;
        }

        /// <summary>Signs and sends a command (name, value pairs in <paramref name="args"/>), then lets the terminal handle it.</summary>
        public byte[] Send(string name, string[] args)
        {
            byte[] payload = Signer.Command(NextSequence(), name, args);
            SendRaw(payload);
            return payload;
        }

        /// <summary>Delivers a payload as it is on the command topic.</summary>
        public void SendRaw(byte[] payload)
        {
            Broker.Publish(Topics.Command, payload, false);
            Runner.Advance(100);
        }

        /// <summary>Every message the broker saw, one per line (for a failing test's message).</summary>
        public string Dump()
        {
            string all = string.Empty;
            for (int i = 0; i < Broker.Count; i++)
            {
                all += Broker.TopicAt(i) + " " + Broker.PayloadAt(i) + "\n";
            }

            return all;
        }

        /// <summary>The newest acknowledgement, or null.</summary>
        public string LastAck => Broker.Last(Topics.Ack, null);

        /// <summary>The newest event containing <paramref name="part"/>, or null.</summary>
        public string LastEvent(string part)
        {
            return Broker.Last(Topics.Event, part);
        }

        /// <summary>True when any message the broker saw contains <paramref name="text"/>.</summary>
        public bool AnyMessageContains(string text)
        {
            for (int i = 0; i < Broker.Count; i++)
            {
                if (Broker.PayloadAt(i).IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
