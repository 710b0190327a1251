namespace Pos.Fleet.Storage
{
    /// <summary>The database engines the console's one schema runs on.</summary>
    public enum DatabaseProvider
    {
        /// <summary>SQLite, embedded (the default): one file.</summary>
        Sqlite,

        /// <summary>PostgreSQL, for a larger fleet or several consoles.</summary>
        Postgres,
    }
}
