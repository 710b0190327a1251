using System.Security.Cryptography;

namespace Pos.Tests.Host.Security
{
    /// <summary>
    /// .NET's own DES and TripleDES (ECB/CBC, no padding) as an independent implementation for the oracle tests of
    /// Pos.Core.Security. Built fresh for each call: slow, but obviously right.
    /// </summary>
    internal static class DotNetOracle
    {
        /// <summary>ECB encryption of whole blocks with DES (8-byte key) or TripleDES (16/24-byte key).</summary>
        public static byte[] EncryptEcb(byte[] key, byte[] data)
        {
            using SymmetricAlgorithm cipher = Create(key);
            return cipher.EncryptEcb(data, PaddingMode.None);
        }

        /// <summary>ECB decryption of whole blocks.</summary>
        public static byte[] DecryptEcb(byte[] key, byte[] data)
        {
            using SymmetricAlgorithm cipher = Create(key);
            return cipher.DecryptEcb(data, PaddingMode.None);
        }

        /// <summary>The last block of a CBC encryption with a zero IV (a CBC-MAC of already padded data).</summary>
        public static byte[] CbcLastBlock(byte[] key, byte[] paddedData)
        {
            using SymmetricAlgorithm cipher = Create(key);
            byte[] all = cipher.EncryptCbc(paddedData, new byte[8], PaddingMode.None);
            return all[^8..];
        }

        /// <summary>Zero-pads to a multiple of 8 bytes; empty data becomes one zero block.</summary>
        public static byte[] ZeroPad(byte[] data)
        {
            int length = data.Length == 0 ? 8 : (data.Length + 7) / 8 * 8;
            byte[] padded = new byte[length];
            data.CopyTo(padded, 0);
            return padded;
        }

        /// <summary>True when .NET refuses the key (weak or degenerate); such random keys are skipped.</summary>
        public static bool Rejects(byte[] key)
        {
            try
            {
                using SymmetricAlgorithm cipher = Create(key);
                return false;
            }
            catch (CryptographicException)
            {
                return true;
            }
        }

        private static SymmetricAlgorithm Create(byte[] key)
        {
            SymmetricAlgorithm cipher = key.Length == 8 ? DES.Create() : TripleDES.Create();

            // OpenSSL 3 (.NET's provider on Linux) refuses two-key 3DES in ECB; K1 K2 K1 as three keys is the same cipher.
            cipher.Key = key.Length == 16 ? [.. key, .. key[..8]] : key;
            return cipher;
        }
    }
}
