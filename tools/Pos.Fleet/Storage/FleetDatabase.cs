using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Pos.Fleet.Storage
{
    /// <summary>Opens connections to the configured engine and lays the schema (<see cref="FleetSchema"/>).</summary>
    public sealed class FleetDatabase
    {
        /// <summary>The database of <paramref name="spec"/>.</summary>
        public FleetDatabase(DatabaseSpec spec)
        {
            Spec = spec;
        }

        /// <summary>Which database.</summary>
        public DatabaseSpec Spec { get; }

        /// <summary>An open connection (pooled by the provider); the caller disposes it.</summary>
        public DbConnection Open()
        {
            DbConnection connection = Spec.Provider == DatabaseProvider.Sqlite
                ? new SqliteConnection(Spec.ConnectionString)
                : new NpgsqlConnection(Spec.ConnectionString);
            connection.Open();
            return connection;
        }

        /// <summary>Creates what is missing of the schema. SQLite's file gets write-ahead logging so the pages read while the ingest writes.</summary>
        public void CreateSchema()
        {
            if (Spec.Provider == DatabaseProvider.Sqlite)
            {
                string? folder = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(Spec.ConnectionString).DataSource));
                if (folder != null)
                {
                    Directory.CreateDirectory(folder);
                }
            }

            using DbConnection connection = Open();
            if (Spec.Provider == DatabaseProvider.Sqlite)
            {
                connection.Execute("PRAGMA journal_mode=WAL");
            }

            foreach (string statement in FleetSchema.Statements)
            {
                connection.Execute(statement);
            }
        }
    }
}
