using System.Text;
using Pos.Core.Simulation;

namespace Pos.Core.Tests.Remote
{
    /// <summary>An attacker's commands for a world's terminal: well-formed bodies with a signature under the wrong key.</summary>
    public sealed class CommandSignerFor
    {
        private readonly CommandSigner _wrongKey;

        /// <summary>Forgeries aimed at <paramref name="w"/>'s terminal.</summary>
        public CommandSignerFor(RemoteWorld w)
        {
            _wrongKey = new CommandSigner(Encoding.UTF8.GetBytes("not-the-fleet-key"), RemoteWorld.Tid);
        }

        /// <summary>A command <paramref name="name"/> numbered <paramref name="sequence"/>, signed under the wrong key.</summary>
        public byte[] Forge(long sequence, string name)
        {
            return _wrongKey.Command(sequence, name, new string[] { "port", "1" });
        }
    }
}
