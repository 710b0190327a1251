namespace Pos.Tests.Host.Repository
{
    /// <summary>A stable (1.x) nanoFramework package: the pinned version, the files its lib folder holds, what it needs.</summary>
    /// <param name="Id">NuGet package id.</param>
    /// <param name="Version">The only version the device projects may use.</param>
    /// <param name="Assemblies">Assembly files in the package's lib folder that a project may reference.</param>
    /// <param name="Dependencies">Packages this one depends on (packages.config does not pull them in by itself).</param>
    internal sealed record NanoPackage(string Id, string Version, string[] Assemblies, string[] Dependencies);
}
