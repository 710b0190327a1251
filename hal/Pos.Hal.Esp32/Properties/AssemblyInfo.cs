using System.Reflection;

// The nanoFramework project system (legacy .nfproj) does not generate assembly attributes.
[assembly: AssemblyTitle("Pos.Hal")]
[assembly: AssemblyDescription("HAL seams and their ESP32 implementations for the POS terminal firmware.")]
[assembly: AssemblyProduct("Pos Terminal Firmware")]
[assembly: AssemblyCopyright("Copyright (c) 2026 The open ESP32 payment terminal firmware authors")]
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]
