namespace Pos.HostSim
{
    /// <summary>
    /// The host's books, keyed by (TID, batch, STAN): approved transactions with their status, reversals of unknown
    /// transactions (so a late original is refused), settlements and batch uploads. Thread-safe; every query returns a
    /// snapshot. Semantics in docs/HOSTSIM.md "Ledger".
    /// </summary>
    public sealed class Ledger
    {
        private readonly object _gate = new();
        private readonly List<TransactionKey> _order = [];
        private readonly Dictionary<TransactionKey, LedgerEntry> _entries = [];
        private readonly HashSet<TransactionKey> _reversedUnknown = [];
        private readonly Dictionary<TransactionKey, int> _reversalMessages = [];
        private readonly List<SettlementRecord> _settlements = [];
        private readonly List<UploadedRecord> _uploads = [];

        /// <summary>Every entry in arrival order.</summary>
        public IReadOnlyList<LedgerEntry> Entries
        {
            get
            {
                lock (_gate)
                {
                    return _order.Select(k => _entries[k]).ToList();
                }
            }
        }

        /// <summary>Every settlement answered, in order.</summary>
        public IReadOnlyList<SettlementRecord> Settlements
        {
            get
            {
                lock (_gate)
                {
                    return _settlements.ToList();
                }
            }
        }

        /// <summary>Every batch-upload record received, in order.</summary>
        public IReadOnlyList<UploadedRecord> Uploads
        {
            get
            {
                lock (_gate)
                {
                    return _uploads.ToList();
                }
            }
        }

        /// <summary>The entry with this key, or null.</summary>
        public LedgerEntry? Find(TransactionKey key)
        {
            lock (_gate)
            {
                return _entries.TryGetValue(key, out var entry) ? entry : null;
            }
        }

        /// <summary>How many 0400 messages arrived for this key (answered 00, 12 or 25).</summary>
        public int ReversalMessages(TransactionKey key)
        {
            lock (_gate)
            {
                return _reversalMessages.TryGetValue(key, out int n) ? n : 0;
            }
        }

        /// <summary>The settlement totals of one terminal's batch, computed from the entries (see <see cref="LedgerEntry.CountsAsDebit"/>).</summary>
        public BatchTotals Totals(string tid, int batch)
        {
            lock (_gate)
            {
                long dd = 0, dc = 0, fd = 0, fc = 0;
                int ddn = 0, dcn = 0, fdn = 0, fcn = 0;
                foreach (var e in _entries.Values.Where(e => e.Key.Tid == tid && e.Key.Batch == batch))
                {
                    if (e.CountsAsDebit)
                    {
                        if (e.Foreign) { fd += e.AmountFen; fdn++; } else { dd += e.AmountFen; ddn++; }
                    }
                    else if (e.CountsAsCredit)
                    {
                        if (e.Foreign) { fc += e.AmountFen; fcn++; } else { dc += e.AmountFen; dcn++; }
                    }
                }

                return new BatchTotals(dd, ddn, dc, dcn, fd, fdn, fc, fcn);
            }
        }

        /// <summary>Forgets everything.</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _order.Clear();
                _entries.Clear();
                _reversedUnknown.Clear();
                _reversalMessages.Clear();
                _settlements.Clear();
                _uploads.Clear();
            }
        }

        /// <summary>A one-line-per-entry listing for the control protocol.</summary>
        public string Describe()
        {
            var lines = Entries.Select(e => e.Key + " " + e.Kind + " " + e.AmountFen + " " + e.Status + " " + e.MaskedPan +
                (e.RefundedFen > 0 ? " refunded " + e.RefundedFen : string.Empty) + (e.Original is { } o ? " of " + o : string.Empty));
            return string.Join("\n", lines.DefaultIfEmpty("(empty)"));
        }

        /// <summary>True when the key is taken by an entry or by a reversal of an unknown transaction.</summary>
        internal bool IsKnown(TransactionKey key)
        {
            lock (_gate)
            {
                return _entries.ContainsKey(key) || _reversedUnknown.Contains(key);
            }
        }

        /// <summary>Adds an entry unless its key is known; false when it was (duplicate).</summary>
        internal bool TryAdd(LedgerEntry entry)
        {
            lock (_gate)
            {
                if (_entries.ContainsKey(entry.Key) || _reversedUnknown.Contains(entry.Key))
                {
                    return false;
                }

                _entries.Add(entry.Key, entry);
                _order.Add(entry.Key);
                return true;
            }
        }

        /// <summary>Sets an entry's status.</summary>
        internal void SetStatus(TransactionKey key, LedgerStatus status)
        {
            lock (_gate)
            {
                _entries[key] = _entries[key] with { Status = status };
            }
        }

        /// <summary>
        /// Books a refund of <paramref name="amountFen"/> under <paramref name="key"/> against <paramref name="original"/>,
        /// made by <paramref name="approve"/> only once it is allowed (so a declined refund takes no RRN). An original
        /// the ledger holds must be a purchase or advice still counted as a debit (else 12: voided, reversed, or not a
        /// debit) with at least the amount left to refund (else 13); its refunded total grows by the amount, and its
        /// status becomes <see cref="LedgerStatus.PartiallyRefunded"/>, or <see cref="LedgerStatus.Refunded"/> once the
        /// total reaches its amount. An original the ledger never saw is the issuer's business: booked as is. Returns
        /// the reply code.
        /// </summary>
        internal string BookRefund(TransactionKey key, TransactionKey original, long amountFen, Func<LedgerEntry> approve)
        {
            lock (_gate)
            {
                if (_entries.ContainsKey(key) || _reversedUnknown.Contains(key))
                {
                    return "94";
                }

                if (_entries.TryGetValue(original, out var o))
                {
                    if (!o.CountsAsDebit)
                    {
                        return "12";
                    }

                    if (amountFen > o.RefundableFen)
                    {
                        return "13";
                    }

                    long refunded = o.RefundedFen + amountFen;
                    _entries[original] = o with
                    {
                        RefundedFen = refunded,
                        Status = refunded == o.AmountFen ? LedgerStatus.Refunded : LedgerStatus.PartiallyRefunded,
                    };
                }

                LedgerEntry refund = approve();
                _entries.Add(key, refund);
                _order.Add(key);
                return "00";
            }
        }

        /// <summary>
        /// Applies a reversal: an approved purchase or void becomes reversed (a reversed void restores its original);
        /// an entry already reversed stays so (idempotent). Returns the reply code: 00 done, 25 unknown (remembered so a
        /// late original is refused as a duplicate), 12 for entries a reversal cannot touch.
        /// </summary>
        internal string Reverse(TransactionKey key)
        {
            lock (_gate)
            {
                _reversalMessages[key] = _reversalMessages.TryGetValue(key, out int n) ? n + 1 : 1;
                if (!_entries.TryGetValue(key, out var entry))
                {
                    _reversedUnknown.Add(key);
                    return "25";
                }

                if (entry.Status == LedgerStatus.Reversed)
                {
                    return "00";
                }

                if (entry.Kind == LedgerEntryKind.Void && entry.Status == LedgerStatus.Approved)
                {
                    _entries[key] = entry with { Status = LedgerStatus.Reversed };
                    if (entry.Original is { } original && _entries.TryGetValue(original, out var o) && o.Status == LedgerStatus.Voided)
                    {
                        _entries[original] = o with { Status = LedgerStatus.Approved };
                    }

                    return "00";
                }

                if (entry.Kind == LedgerEntryKind.Purchase && entry.Status == LedgerStatus.Approved)
                {
                    _entries[key] = entry with { Status = LedgerStatus.Reversed };
                    return "00";
                }

                // Voided or refunded purchases, refunds and advices are not reversible by a 0400.
                return "12";
            }
        }

        internal void AddSettlement(SettlementRecord record)
        {
            lock (_gate)
            {
                _settlements.Add(record);
            }
        }

        internal void AddUploads(IEnumerable<UploadedRecord> records)
        {
            lock (_gate)
            {
                _uploads.AddRange(records);
            }
        }
    }
}
