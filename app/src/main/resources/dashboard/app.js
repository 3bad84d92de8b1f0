// Strike operator dashboard: plain JavaScript, no build step, no third-party code.
// The token lives in sessionStorage (this tab only); every API call sends it as a bearer header, the live stream
// included (read with fetch, so the token never goes into a URL).
'use strict';

const TOKEN_KEY = 'strike.token';
const MAX_ROWS = 50;
const $ = (id) => document.getElementById(id);

let streamAbort = null;
let refreshTimer = null;
let seenVersion = -1;

function token() { return sessionStorage.getItem(TOKEN_KEY); }

function show(signedIn) {
  $('login').hidden = signedIn;
  $('app').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
}

function message(text, kind) {
  const el = $('message');
  el.textContent = text;
  el.className = 'message ' + (kind || '');
}

async function api(method, path, body) {
  const headers = { Authorization: 'Bearer ' + token() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json().catch(() => ({}));
  if (res.status === 401) {
    signOut('Token refused: ' + (json.error || 'unauthorized'));
    throw new Error('unauthorized');
  }
  if (!res.ok) throw new Error((json.error || res.statusText) + (json.problems && json.problems.length
    ? ': ' + json.problems.join('; ') : ''));
  return json;
}

// ---------------------------------------------------------------------------------------------- formatting

function dollars(text) {
  if (text === undefined || text === null) return '–';
  const n = Number(text);
  const s = Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (n < 0 ? '-$' : '$') + s;
}
function signed(el, text) {
  el.textContent = dollars(text);
  el.classList.toggle('pos', Number(text) > 0);
  el.classList.toggle('neg', Number(text) < 0);
}
function price(text) {
  if (text === undefined || text === null) return '–';
  return '$' + Number(text).toFixed(4).replace(/0{1,2}$/, '');
}
function age(ms) {
  const s = Math.round(ms / 1000);
  if (s < 120) return s + ' s ago';
  if (s < 7200) return Math.round(s / 60) + ' min ago';
  if (s < 172800) return Math.round(s / 3600) + ' h ago';
  return Math.round(s / 86400) + ' days ago';
}
function pct(x) { return (x * 100).toFixed(2) + '%'; }
function time(ns) { return new Date(Number(ns) / 1e6).toISOString().substring(11, 19); }
function cell(row, text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  row.appendChild(td);
}

// ---------------------------------------------------------------------------------------------- rendering

function renderStatus(s) {
  if (s.version !== seenVersion) {
    // something new was folded (a snapshot, a fill): the other panels follow
    const first = seenVersion < 0;
    seenVersion = s.version;
    if (!first) refreshOthers();
  }
  $('mode').textContent = s.mode;
  const state = $('trading-state');
  state.textContent = s.tradingState;
  state.className = 'pill state-' + s.tradingState;
  $('equity').textContent = dollars(s.equity);
  signed($('daily-pnl'), s.dailyPnl);
  $('cash').textContent = dollars(s.cash);
  $('available').textContent = dollars(s.availableCash);
  signed($('realized'), s.realizedPnl);
  $('fees').textContent = dollars(s.fees);
  $('open-orders').textContent = String(s.openOrders);
  $('snapshot-age').textContent = s.snapshotAgeMs === undefined ? 'none yet' : age(s.snapshotAgeMs);
  $('reason').textContent = s.tradingReason ? 'Reason: ' + s.tradingReason : '';
  const breakers = $('breakers');
  breakers.replaceChildren();
  for (const b of s.breakers) {
    const li = document.createElement('li');
    li.textContent = b.name + ' tripped ' + b.trippedAt + ': ' + b.detail;
    breakers.appendChild(li);
  }
  const list = $('strategies');
  list.replaceChildren();
  for (const st of s.strategies) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = st.id;
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'strategy-' + st.id;
    button.textContent = st.enabled ? 'On – switch off' : 'Off – switch on';
    button.className = st.enabled ? '' : 'danger';
    button.addEventListener('click', () => send('POST', '/control/strategy/' + encodeURIComponent(st.id) + '/'
      + (st.enabled ? 'disable' : 'enable'), undefined, button, 'strategy ' + st.id
      + (st.enabled ? ' off' : ' on')));
    li.append(name, button);
    list.appendChild(li);
  }
}

function renderPositions(p) {
  const body = $('positions').tBodies[0];
  body.replaceChildren();
  for (const pos of p.positions) {
    const row = document.createElement('tr');
    cell(row, pos.ticker);
    cell(row, pos.side);
    cell(row, pos.qty, 'num');
    cell(row, price(pos.averageCost), 'num');
    cell(row, price(pos.mark), 'num');
    cell(row, dollars(pos.unrealizedPnl), 'num ' + (Number(pos.unrealizedPnl) < 0 ? 'neg' : 'pos'));
    body.appendChild(row);
  }
  if (!p.positions.length) {
    const row = document.createElement('tr');
    cell(row, 'flat');
    body.appendChild(row);
  }
}

function renderPerformance(f) {
  signed($('total-return'), f.totalReturn);
  $('total-return').textContent = pct(f.totalReturn);
  $('sharpe').textContent = f.sharpe.toFixed(2);
  $('max-drawdown').textContent = dollars(f.maxDrawdown) + ' (' + pct(f.maxDrawdownPct) + ')';
  $('win-rate').textContent = f.trades ? pct(f.winRate) : '–';
  $('trades-count').textContent = f.trades + ' (' + f.fills + ' fills)';
  $('avg-trade').textContent = dollars(f.averageTrade);
  $('best-worst').textContent = dollars(f.bestTrade) + ' / ' + dollars(f.worstTrade);
  renderChart(f.curve);
}

function renderChart(curve) {
  const svg = $('pnl-chart');
  svg.replaceChildren();
  $('pnl-empty').hidden = curve.length > 0;
  if (!curve.length) return;
  const W = 800, H = 200, PAD = 8;
  const xs = curve.map((p) => p.tsMs), ys = curve.map((p) => Number(p.pnl));
  const x0 = Math.min(...xs), x1 = Math.max(...xs);
  const y0 = Math.min(0, ...ys), y1 = Math.max(0, ...ys);
  const sx = (x) => x1 === x0 ? W / 2 : PAD + (x - x0) / (x1 - x0) * (W - 2 * PAD);
  const sy = (y) => y1 === y0 ? H / 2 : H - PAD - (y - y0) / (y1 - y0) * (H - 2 * PAD);
  const ns = 'http://www.w3.org/2000/svg';
  const zero = document.createElementNS(ns, 'line');
  zero.setAttribute('x1', 0); zero.setAttribute('x2', W);
  zero.setAttribute('y1', sy(0)); zero.setAttribute('y2', sy(0));
  zero.setAttribute('class', 'zero');
  svg.appendChild(zero);
  const path = document.createElementNS(ns, 'polyline');
  path.setAttribute('points', curve.map((p) => sx(p.tsMs).toFixed(1) + ',' + sy(Number(p.pnl)).toFixed(1)).join(' '));
  path.setAttribute('class', 'curve');
  svg.appendChild(path);
  const last = curve[curve.length - 1];
  // a zero-length line with a round cap: a dot the stretched viewBox does not turn into an ellipse
  const dot = document.createElementNS(ns, 'line');
  dot.setAttribute('x1', sx(last.tsMs)); dot.setAttribute('x2', sx(last.tsMs));
  dot.setAttribute('y1', sy(Number(last.pnl))); dot.setAttribute('y2', sy(Number(last.pnl)));
  dot.setAttribute('class', 'dot');
  svg.appendChild(dot);
}

function addRow(tableId, values, classes) {
  const body = $(tableId).tBodies[0];
  const row = document.createElement('tr');
  values.forEach((v, i) => cell(row, v, classes && classes[i]));
  body.insertBefore(row, body.firstChild);
  while (body.rows.length > MAX_ROWS) body.deleteRow(body.rows.length - 1);
}

function addSignal(s) {
  addRow('signals', [time(s.tsEvent), s.strategy, s.ticker, s.action + ' ' + s.side, price(s.limitPrice),
    dollars(s.edgeAfterFees)], [null, null, null, null, 'num', 'num']);
}

function addTrade(t) {
  addRow('trades', [time(t.tsEvent), t.ticker, t.action + ' ' + t.side, t.qty, price(t.price), dollars(t.fee)],
    [null, null, null, 'num', 'num', 'num']);
}

// ---------------------------------------------------------------------------------------------- data

async function refresh() {
  try {
    const before = seenVersion;
    renderStatus(await api('GET', '/status'));
    if (before < 0 || seenVersion === before) await refreshOthers(); // else renderStatus already asked
  } catch (e) {
    if (e.message !== 'unauthorized') message('Refresh failed: ' + e.message, 'error');
  }
}

async function refreshOthers() {
  try {
    const [positions, performance] = await Promise.all([api('GET', '/positions'), api('GET', '/performance')]);
    renderPositions(positions);
    renderPerformance(performance);
  } catch (e) {
    if (e.message !== 'unauthorized') message('Refresh failed: ' + e.message, 'error');
  }
}

async function loadRecent() {
  const [signals, trades] = await Promise.all([api('GET', '/signals?limit=' + MAX_ROWS),
    api('GET', '/trades?limit=' + MAX_ROWS)]);
  $('signals').tBodies[0].replaceChildren();
  $('trades').tBodies[0].replaceChildren();
  signals.signals.slice().reverse().forEach(addSignal);
  trades.trades.slice().reverse().forEach(addTrade);
}

async function stream() {
  if (streamAbort) streamAbort.abort();
  const abort = new AbortController();
  streamAbort = abort;
  try {
    const res = await fetch('/stream', { headers: { Authorization: 'Bearer ' + token() }, signal: abort.signal });
    if (res.status === 401) { signOut('Token refused by the stream'); return; }
    if (!res.ok || !res.body) throw new Error('stream answered ' + res.status);
    $('stream-state').textContent = 'live';
    $('stream-state').className = 'pill live';
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        onEvent(buffer.substring(0, end));
        buffer = buffer.substring(end + 2);
      }
    }
  } catch (e) {
    if (abort.signal.aborted) return;
  }
  $('stream-state').textContent = 'reconnecting';
  $('stream-state').className = 'pill muted';
  if (!abort.signal.aborted && token()) setTimeout(stream, 2000);
}

function onEvent(block) {
  let event = 'message', data = '';
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) event = line.substring(7);
    else if (line.startsWith('data: ')) data += line.substring(6);
  }
  if (!data) return;
  const body = JSON.parse(data);
  if (event === 'status') renderStatus(body);
  else if (event === 'signal') addSignal(body);
  else if (event === 'trade') addTrade(body);
  else if (event === 'control') {
    $('last-command').textContent = 'Last command: ' + body.type + ' by ' + body.issuedBy + ' at ' + time(body.tsEvent);
  }
}

async function send(method, path, body, button, what) {
  if (button) button.disabled = true;
  try {
    const res = await api(method, path, body);
    message(what + ': sent (' + res.published.map((c) => c.type).join(', ') + ')', 'ok');
  } catch (e) {
    if (e.message !== 'unauthorized') message(what + ' failed: ' + e.message, 'error');
  } finally {
    if (button) button.disabled = false;
  }
}

// ---------------------------------------------------------------------------------------------- wiring

function start() {
  show(true);
  message('', '');
  refresh();
  loadRecent().catch((e) => { if (e.message !== 'unauthorized') message('Load failed: ' + e.message, 'error'); });
  stream();
  clearInterval(refreshTimer);
  refreshTimer = setInterval(refresh, 10000);
}

function signOut(why) {
  sessionStorage.removeItem(TOKEN_KEY);
  seenVersion = -1;
  if (streamAbort) streamAbort.abort();
  clearInterval(refreshTimer);
  show(false);
  $('stream-state').textContent = 'offline';
  $('stream-state').className = 'pill muted';
  if (why) message(why, 'error');
}

$('token-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const value = $('token-input').value.trim();
  if (!value) return;
  sessionStorage.setItem(TOKEN_KEY, value);
  $('token-input').value = '';
  start();
});
$('sign-out').addEventListener('click', () => signOut());
$('btn-pause').addEventListener('click', (e) => send('POST', '/control/pause', { reason: 'paused from the dashboard' },
  e.target, 'pause'));
$('btn-resume').addEventListener('click', (e) => send('POST', '/control/resume', undefined, e.target, 'resume'));
$('btn-halt').addEventListener('click', (e) => {
  if (window.confirm('Halt trading and cancel every resting order?')) {
    send('POST', '/control/halt', { reason: 'halted from the dashboard' }, e.target, 'halt');
  }
});
$('btn-reset').addEventListener('click', (e) => send('POST', '/control/reset-breaker', { breaker: 'all' }, e.target,
  'reset breakers'));

if (token()) start(); else show(false);
