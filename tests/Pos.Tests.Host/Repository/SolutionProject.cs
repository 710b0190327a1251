namespace Pos.Tests.Host.Repository
{
    /// <summary>One Project(...) entry of a solution file.</summary>
    /// <param name="TypeGuid">The project type guid, upper case with braces.</param>
    /// <param name="Name">The display name.</param>
    /// <param name="Path">The path relative to the solution, Windows separators (the name again for folders).</param>
    /// <param name="Guid">The project guid, upper case with braces.</param>
    internal sealed record SolutionProject(string TypeGuid, string Name, string Path, string Guid)
    {
        /// <summary>True for solution folders.</summary>
        public bool IsFolder => TypeGuid == SolutionFile.FolderType;

        /// <summary>The full path of the project file.</summary>
        public string FullPath => RepositoryFiles.Resolve(RepositoryFiles.Root, Path);
    }
}
