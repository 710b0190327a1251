using System;
using System.Net.NetworkInformation;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// <see cref="IBoardSecret"/> on the ESP32: the Wi-Fi station's MAC address, which nanoFramework takes from the
    /// chip's factory eFuse MAC (the only per-chip value its 1.x libraries expose: nanoFramework.Runtime.Native and
    /// nanoFramework.Hardware.Esp32 have no unique-id call). It binds the stored keys to this chip, so a flash image
    /// moved to another board opens nothing; it is not secret from someone holding this very board (the MAC is sent on
    /// air), which is why docs/SECURITY.md plans a secure element behind the same key-store seam.
    /// </summary>
    public sealed class Esp32BoardSecret : IBoardSecret
    {
        /// <inheritdoc />
        public byte[] Read()
        {
            NetworkInterface wifi = Esp32WifiLink.FindWifi();
            byte[] mac = wifi == null ? null : wifi.PhysicalAddress;
            if (mac == null || mac.Length < 6 || IsBlank(mac))
            {
                throw new InvalidOperationException("no factory MAC");
            }

            byte[] copy = new byte[mac.Length];
            Array.Copy(mac, copy, mac.Length);
            return copy;
        }

        private static bool IsBlank(byte[] mac)
        {
            for (int i = 0; i < mac.Length; i++)
            {
                if (mac[i] != 0 && mac[i] != 0xFF)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
