namespace Pos.Tests.Host.Repository
{
    /// <summary>
    /// The pinned nanoFramework package set. Versions mirror the stable (v1.x) table of the team's nanoFramework reference
    /// (reference/nanoframework.md section 13), except nanoFramework.Runtime.Events: 1.11.39, the version
    /// nanoFramework.Hardware.Esp32 1.6.42 depends on at least (its nuspec; the table's 1.11.37 is older). Two are not in that table: nanoFramework.Runtime.Native 1.7.11 is the
    /// version nanoframework/Samples uses beside CoreLibrary 1.17.11 (same reference, section 3), and
    /// nanoFramework.System.IO.Ports 1.1.132 is the version nanoframework/nanoFramework.IoT.Device (devices/Pn532/
    /// packages.config) uses beside CoreLibrary 1.17.11, IO.Streams 1.1.96 and System.Text 1.3.42.
    /// Assembly file names and dependencies come from each package's 1.x nuspec
    /// (flat lib folder; only the 2.0 previews use lib/netnano1.0). nanoFramework.M2Mqtt 5.1.218 is the newest stable
    /// release whose dependencies equal these pins (the kit's README); its project builds nanoFramework.M2Mqtt.Core
    /// beside nanoFramework.M2Mqtt, and the 5.1 package is taken to ship both in lib (as the kit does).
    /// Change a version here and in every packages.config and
    /// HintPath together; the tests fail until all agree.
    /// </summary>
    internal static class NanoPackages
    {
        private const string Core = "nanoFramework.CoreLibrary";
        private const string Events = "nanoFramework.Runtime.Events";
        private const string Text = "nanoFramework.System.Text";
        private const string Threading = "nanoFramework.System.Threading";
        private const string Streams = "nanoFramework.System.IO.Streams";
        private const string Net = "nanoFramework.System.Net";
        private const string Gpio = "nanoFramework.System.Device.Gpio";

        /// <summary>Every package a device project may use.</summary>
        public static readonly NanoPackage[] All =
        {
            new(Core, "1.17.11", new[] { "mscorlib.dll" }, Array.Empty<string>()),
            new(Net, "1.11.54", new[] { "System.Net.dll" }, new[] { Core, Events, Text, Threading, Streams }),
            new("nanoFramework.Hardware.Esp32", "1.6.42", new[] { "nanoFramework.Hardware.Esp32.dll" }, new[] { Core, Events }),
            new("nanoFramework.TestFramework", "3.0.77",
                new[] { "nanoFramework.TestFramework.dll", "nanoFramework.UnitTestLauncher.exe" }, Array.Empty<string>()),
            new("nanoFramework.System.Collections", "1.5.75", new[] { "nanoFramework.System.Collections.dll" }, new[] { Core }),
            new(Text, "1.3.42", new[] { "nanoFramework.System.Text.dll" }, new[] { Core }),
            new(Events, "1.11.39", new[] { "nanoFramework.Runtime.Events.dll" }, new[] { Core }),
            new(Gpio, "1.1.62", new[] { "System.Device.Gpio.dll" }, new[] { Core, Events }),
            new("nanoFramework.System.Device.Spi", "1.3.89", new[] { "System.Device.Spi.dll" }, new[] { Core, Events, Gpio }),
            new("nanoFramework.System.Device.Adc", "1.1.24", new[] { "System.Device.Adc.dll" }, new[] { Core }),
            new("nanoFramework.System.Device.Wifi", "1.5.147", new[] { "System.Device.Wifi.dll" }, new[] { Core, Events, Net }),
            new("nanoFramework.System.IO.FileSystem", "1.1.93", new[] { "System.IO.FileSystem.dll" }, new[] { Core, Events }),
            new(Streams, "1.1.96", new[] { "System.IO.Streams.dll" }, new[] { Core, Text }),
            new(Threading, "1.1.52", new[] { "System.Threading.dll" }, new[] { Core }),
            new("nanoFramework.System.IO.Ports", "1.1.132", new[] { "System.IO.Ports.dll" }, new[] { Core, Events, Streams }),
            new("nanoFramework.Runtime.Native", "1.7.11", new[] { "nanoFramework.Runtime.Native.dll" }, new[] { Core }),
            new("nanoFramework.System.Math", "1.5.116", new[] { "System.Math.dll" }, new[] { Core }),
            new("nanoFramework.M2Mqtt", "5.1.218", new[] { "nanoFramework.M2Mqtt.dll", "nanoFramework.M2Mqtt.Core.dll" },
                new[] { Core, Events, "nanoFramework.Runtime.Native", "nanoFramework.System.Collections", Net }),
            new("nanoFramework.System.Security.Cryptography", "1.0.43",
                new[] { "nanoFramework.System.Security.Cryptography.dll" }, new[] { Core }),
        };

        /// <summary>The package with that id, or null when it is not pinned.</summary>
        public static NanoPackage? Find(string id) => All.FirstOrDefault(p => p.Id == id);
    }
}
