// The emulator page: polls /api/state, redraws the screen canvas from the core's PNG when the frame changed,
// and sends keys, cards and controls as small POSTs. No build step.
'use strict';
const $ = (id) => document.getElementById(id);
let logCursor = 0;
let frameVersion = -1;
let busy = false;
let offlinePending = 0; // while a change of the policy is on its way, the checkbox shows the request, not the poll
const logLines = [];    // { line, source } of the serial log (the last 2000)
const LOG_KEEP = 2000;
const ROLL_TAIL = 4000; // the page shows the roll's last 4000 dot lines (50 cm at 8 dots a mm)
let rollShown = '';     // "lines/cuts" of the roll picture shown (a new one is fetched when they change)
let rollVersion = 0;

async function post(path, body) {
  const r = await fetch(path, body === undefined ? { method: 'POST' } : { method: 'POST', body, headers: { 'Content-Type': 'text/plain' } });
  const answer = await r.json().catch(() => ({}));
  if (!r.ok) { $('card-result').textContent = answer.error || r.statusText; }
  return answer;
}

// Yuan as typed ("500", "500.5", "500.50") to fen; anything else goes as typed, for the terminal to refuse.
function fen(yuan) {
  const t = yuan.trim();
  const m = /^(\d{1,15})(?:\.(\d{1,2}))?$/.exec(t);
  return t === '' ? '0' : m ? String(BigInt(m[1]) * 100n + BigInt((m[2] || '0').padEnd(2, '0'))) : t;
}

function key(name) { return post('/api/key/' + encodeURIComponent(name)); }

async function card(pan, mode) {
  const r = await post('/api/card?pan=' + encodeURIComponent(pan) + '&mode=' + encodeURIComponent(mode));
  $('card-result').textContent = (mode + ' ' + pan.slice(0, 6) + '…' + pan.slice(-4) + ': ' + (r.result || r.error || ''));
}

async function drawFrame() {
  const r = await fetch('/api/screen.png?v=' + frameVersion, { cache: 'no-store' });
  const bmp = await createImageBitmap(await r.blob());
  const ctx = $('screen').getContext('2d');
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(bmp, 0, 0);
}

function text(id, value) { const e = $(id); if (e.textContent !== String(value)) e.textContent = value; }

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// The source of a log line is its first word when it ends with ':' ("host:", "emulator:", "link:").
function sourceOf(line) { const m = /^([a-z][\w-]{0,15}):/i.exec(line); return m ? m[1] : 'core'; }

function renderLog() {
  const filter = $('log-filter').value.toLowerCase();
  const source = $('log-source').value;
  const pre = $('log');
  const atEnd = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 4;
  const shown = logLines.filter((l) => (!source || l.source === source) && (!filter || l.line.toLowerCase().includes(filter)));
  pre.textContent = shown.map((l) => l.line).join('\n') + (shown.length ? '\n' : '');
  if (atEnd) pre.scrollTop = pre.scrollHeight;
}

function addLog(lines) {
  const sources = $('log-source');
  for (const l of lines) {
    const source = sourceOf(l.text);
    logLines.push({ line: l.utc.substring(11, 23) + ' ' + l.text, source });
    if (![...sources.options].some((o) => o.value === source)) sources.add(new Option(source, source));
  }
  if (logLines.length > LOG_KEEP) logLines.splice(0, logLines.length - LOG_KEEP);
  renderLog();
}

// A control that shows the device's value unless the user is on it.
function sync(id, value, prop = 'value') { const e = $(id); if (document.activeElement !== e && e[prop] !== value) e[prop] = value; }

// The paper roll beside the screen: the printer's own raster lines, fetched again when lines or cuts changed.
function showPrinter(d) {
  const none = d.printerStatus === 'none';
  $('printer').classList.toggle('none', none);
  text('printer-status', none ? 'none (--printer none)' : d.printerStatus);
  text('printer-roll', none ? '' : '· ' + d.printerLines + ' dot lines · ' + d.printerCuts + ' cuts · ' +
    ({ 384: '58 mm', 576: '80 mm' }[d.printerWidthDots] || d.printerWidthDots + ' dots') + ' · ' + d.printerWaiting + ' slips waiting' +
    (d.printerNotice ? ' · its checklist on the screen' : ''));
  const roll = d.printerLines + '/' + d.printerCuts;
  if (none || roll === rollShown) return;
  rollShown = roll;
  const img = $('roll');
  if (d.printerLines === 0 && d.printerCuts === 0) { img.removeAttribute('src'); img.dataset.roll = roll; return; }
  img.onload = () => { img.dataset.roll = roll; $('paper').scrollTop = $('paper').scrollHeight; };
  img.src = '/api/printer.png?tail=' + ROLL_TAIL + '&v=' + (++rollVersion);
}

async function poll() {
  if (busy) return;
  busy = true;
  try {
    const r = await fetch('/api/state?log=' + logCursor, { cache: 'no-store' });
    const s = await r.json();
    const d = s.device;
    if (d.frameVersion !== frameVersion) { frameVersion = d.frameVersion; await drawFrame(); }
    text('screen-text', d.screenText);
    text('screen-id', d.screenId);
    text('txn-state', d.state);
    text('powered', d.powered ? 'on' : 'off');
    text('boots', d.boots);
    text('first-screen', d.firstScreenMs);
    text('link-state', (d.linkUp ? 'Wi-Fi up' : 'Wi-Fi DOWN') + ' · ' + (d.hostReachable ? 'host reachable' : 'host UNREACHABLE') +
      ' · ' + (d.online ? 'ONLINE' : 'OFFLINE') + (d.linkState ? ' (' + d.linkState + ')' : ''));
    text('offline-count', d.offlineCount);
    text('offline-policy', d.offlineEnabled ? '(offline sales allowed)' : '(offline sales refused by policy)');
    if (!offlinePending) $('offline-enabled').checked = d.offlineEnabled;
    text('offline-age', d.offlineOldestAge);
    text('clock', (d.clockPaused ? 'PAUSED' : '×' + d.clockRate) + ' · uptime ' + (d.uptimeMs / 1000).toFixed(1) + ' s · ' + d.clockUtc + ' UTC' +
      (d.wallFault !== 'None' ? ' (wall clock ' + d.wallFault.toLowerCase() + ')' : ''));
    text('rssi-value', d.rssi);
    sync('rssi', String(d.rssi));
    text('network-info', 'link reports ' + d.network + (d.dnsFails ? ' · DNS FAILS' : '') + ' · flash ' +
      (d.freeBytes < 0 ? '-' : Math.floor(d.freeBytes / 1024) + ' KB free') + (d.readerFault ? ' · card reader FAULT' : ''));
    text('remote-info', 'fleet (MQTT): ' + d.remote);
    sync('dns-fail', d.dnsFails, 'checked');
    sync('flash-full', d.flashFull, 'checked');
    sync('reader-fault', d.readerFault, 'checked');
    sync('wall', d.wallFault === 'None' ? 'ok' : d.wallFault.toLowerCase());
    text('recorded', d.recordedLines);
    showPrinter(d);
    const rp = s.replay;
    text('replay', rp.total === 0 ? '-' : (rp.running ? 'running line ' + rp.line + '/' + rp.total + ': ' + rp.text
      : rp.failure ? 'FAIL line ' + rp.line + ': ' + rp.text + ' → ' + rp.failure : 'PASS (' + rp.total + ' lines)'));
    const items = d.offlineItems.map((x) => '<li>' + x.replace(/[<&]/g, '') + '</li>').join('');
    if ($('offline-items').innerHTML !== items) $('offline-items').innerHTML = items;
    text('reversal', d.reversal);
    text('batch', d.batch);
    text('stan', d.stan);
    text('totals', d.totals);
    text('limits-now', d.limits);
    text('journal-counts', d.journalCounts);
    text('recovery', d.recovery);
    text('audit', d.audit);
    text('battery', d.batteryPercent < 0 ? 'no battery' : d.batteryPercent + ' % (' + d.batteryMillivolts + ' mV)');
    text('faults', s.faults.length ? s.faults.join(', ') : 'none');
    text('host-info', 'host simulator: ' + s.host + ' · locale ' + d.locale);
    const rows = s.ledger.map((e) => '<tr><td>' + [e.key, e.kind, e.amount, e.pan, e.status].join('</td><td>') + '</td></tr>').join('');
    const tbody = $('ledger').tBodies[0];
    if (tbody.innerHTML !== rows) tbody.innerHTML = rows;
    if (s.log.length) {
      addLog(s.log);
      logCursor = s.log[s.log.length - 1].number;
    }
  } catch (e) {
    text('host-info', 'emulator not reachable: ' + e);
  } finally {
    busy = false;
  }
}

async function loadChecks() {
  const select = $('check-key');
  for (const key of await (await fetch('/api/checks')).json()) select.add(new Option(key, key));
}

async function loadCards() {
  const cards = await (await fetch('/api/cards')).json();
  const tbody = $('card-table').tBodies[0];
  for (const c of cards) {
    const tr = document.createElement('tr');
    tr.innerHTML = '<td class="pan"></td><td></td><td></td>';
    tr.cells[0].textContent = c.pan.slice(0, 6) + '…' + c.pan.slice(-4);
    tr.cells[1].textContent = c.label;
    for (const mode of ['insert', 'swipe', 'tap']) {
      const b = document.createElement('button');
      b.id = 'card-' + c.id + '-' + mode;
      b.dataset.testid = b.id;
      b.textContent = mode;
      b.onclick = () => card(c.pan, mode);
      tr.cells[2].appendChild(b);
    }
    tbody.appendChild(tr);
  }
}

function wire() {
  for (const b of document.querySelectorAll('#keypad button')) b.onclick = () => key(b.dataset.key);
  $('custom-card').onsubmit = async (e) => {
    e.preventDefault();
    const amount = $('custom-amount').value.trim();
    if (amount) {
      const fen = Math.round(parseFloat(amount) * 100);
      if (!(fen > 0)) { $('card-result').textContent = 'amount?'; return; }
      for (const ch of String(fen)) await key(ch);
      await key('ENTER');
    }
    await card($('custom-pan').value.trim(), $('custom-mode').value);
  };
  $('card-error').onclick = async () => { const r = await post('/api/card-error'); $('card-result').textContent = r.result; };
  $('link-cut').onclick = () => post('/api/link/down');
  $('link-restore').onclick = () => post('/api/link/up');
  $('host-unreachable').onclick = () => post('/api/host/unreachable');
  $('host-reachable').onclick = () => post('/api/host/reachable');
  $('latency-set').onclick = () => post('/api/fault?kind=latency&ms=' + encodeURIComponent($('latency-ms').value));
  $('fault-drop').onclick = () => post('/api/fault?kind=drop');
  $('fault-close').onclick = () => post('/api/fault?kind=close');
  $('fault-badmac').onclick = () => post('/api/fault?kind=badmac');
  $('fault-clear').onclick = () => post('/api/fault?kind=clear');
  $('offline-enabled').onchange = async (e) => {
    offlinePending++;
    try { await post('/api/offline/' + (e.target.checked ? 'on' : 'off')); } finally { offlinePending--; }
  };
  $('power-cut').onclick = () => post('/api/power/cut');
  $('power-on').onclick = () => post('/api/power/on');
  $('power-reboot').onclick = () => post('/api/power/reboot');
  $('battery-mv').onchange = (e) => post('/api/battery?mv=' + e.target.value);
  $('locale-zh').onclick = () => post('/api/locale/zh-CN');
  $('locale-en').onclick = () => post('/api/locale/en-US');
  $('limits-set').onclick = async () => {
    const q = ['sale', 'daily', 'refund'].map((n) => n + '=' + encodeURIComponent(fen($('limit-' + n).value))).join('&');
    const r = await post('/api/limits?' + q);
    $('limits-result').textContent = r.error || '';
  };
  $('screenshot').onclick = async () => download('pos-screen.png', await (await fetch('/api/screen.png', { cache: 'no-store' })).blob());
  $('actual-size').onchange = (e) => { $('screen').classList.toggle('actual', e.target.checked); $('bezel').classList.toggle('actual', e.target.checked); };
  $('flash-reset').onclick = () => { if (confirm('Wipe the flash (technician PIN, batch, offline queue) and reboot?')) post('/api/flash/reset'); };
  $('clock-pause').onclick = () => post('/api/clock/pause');
  for (const rate of [1, 10, 60]) $('clock-run-' + rate).onclick = () => post('/api/clock/run?rate=' + rate);
  $('clock-step-1s').onclick = () => post('/api/clock/advance?by=1s');
  $('clock-step-1m').onclick = () => post('/api/clock/advance?by=1m');
  $('clock-advance').onclick = () => post('/api/clock/advance?by=' + encodeURIComponent($('clock-by').value.trim()));
  $('rssi').onchange = (e) => post('/api/wifi?rssi=' + e.target.value);
  const net = () => post('/api/network?' + ['ip', 'mask', 'gateway', 'dns'].map((k) => k + '=' + encodeURIComponent($('net-' + k).value.trim() || 'none')).join('&'));
  $('net-apply').onclick = net;
  $('net-bad-gateway').onclick = () => { $('net-gateway').value = '10.0.0.1'; net(); };
  $('net-no-dns').onclick = () => { $('net-dns').value = 'none'; net(); };
  $('dns-fail').onchange = (e) => post('/api/dns/' + (e.target.checked ? 'fail' : 'ok'));
  $('wall').onchange = (e) => post('/api/wall/' + e.target.value);
  $('flash-full').onchange = (e) => post('/api/flash/' + (e.target.checked ? 'full' : 'ok'));
  $('flash-corrupt').onclick = () => { if (confirm('Flip a byte in the middle of each flash file and reboot?')) post('/api/flash/corrupt'); };
  $('reader-fault').onchange = (e) => post('/api/reader/' + (e.target.checked ? 'fault' : 'ok'));
  $('check-run').onclick = async () => { $('check-result').textContent = '…'; const r = await post('/api/check/' + $('check-key').value); $('check-result').textContent = r.result || r.error; };
  $('record-download').onclick = async () => download('pos-scenario.txt', await (await fetch('/api/recording', { cache: 'no-store' })).blob());
  $('record-clear').onclick = () => post('/api/recording/clear');
  $('replay-file').onchange = async (e) => { const f = e.target.files[0]; if (f) { await post('/api/scenario', await f.text()); e.target.value = ''; } };
  const printer = (fault) => post('/api/printer?fault=' + fault);
  $('printer-paper-out').onclick = () => printer('paper-out');
  $('printer-load-paper').onclick = () => printer('ready');
  $('printer-cover-open').onclick = () => printer('cover-open');
  $('printer-cover-close').onclick = () => printer('ready');
  $('printer-tear').onclick = () => post('/api/printer/tear');
  $('printer-run-out').onclick = () => printer('paper-out&after=' + encodeURIComponent($('printer-after').value.trim()));
  $('log-filter').oninput = renderLog;
  $('log-source').onchange = renderLog;
  $('log-export').onclick = () => download('pos-serial-log.txt', new Blob([$('log').textContent], { type: 'text/plain' }));
  const keymap = { Enter: 'ENTER', Backspace: 'CLEAR', Escape: 'CANCEL', f: 'FUNC', F: 'FUNC', ArrowUp: 'UP', ArrowDown: 'DOWN' };
  document.addEventListener('keydown', (e) => {
    if (e.target.closest && e.target.closest('input, select, textarea')) return;
    const name = /^[0-9]$/.test(e.key) ? e.key : keymap[e.key];
    if (!name) return;
    e.preventDefault();
    key(name);
  });
}

wire();
loadCards();
loadChecks();
poll();
setInterval(poll, 200);
