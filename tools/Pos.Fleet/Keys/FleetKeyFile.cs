using System.Text;

namespace Pos.Fleet.Keys
{
    /// <summary>
    /// Reads the fleet key from a file: its text without the trailing line ends, as UTF-8 bytes (the test key's file holds
    /// <c>pos-test-fleet-key-0001</c>). The key is never printed or logged.
    /// </summary>
    public static class FleetKeyFile
    {
        /// <summary>The key bytes of <paramref name="path"/>; throws when the file is missing or holds no key.</summary>
        public static byte[] Read(string path) => Pos.Fleet.Common.FleetKeys.Load(path);
    }
}
