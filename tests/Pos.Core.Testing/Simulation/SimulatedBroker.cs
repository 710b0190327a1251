using System.Collections;
using System.Text;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// An MQTT broker in memory for shared tests (the host tests use the real Mosquitto): it checks each client's
    /// password, keeps the retained message of each topic, records every message published, routes messages to the
    /// clients subscribed to their topic, and publishes a client's will when its session is lost without a clean
    /// disconnect. Not thread-safe: the simulated world runs on one thread.
    /// </summary>
    public sealed class SimulatedBroker
    {
        private readonly Hashtable _passwords = new Hashtable();
        private readonly Hashtable _retained = new Hashtable();
        private readonly ArrayList _topics = new ArrayList();
        private readonly ArrayList _payloads = new ArrayList();
        private readonly ArrayList _clients = new ArrayList();

        /// <summary>False: every connection attempt fails ("unreachable").</summary>
        public bool Reachable { get; set; } = true;

        /// <summary>False: publishes are accepted but never acknowledged (a broker that hangs).</summary>
        public bool Acknowledges { get; set; } = true;

        /// <summary>Messages published, in order (topics; see <see cref="PayloadAt"/>).</summary>
        public int Count => _topics.Count;

        /// <summary>Lets <paramref name="user"/> in with <paramref name="password"/>.</summary>
        public void AddUser(string user, string password)
        {
            _passwords[user] = password;
        }

        /// <summary>The topic of message <paramref name="index"/>.</summary>
        public string TopicAt(int index)
        {
            return (string)_topics[index];
        }

        /// <summary>The payload of message <paramref name="index"/> as text.</summary>
        public string PayloadAt(int index)
        {
            return (string)_payloads[index];
        }

        /// <summary>The retained message of <paramref name="topic"/> as text, or null.</summary>
        public string Retained(string topic)
        {
            return (string)_retained[topic];
        }

        /// <summary>How many messages were published on <paramref name="topic"/>.</summary>
        public int CountOn(string topic)
        {
            int n = 0;
            for (int i = 0; i < _topics.Count; i++)
            {
                n += (string)_topics[i] == topic ? 1 : 0;
            }

            return n;
        }

        /// <summary>The newest payload on <paramref name="topic"/> that contains <paramref name="part"/> (null: any), or null.</summary>
        public string Last(string topic, string part)
        {
            for (int i = _topics.Count - 1; i >= 0; i--)
            {
                string payload = (string)_payloads[i];
                if ((string)_topics[i] == topic && (part == null || payload.IndexOf(part) >= 0))
                {
                    return payload;
                }
            }

            return null;
        }

        /// <summary>Forgets the messages recorded so far (retained ones stay).</summary>
        public void ClearLog()
        {
            _topics.Clear();
            _payloads.Clear();
        }

        /// <summary>Delivers <paramref name="payload"/> on <paramref name="topic"/> to every subscribed client (as the console does).</summary>
        public void Publish(string topic, byte[] payload, bool retain)
        {
            _topics.Add(topic);
            _payloads.Add(Encoding.UTF8.GetString(payload, 0, payload.Length));
            if (retain)
            {
                _retained[topic] = Encoding.UTF8.GetString(payload, 0, payload.Length);
            }

            for (int i = 0; i < _clients.Count; i++)
            {
                SimulatedRemoteLink client = (SimulatedRemoteLink)_clients[i];
                if (client.Subscribed == topic)
                {
                    client.Deliver(topic, payload);
                }
            }
        }

        /// <summary>Drops every session as a network cut would: wills are published, clients hear "connection lost".</summary>
        public void DropAll()
        {
            while (_clients.Count > 0)
            {
                SimulatedRemoteLink client = (SimulatedRemoteLink)_clients[0];
                Lose(client);
                client.Lost("connection lost");
            }
        }

        internal string Connect(SimulatedRemoteLink client, string user, string password)
        {
            if (!Reachable)
            {
                return "unreachable";
            }

            object expected = _passwords[user];
            if (expected == null || (string)expected != password)
            {
                return "not authorized";
            }

            _clients.Add(client);
            return null;
        }

        internal void Lose(SimulatedRemoteLink client)
        {
            if (_clients.Contains(client))
            {
                _clients.Remove(client);
                if (client.WillTopic != null)
                {
                    Publish(client.WillTopic, client.WillPayload, true);
                }
            }
        }

        internal void Leave(SimulatedRemoteLink client)
        {
            _clients.Remove(client);
        }
    }
}
