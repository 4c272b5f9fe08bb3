/* FinNexus officers' UI: a small hash-routed single-page app over the REST API.
   No framework, no CDN, no inline script (the CSP forbids it); all text goes through textContent. */
'use strict';

const S = window.sessionStorage;
const SVG = 'http://www.w3.org/2000/svg';
const view = () => document.getElementById('view');

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'on') { for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn); }
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c)));
  return node;
}
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}
function toast(text) {
  const t = document.getElementById('toast');
  t.textContent = text; t.hidden = false;
  setTimeout(() => { t.hidden = true; }, 2500);
}

async function api(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  const token = S.getItem('token');
  if (token) headers['Authorization'] = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = res.headers.get('Content-Type')?.includes('json') ? await res.json() : await res.text();
  if (res.status === 401 && path !== '/auth/token') { logout(); throw new Error('session expired'); }
  if (!res.ok) throw new Error((data && data.detail) || ('HTTP ' + res.status));
  return data;
}

function me() { return { user: S.getItem('user'), roles: JSON.parse(S.getItem('roles') || '[]') }; }
function logout() { S.clear(); location.hash = '#/login'; }

function renderLogin() {
  const error = el('p', { class: 'error', id: 'login-error' });
  const form = el('form', { id: 'login-form' },
    el('label', {}, 'Username', el('input', { id: 'username', name: 'username', autocomplete: 'username', required: true })),
    el('label', {}, 'Password', el('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    el('button', { id: 'login-btn', type: 'submit' }, 'Sign in'), error);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const t = await api('POST', '/auth/token', { username: form.username.value, password: form.password.value });
      S.setItem('token', t.access_token); S.setItem('user', t.username); S.setItem('roles', JSON.stringify(t.roles));
      location.hash = '#/queue';
    } catch (err) { error.textContent = err.message; }
  });
  view().replaceChildren(el('div', { class: 'card login' }, el('h1', {}, 'Sign in to FinNexus'), form));
}

function params() {
  const q = location.hash.split('?')[1] || '';
  return new URLSearchParams(q);
}

async function renderQueue() {
  const p = params();
  const field = (id, label, input) => el('label', {}, label, input);
  const status = el('select', { id: 'filter-status', name: 'status' },
    ['', 'NEW', 'IN_REVIEW', 'IN_CASE', 'CLOSED'].map(s => el('option', { value: s, selected: p.get('status') === s }, s || 'any')));
  const band = el('select', { id: 'filter-band', name: 'riskBand' },
    ['', 'HIGH', 'MEDIUM', 'LOW'].map(s => el('option', { value: s, selected: p.get('riskBand') === s }, s || 'any')));
  const typology = el('input', { id: 'filter-typology', name: 'typology', value: p.get('typology') || '', placeholder: 'e.g. CYCLE' });
  const customer = el('input', { id: 'filter-customer', name: 'customer', value: p.get('customer') || '' });
  const form = el('form', { class: 'filters', id: 'filters' },
    field('status', 'Status', status), field('typology', 'Typology', typology), field('band', 'Risk band', band),
    field('customer', 'Customer', customer), el('button', { id: 'filter-apply', type: 'submit' }, 'Apply filters'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (v) q.set(k, v);
    location.hash = '#/queue?' + q.toString();
  });
  const body = el('tbody', { id: 'queue-body' });
  const more = el('button', { id: 'more', class: 'secondary', type: 'button', hidden: true }, 'Next page');
  view().replaceChildren(el('h1', {}, 'Alert queue'), el('div', { class: 'card' }, form),
    el('div', { class: 'card' }, el('table', { id: 'queue' },
      el('thead', {}, el('tr', {}, ['Alert', 'Typology', 'Risk', 'Created', 'Customer', 'Amount', 'Status', 'Assignee'].map(h => el('th', {}, h)))),
      body), more));
  async function load(cursor) {
    const q = new URLSearchParams(p);
    q.set('limit', '25');
    if (cursor) q.set('cursor', cursor);
    const page = await api('GET', '/alerts?' + q.toString());
    for (const a of page.items) {
      body.append(el('tr', { 'data-id': a.alertId },
        el('td', {}, el('a', { href: '#/alerts/' + encodeURIComponent(a.alertId), class: 'alert-link' }, a.alertId)),
        el('td', {}, a.typology),
        el('td', {}, el('span', { class: 'badge ' + a.riskBand }, a.riskBand), ' ', a.riskScore.toFixed(2)),
        el('td', {}, new Date(a.createdAt).toLocaleString()),
        el('td', {}, a.customerId || ''),
        el('td', {}, a.totalAmount ? a.totalAmount + ' ' + a.currency : ''),
        el('td', { class: 'status' }, a.status), el('td', {}, a.assignee || '')));
    }
    if (!page.items.length && !cursor) body.append(el('tr', {}, el('td', { colspan: 8, class: 'muted' }, 'No alerts match these filters.')));
    more.hidden = !page.nextCursor;
    more.onclick = () => load(page.nextCursor);
  }
  await load(null);
}

/* Feature values against the account's normal, and each feature's share of the score. */
function featureChart(features) {
  const rowH = 34, left = 170, width = 600, barMax = width - left - 100;
  const max = Math.max(1e-9, ...features.flatMap(f => [Math.abs(f.value), Math.abs(f.normal ?? 0)]));
  const height = features.length * rowH + 10;
  const chart = svg('svg', { id: 'feature-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'feature values against normal' });
  features.forEach((f, i) => {
    const y = i * rowH + 4;
    chart.append(svg('text', { x: 0, y: y + 12 }, f.name));
    chart.append(svg('rect', { class: 'bar-value', x: left, y, height: 10, width: Math.max(1, barMax * Math.abs(f.value) / max) }));
    if (f.normal !== null && f.normal !== undefined) {
      chart.append(svg('rect', { class: 'bar-normal', x: left, y: y + 11, height: 7, width: Math.max(1, barMax * Math.abs(f.normal) / max) }));
    }
    chart.append(svg('rect', { class: 'bar-contrib', x: left, y: y + 20, height: 5, width: Math.max(1, barMax * Math.abs(f.contribution)) }));
    chart.append(svg('text', { x: left + barMax + 8, y: y + 12 }, f.value.toFixed(2) + (f.normal != null ? ' / ' + f.normal.toFixed(2) : '')));
  });
  return el('div', {}, chart, el('p', { class: 'legend muted' }, el('span', { class: 'v' }), 'value', el('span', { class: 'n' }), 'account normal', el('span', { class: 'c' }), 'share of score'));
}

/* The money-flow path through the involved accounts; a path that returns to its origin is a cycle. */
function flowPath(accounts) {
  const n = accounts.length, step = 150, width = Math.max(300, n * step), cycle = n > 2 && accounts[0] === accounts[n - 1];
  const height = cycle ? 150 : 90;
  const g = svg('svg', { id: 'flow-path', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'money flow path' });
  const defs = svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#1b5fa8' })));
  g.append(defs);
  const nodes = cycle ? accounts.slice(0, n - 1) : accounts;
  nodes.forEach((acc, i) => {
    const x = 20 + i * step;
    if (i > 0) g.append(svg('line', { class: 'edge', x1: x - step + 110, y1: 35, x2: x - 2, y2: 35 }));
    g.append(svg('rect', { class: 'node' + (i === 0 ? ' node-origin' : ''), x, y: 20, width: 110, height: 30, rx: 6 }));
    g.append(svg('text', { x: x + 8, y: 39 }, acc.length > 15 ? acc.slice(0, 14) + '…' : acc));
    g.lastChild.append(svg('title', {}, acc));
  });
  if (cycle) {
    const lastX = 20 + (nodes.length - 1) * step + 55;
    g.append(svg('path', { class: 'edge', d: `M${lastX},50 C${lastX},120 75,120 75,52` }));
    g.append(svg('text', { x: 80, y: 135 }, 'funds return to the origin: cycle of ' + nodes.length + ' accounts'));
  }
  return g;
}

async function renderAlert(id) {
  const d = await api('GET', '/alerts/' + encodeURIComponent(id));
  const a = d.alert;
  const reason = el('input', { id: 'close-reason', placeholder: 'why (e.g. known payroll pattern)' });
  const title = el('input', { id: 'new-case-title', placeholder: 'case title' });
  const closeFp = el('button', { id: 'close-fp', type: 'button', class: 'danger', on: { click: async () => {
    await api('POST', '/alerts/' + encodeURIComponent(id) + '/close', { disposition: 'false_positive', reason: reason.value });
    toast('Closed as false positive'); renderAlert(id);
  } } }, 'Close as false positive');
  const createCase = el('button', { id: 'create-case', type: 'button', on: { click: async () => {
    const c = await api('POST', '/cases', { title: title.value || ('Case for ' + id), alertIds: [id] });
    location.hash = '#/cases/' + encodeURIComponent(c.caseId);
  } } }, 'Open a case');
  const assign = el('button', { id: 'assign-me', type: 'button', class: 'secondary', on: { click: async () => {
    await api('POST', '/alerts/' + encodeURIComponent(id) + '/assign', { assignee: me().user }); toast('Assigned to you'); renderAlert(id);
  } } }, 'Assign to me');
  const open = a.status !== 'CLOSED' && a.status !== 'IN_CASE';
  view().replaceChildren(
    el('h1', {}, a.typology + ' — ' + a.alertId),
    el('div', { class: 'card' },
      el('p', { id: 'alert-summary' }, a.summary),
      el('p', {}, el('span', { class: 'badge ' + a.riskBand }, a.riskBand), ' risk ', a.riskScore.toFixed(2),
        ' · status ', el('span', { id: 'alert-status', class: 'status' }, a.status),
        a.disposition ? ' (' + a.disposition + ')' : '',
        ' · customer ', a.customerId || '—', ' · account ', a.accountId,
        a.totalAmount ? ' · ' + a.totalAmount + ' ' + a.currency : ''),
      el('p', { class: 'muted' }, 'Raised by ', d.engine, ' at ', new Date(a.createdAt).toLocaleString(),
        d.modelId ? ' · model ' + d.modelId + ' v' + d.modelVersion : '', d.caseIds.length ? ' · case ' + d.caseIds.join(', ') : '')),
    el('div', { class: 'grid' },
      el('div', { class: 'card', id: 'explanation' }, el('h2', {}, 'Why it fired'), featureChart(d.features),
        el('h2', {}, 'Rule hits'), el('ul', {}, d.ruleHits.map(r => el('li', {}, r)))),
      el('div', { class: 'card' }, el('h2', {}, 'Money flow'), flowPath(d.involvedAccounts),
        el('h2', {}, 'Transactions'), el('table', {}, el('tbody', {}, d.transactions.map(t =>
          el('tr', {}, el('td', {}, t.transactionId), el('td', {}, t.found ? t.direction : 'not in archive'),
            el('td', {}, t.found ? t.amount + ' ' + t.currency : ''), el('td', {}, t.eventTime ? new Date(t.eventTime).toLocaleString() : ''))))))),
    open ? el('div', { class: 'card' }, el('h2', {}, 'Decide'), el('div', { class: 'actions' },
      assign, el('label', {}, 'Reason', reason), closeFp, el('label', {}, 'New case', title), createCase)) : '');
}

async function renderCases() {
  const list = await api('GET', '/cases?limit=100');
  view().replaceChildren(el('h1', {}, 'Cases'), el('div', { class: 'card' }, el('table', {},
    el('thead', {}, el('tr', {}, ['Case', 'Title', 'Status', 'Assignee', 'Prepared by', 'Created'].map(h => el('th', {}, h)))),
    el('tbody', {}, list.map(c => el('tr', {},
      el('td', {}, el('a', { href: '#/cases/' + encodeURIComponent(c.caseId), class: 'case-link' }, c.caseId)),
      el('td', {}, c.title), el('td', { class: 'status' }, c.status), el('td', {}, c.assignee || ''),
      el('td', {}, c.preparedBy || ''), el('td', {}, new Date(c.createdAt).toLocaleString())))))));
}

async function renderCase(id) {
  const c = await api('GET', '/cases/' + encodeURIComponent(id));
  const who = me();
  const path = '/cases/' + encodeURIComponent(id);
  const act = (label, attrs, fn) => el('button', Object.assign({ type: 'button' }, attrs, { on: { click: async () => {
    try { await fn(); toast(label + ': done'); renderCase(id); } catch (e) { toast(e.message); } } } }), label);
  const comment = el('textarea', { id: 'comment-body' });
  const narrative = el('textarea', { id: 'sar-narrative', placeholder: 'SAR narrative: who, what, when, why suspicious' });
  const actions = [];
  if (c.status === 'OPEN' || c.status === 'ESCALATED') {
    if (c.status === 'OPEN') actions.push(act('Escalate', { id: 'escalate', class: 'secondary' }, () => api('POST', path + '/escalate', {})));
    actions.push(act('Close as false positive', { id: 'case-fp', class: 'danger' }, () => api('POST', path + '/disposition', { disposition: 'false_positive' })));
    actions.push(act('True positive, no SAR', { id: 'case-tp', class: 'secondary' }, () => api('POST', path + '/disposition', { disposition: 'true_positive_no_sar' })));
    actions.push(el('label', {}, 'SAR narrative', narrative));
    actions.push(act('Prepare SAR for approval', { id: 'prepare-sar' }, () => api('POST', path + '/disposition', { disposition: 'sar_filed', narrative: narrative.value })));
  }
  if (c.status === 'PENDING_APPROVAL') {
    if (who.roles.includes('SUPERVISOR') && who.user !== c.preparedBy) {
      actions.push(act('Approve and file SAR', { id: 'approve-sar' }, () => api('POST', path + '/sar/approve')));
      actions.push(act('Send back', { id: 'reject-sar', class: 'secondary' }, () => api('POST', path + '/sar/reject', { reason: 'needs more evidence' })));
    } else {
      actions.push(el('p', { id: 'four-eyes-note', class: 'muted' }, 'Prepared by ' + c.preparedBy + ': waiting for approval by a different supervisor (four eyes).'));
    }
  }
  view().replaceChildren(
    el('h1', {}, c.caseId + ' — ' + c.title),
    el('div', { class: 'card' }, el('p', {}, 'Status ', el('span', { id: 'case-status', class: 'status' }, c.status),
      c.disposition ? el('span', { id: 'case-disposition' }, ' · ' + c.disposition) : '',
      ' · assignee ', c.assignee || '—', c.preparedBy ? ' · SAR prepared by ' + c.preparedBy : '',
      c.approvedBy ? el('span', { id: 'case-approver' }, ' · approved by ' + c.approvedBy) : ''),
      c.sarNarrative ? el('p', { id: 'sar-text' }, 'Narrative: ', c.sarNarrative) : ''),
    el('div', { class: 'card' }, el('h2', {}, 'Alerts'), el('table', {}, el('tbody', {}, c.alerts.map(a => el('tr', {},
      el('td', {}, el('a', { href: '#/alerts/' + encodeURIComponent(a.alertId) }, a.alertId)), el('td', {}, a.typology),
      el('td', {}, el('span', { class: 'badge ' + a.riskBand }, a.riskBand)), el('td', {}, a.summary), el('td', { class: 'status' }, a.status)))))),
    actions.length ? el('div', { class: 'card' }, el('h2', {}, 'Decide'), el('div', { class: 'actions', id: 'case-actions' }, actions)) : '',
    el('div', { class: 'card' }, el('h2', {}, 'Comments'),
      c.comments.map(m => el('div', { class: 'comment' }, el('strong', {}, m.author), ' ', el('span', { class: 'muted' }, new Date(m.createdAt).toLocaleString()), el('div', {}, m.body))),
      comment, act('Add comment', { id: 'add-comment', class: 'secondary' }, () => api('POST', path + '/comments', { body: comment.value }))));
}

async function route() {
  const hash = location.hash || '#/queue';
  const who = me();
  document.getElementById('nav').hidden = !who.user;
  document.getElementById('logout').hidden = !who.user;
  document.getElementById('whoami').textContent = who.user ? who.user + ' (' + who.roles.join(', ') + ')' : '';
  if (!S.getItem('token') && !hash.startsWith('#/login')) { location.hash = '#/login'; return; }
  const [path] = hash.slice(1).split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === 'login') renderLogin();
    else if (parts[0] === 'alerts' && parts[1]) await renderAlert(parts[1]);
    else if (parts[0] === 'cases' && parts[1]) await renderCase(parts[1]);
    else if (parts[0] === 'cases') await renderCases();
    else await renderQueue();
  } catch (e) {
    view().replaceChildren(el('p', { class: 'error', id: 'view-error' }, e.message));
  }
}

window.addEventListener('hashchange', route);
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('logout').addEventListener('click', logout);
  route();
});
