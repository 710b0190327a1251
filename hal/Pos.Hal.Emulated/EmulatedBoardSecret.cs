using System.Security.Cryptography;
using Pos.Hal;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// <see cref="IBoardSecret"/> for the PC: 32 random bytes made once per machine and user, kept in a file OUTSIDE
    /// the emulator's data folder (by default in the user's local application data), so a data folder copied from
    /// another machine opens no keys, as a flash image moved to another board would not. When the file cannot be
    /// written the secret lives for this run only (<see cref="IsKept"/> false: stored keys are then lost at exit).
    /// </summary>
    public sealed class EmulatedBoardSecret : IBoardSecret
    {
        private const int Length = 32;
        private readonly byte[] _secret;

        /// <summary>The secret in <paramref name="path"/>, made there when missing or too short.</summary>
        public EmulatedBoardSecret(string path)
        {
            Path = path;
            try
            {
                if (File.Exists(path) && new FileInfo(path).Length >= Length)
                {
                    _secret = File.ReadAllBytes(path);
                    IsKept = true;
                    return;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            _secret = RandomNumberGenerator.GetBytes(Length);
            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
                File.WriteAllBytes(path, _secret);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                IsKept = true;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        /// <summary>Where the machine's secret is kept: <c>pos-emulator/board-secret</c> under the user's local application data.</summary>
        public static string DefaultPath => System.IO.Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "pos-emulator", "board-secret");

        /// <summary>The secret's file.</summary>
        public string Path { get; }

        /// <summary>True when the secret is in its file (the same at the next run).</summary>
        public bool IsKept { get; }

        /// <inheritdoc />
        public byte[] Read()
        {
            return (byte[])_secret.Clone();
        }
    }
}
