// The emulator page: polls /api/state, redraws the screen canvas from the core's PNG when the frame changed,
// and sends keys, cards and controls as small POSTs. No build step.
'use strict';
const $ = (id) => document.getElementById(id);
let logCursor = 0;
let frameVersion = -1;
let busy = false;

async function post(path) {
  const r = await fetch(path, { method: 'POST' });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) { $('card-result').textContent = body.error || r.statusText; }
  return body;
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
    $('offline-enabled').checked = d.offlineEnabled;
    const items = d.offlineItems.map((x) => '<li>' + x.replace(/[<&]/g, '') + '</li>').join('');
    if ($('offline-items').innerHTML !== items) $('offline-items').innerHTML = items;
    text('reversal', d.reversal);
    text('batch', d.batch);
    text('stan', d.stan);
    text('totals', d.totals);
    text('journal-counts', d.journalCounts);
    text('recovery', d.recovery);
    text('battery', d.batteryPercent < 0 ? 'no battery' : d.batteryPercent + ' % (' + d.batteryMillivolts + ' mV)');
    text('faults', s.faults.length ? s.faults.join(', ') : 'none');
    text('host-info', 'host simulator: ' + s.host + ' · locale ' + d.locale);
    const rows = s.ledger.map((e) => '<tr><td>' + [e.key, e.kind, e.amount, e.pan, e.status].join('</td><td>') + '</td></tr>').join('');
    const tbody = $('ledger').tBodies[0];
    if (tbody.innerHTML !== rows) tbody.innerHTML = rows;
    if (s.log.length) {
      const pre = $('log');
      const atEnd = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 4;
      pre.textContent += s.log.map((l) => l.utc.substring(11, 23) + ' ' + l.text).join('\n') + '\n';
      const all = pre.textContent.split('\n');
      if (all.length > 400) pre.textContent = all.slice(all.length - 400).join('\n');
      logCursor = s.log[s.log.length - 1].number;
      if (atEnd) pre.scrollTop = pre.scrollHeight;
    }
  } catch (e) {
    text('host-info', 'emulator not reachable: ' + e);
  } finally {
    busy = false;
  }
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
  $('offline-enabled').onchange = (e) => post('/api/offline/' + (e.target.checked ? 'on' : 'off'));
  $('power-cut').onclick = () => post('/api/power/cut');
  $('power-on').onclick = () => post('/api/power/on');
  $('power-reboot').onclick = () => post('/api/power/reboot');
  $('battery-mv').onchange = (e) => post('/api/battery?mv=' + e.target.value);
  $('locale-zh').onclick = () => post('/api/locale/zh-CN');
  $('locale-en').onclick = () => post('/api/locale/en-US');
  $('screenshot').onclick = async () => {
    const blob = await (await fetch('/api/screen.png', { cache: 'no-store' })).blob();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'pos-screen.png';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
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
poll();
setInterval(poll, 200);
