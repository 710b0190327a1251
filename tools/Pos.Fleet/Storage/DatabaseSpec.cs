using Microsoft.Data.Sqlite;
using Npgsql;

namespace Pos.Fleet.Storage
{
    /// <summary>
    /// Which database the console keeps its history in: <c>sqlite:PATH</c> (or <c>sqlite:</c> and a connection string),
    /// or <c>postgres:</c> and an Npgsql connection string (<c>postgres:Host=db;Database=fleet;Username=fleet;Password=…</c>).
    /// </summary>
    public sealed class DatabaseSpec
    {
        private DatabaseSpec(DatabaseProvider provider, string connectionString)
        {
            Provider = provider;
            ConnectionString = connectionString;
        }

        /// <summary>The engine.</summary>
        public DatabaseProvider Provider { get; }

        /// <summary>The provider's connection string (may hold a password: never printed, see <see cref="Display"/>).</summary>
        public string ConnectionString { get; }

        /// <summary>What may be printed: the engine and the connection string without its password.</summary>
        public string Display => Provider switch
        {
            DatabaseProvider.Sqlite => "sqlite:" + new SqliteConnectionStringBuilder(ConnectionString).DataSource,
            _ => "postgres:" + new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ConnectionString,
        };

        /// <summary>Reads <c>sqlite:…</c> or <c>postgres:…</c> (also <c>postgresql:…</c>); throws <see cref="FormatException"/> otherwise.</summary>
        public static DatabaseSpec Parse(string text)
        {
            int colon = text.IndexOf(':', StringComparison.Ordinal);
            string scheme = colon < 0 ? string.Empty : text[..colon].Trim().ToLowerInvariant();
            string rest = colon < 0 ? string.Empty : text[(colon + 1)..].Trim();
            if (rest.Length == 0)
            {
                throw new FormatException("--db wants sqlite:PATH or \"postgres:Host=…;Database=…;Username=…\", got " + (colon < 0 ? text : scheme + ":"));
            }

            try
            {
                switch (scheme)
                {
                    case "sqlite":
                        string sqlite = rest.Contains('=', StringComparison.Ordinal) ? rest : new SqliteConnectionStringBuilder { DataSource = rest }.ConnectionString;
                        _ = new SqliteConnectionStringBuilder(sqlite);
                        return new DatabaseSpec(DatabaseProvider.Sqlite, sqlite);
                    case "postgres":
                    case "postgresql":
                        _ = new NpgsqlConnectionStringBuilder(rest);
                        return new DatabaseSpec(DatabaseProvider.Postgres, rest);
                    default:
                        throw new FormatException("--db: unknown database " + scheme + " (sqlite or postgres)");
                }
            }
            catch (ArgumentException e)
            {
                // The connection string's own complaint; it names a keyword, never a value.
                throw new FormatException("--db: " + e.Message, e);
            }
        }
    }
}
