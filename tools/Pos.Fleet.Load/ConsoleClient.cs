using System.Net.Http.Json;
using System.Text.Json;
using Pos.Fleet.Ingest;
using Pos.Fleet.Storage;

namespace Pos.Fleet.Load
{
    /// <summary>The console's machine-readable pages as a load run reads them: <c>/api/metrics</c>, its reset, <c>/api/terminals</c>.</summary>
    public sealed class ConsoleClient : IDisposable
    {
        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

        private readonly HttpClient _http;

        /// <summary>A client of the console at <paramref name="url"/>.</summary>
        public ConsoleClient(Uri url, TimeSpan timeout)
        {
            _http = new HttpClient { BaseAddress = url, Timeout = timeout };
        }

        /// <summary>The ingest's figures now.</summary>
        public async Task<MetricsSnapshot> MetricsAsync() =>
            await _http.GetFromJsonAsync<MetricsSnapshot>("api/metrics", Json).ConfigureAwait(false) ?? throw new InvalidDataException("/api/metrics: no figures");

        /// <summary>Starts a new lag measurement.</summary>
        public async Task ResetMetricsAsync()
        {
            using HttpResponseMessage response = await _http.PostAsync("api/metrics/reset", null).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }

        /// <summary>Every terminal's latest status.</summary>
        public async Task<IReadOnlyList<TerminalRow>> TerminalsAsync() =>
            await _http.GetFromJsonAsync<List<TerminalRow>>("api/terminals", Json).ConfigureAwait(false) ?? [];

        /// <inheritdoc />
        public void Dispose() => _http.Dispose();
    }
}
