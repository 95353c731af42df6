// steeldome C2 web UI: login, live map (Leaflet, milsymbol) and panels fed by the /api/ws push.
// Everything is served from the server's jar; nothing is loaded from elsewhere.
(() => {
  'use strict';
  const ROLES = ['VIEWER', 'OPERATOR', 'COMMANDER', 'ADMIN'];
  const TAIL = 20; // positions kept per track for its history tail
  const SIDC = { hostile: 'SHAP-----------', unknown: 'SUAP-----------', friend: 'SFAP-----------' };
  const COLORS = { hostile: '#ff5050', unknown: '#ffe070', friend: '#70c8ff' };
  const $ = (id) => document.getElementById(id);
  const sd = (window.sd = {
    me: null, csrf: sessionStorage.getItem('sd.csrf'), map: null, ws: null, loggedOut: false,
    markers: new Map(), tails: new Map(), history: new Map(), alerts: new Map(), ellipses: [],
    board: { threats: [], inventory: [] }, recs: [], wcs: { defaultStatus: 'HOLD', layers: {} },
    sort: { key: 'rank', dir: 1 }, pictures: 0, audit: [],
  });

  const atLeast = (role) => sd.me && ROLES.indexOf(sd.me.role) >= ROLES.indexOf(role);
  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'class') e.className = v; else if (k.startsWith('data-')) e.setAttribute(k, v); else e[k] = v;
    }
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  };
  const fmt = (x, d = 1) => (typeof x === 'number' && isFinite(x) ? x.toFixed(d) : '–');
  const trackKey = (t) => (t !== null && typeof t === 'object' ? String(t.value ?? t.id ?? Object.values(t)[0]) : String(t));

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && sd.csrf) headers['X-CSRF-Token'] = sd.csrf;
    const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    const text = await r.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { status: r.status, json };
  }

  // ---- login ----
  $('login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('login-error').textContent = '';
    const r = await api('POST', '/api/login', { username: $('username').value, password: $('password').value });
    if (r.status !== 200) {
      $('login-error').textContent = (r.json && r.json.reason) || 'login failed';
      return;
    }
    sd.csrf = r.json.csrfToken;
    sessionStorage.setItem('sd.csrf', sd.csrf);
    start(r.json.user);
  });
  $('logout').addEventListener('click', async () => {
    sd.loggedOut = true;
    await api('POST', '/api/logout');
    sessionStorage.removeItem('sd.csrf');
    location.reload();
  });

  function start(user) {
    sd.me = user;
    $('login-view').hidden = true;
    $('app-view').hidden = false;
    $('logout').hidden = false;
    $('who').textContent = `${user.username} · ${user.agency} · ${user.role}`;
    $('audit-panel').hidden = !atLeast('COMMANDER');
    initMap();
    connect();
  }

  // ---- map ----
  function initMap() {
    if (sd.map) return;
    const map = (sd.map = L.map('map', { preferCanvas: true, attributionControl: false, zoomSnap: 0.25 }).setView([38.3, 44.0], 8));
    const grid = L.layerGroup().addTo(map);
    for (let lat = 34; lat <= 43; lat++) L.polyline([[lat, 36], [lat, 52]], { color: '#2e4257', weight: 1, interactive: false }).addTo(grid);
    for (let lon = 36; lon <= 52; lon++) L.polyline([[34, lon], [43, lon]], { color: '#2e4257', weight: 1, interactive: false }).addTo(grid);
    sd.layers = {
      borders: L.layerGroup().addTo(map),
      ellipses: L.layerGroup().addTo(map),
      tails: L.layerGroup().addTo(map),
      alerts: L.layerGroup().addTo(map),
      tracks: L.layerGroup().addTo(map),
    };
    api('GET', '/api/basemap').then((r) => {
      if (r.status === 200) {
        L.geoJSON(r.json, { style: { color: '#d9a441', weight: 2.5, opacity: 0.9 }, interactive: false }).addTo(sd.layers.borders);
      }
    });
  }

  const iconCache = new Map();
  function icon(identity) {
    if (!iconCache.has(identity)) {
      const sym = new ms.Symbol(SIDC[identity], { size: 20 });
      const size = sym.getSize();
      const anchor = sym.getAnchor();
      iconCache.set(identity, L.icon({
        iconUrl: sym.toDataURL(), iconSize: [size.width, size.height], iconAnchor: [anchor.x, anchor.y],
        className: `track-marker track-${identity}`,
      }));
    }
    return iconCache.get(identity);
  }

  function identityOf(id) {
    for (const r of sd.recs) {
      if ((r.pictureTrackId ?? trackKey(r.recommendation.trackId)) === id) {
        const i = String(r.recommendation.identity || '').toUpperCase();
        if (i === 'FRIEND' || i === 'ASSUMED_FRIEND') return 'friend';
        if (i === 'HOSTILE' || i === 'SUSPECT') return 'hostile';
      }
    }
    return sd.board.threats.some((t) => t.trackId === id) ? 'hostile' : 'unknown';
  }

  // The identity comes from the board and the recommendations, which may arrive after the picture.
  function refreshIdentities() {
    for (const [id, m] of sd.markers) {
      const identity = identityOf(id);
      if (m.identity !== identity) {
        m.identity = identity;
        m.setIcon(icon(identity));
        m.getElement().setAttribute('data-track-id', id);
        const tail = sd.tails.get(id);
        if (tail) tail.setStyle({ color: COLORS[identity] });
      }
    }
  }

  function onPicture(msg) {
    sd.pictures++;
    const seen = new Set();
    for (const t of msg.tracks) {
      seen.add(t.id);
      const ll = [t.latDeg, t.lonDeg];
      const identity = identityOf(t.id);
      let m = sd.markers.get(t.id);
      if (!m) {
        m = L.marker(ll, { icon: icon(identity), keyboard: false }).addTo(sd.layers.tracks);
        m.identity = identity;
        m.bindTooltip(() => trackTooltip(t.id), { direction: 'top' });
        m.getElement().setAttribute('data-track-id', t.id);
        sd.markers.set(t.id, m);
      } else {
        m.setLatLng(ll);
        if (m.identity !== identity) { m.setIcon(icon(identity)); m.identity = identity; m.getElement().setAttribute('data-track-id', t.id); }
      }
      m.track = t;
      const h = sd.history.get(t.id) || [];
      const last = h[h.length - 1];
      if (!last || last[0] !== ll[0] || last[1] !== ll[1]) h.push(ll);
      if (h.length > TAIL) h.shift();
      sd.history.set(t.id, h);
      let tail = sd.tails.get(t.id);
      if (!tail) {
        tail = L.polyline(h, { color: COLORS[identity], weight: 1.5, opacity: 0.7, interactive: false }).addTo(sd.layers.tails);
        sd.tails.set(t.id, tail);
      } else {
        tail.setLatLngs(h);
        tail.setStyle({ color: COLORS[identity] });
      }
    }
    for (const [id, m] of sd.markers) {
      if (!seen.has(id)) {
        sd.layers.tracks.removeLayer(m);
        sd.layers.tails.removeLayer(sd.tails.get(id));
        sd.markers.delete(id); sd.tails.delete(id); sd.history.delete(id);
      }
    }
    renderAlerts(msg.alerts);
  }

  function trackTooltip(id) {
    const m = sd.markers.get(id);
    const t = m && m.track;
    if (!t) return id;
    return `${t.id} (${m.identity}) ${fmt(t.latDeg, 4)}, ${fmt(t.lonDeg, 4)} · ${fmt(t.heightM, 0)} m · ${t.agency} ${t.releasability}`;
  }

  function renderAlerts(alerts) {
    sd.layers.alerts.clearLayers();
    const ul = $('alerts');
    ul.replaceChildren();
    if (!alerts.length) ul.append(el('li', { class: 'empty' }, 'no border alerts'));
    for (const a of alerts.slice().sort((x, y) => y.timeS - x.timeS)) {
      L.circle([a.latDeg, a.lonDeg], { radius: a.uncertainty.semiMajorM, color: '#ff9f40', weight: 1, fillOpacity: 0.15, interactive: false })
        .addTo(sd.layers.alerts);
      L.circleMarker([a.latDeg, a.lonDeg], { radius: 6, color: '#ff9f40', weight: 2, fillColor: '#ff9f40', fillOpacity: 0.5 })
        .bindTooltip(`${a.id}: ${a.classification}`, { permanent: true, direction: 'right', className: 'alert-label' })
        .addTo(sd.layers.alerts);
      ul.append(el('li', { 'data-alert-id': a.id },
        `${a.id} · ${a.classification} · conf ${fmt(a.confidence, 2)} · sector ${a.sectorId} · ${fmt(a.latDeg, 4)}, ${fmt(a.lonDeg, 4)} · ${a.agency} (${a.releasability})`));
    }
  }

  // ---- board: threats, ellipses, inventory ----
  function ellipse(latDeg, lonDeg, aM, bM, orientDeg) {
    const th = (orientDeg * Math.PI) / 180;
    const pts = [];
    for (let i = 0; i <= 48; i++) {
      const t = (2 * Math.PI * i) / 48;
      const u = aM * Math.cos(t), v = bM * Math.sin(t);
      const east = u * Math.sin(th) + v * Math.cos(th); // major axis clockwise from north
      const north = u * Math.cos(th) - v * Math.sin(th);
      pts.push([latDeg + north / 111320, lonDeg + east / (111320 * Math.cos((latDeg * Math.PI) / 180))]);
    }
    return pts;
  }

  function onBoard(msg) {
    sd.board = msg;
    sd.layers.ellipses.clearLayers();
    for (const t of msg.threats) {
      if (isFinite(t.impactLatDeg) && isFinite(t.impactLonDeg) && isFinite(t.impactSemiMajorM)) {
        L.polygon(ellipse(t.impactLatDeg, t.impactLonDeg, t.impactSemiMajorM, t.impactSemiMinorM, t.impactOrientationDeg || 0),
          { color: '#ff5050', weight: 1.5, dashArray: '4 3', fillOpacity: 0.12 })
          .bindTooltip(`predicted impact of ${t.trackId} (1σ)`).addTo(sd.layers.ellipses);
        L.circleMarker([t.impactLatDeg, t.impactLonDeg], { radius: 3, color: '#ff5050', weight: 2, fill: false })
          .bindTooltip(`impact ${t.trackId}`, { permanent: true, direction: 'left', className: 'impact-label' })
          .addTo(sd.layers.ellipses);
      }
    }
    refreshIdentities();
    renderThreats();
    renderInventory();
    renderWeapons();
  }

  function renderThreats() {
    const body = $('threats').tBodies[0];
    body.replaceChildren();
    const { key, dir } = sd.sort;
    const rows = sd.board.threats.slice().sort((a, b) => {
      const x = a[key], y = b[key];
      return (typeof x === 'number' ? (isFinite(x) ? x : Infinity) - (isFinite(y) ? y : Infinity) : String(x).localeCompare(String(y))) * dir;
    });
    if (!rows.length) body.append(el('tr', {}, el('td', { colSpan: 6, class: 'empty' }, 'no threats')));
    for (const t of rows) {
      body.append(el('tr', { class: 'threat', 'data-track-id': t.trackId },
        el('td', {}, t.rank), el('td', {}, t.trackId), el('td', {}, t.threatClass), el('td', {}, fmt(t.timeToImpactS)),
        el('td', {}, fmt(t.hitProbability, 2)), el('td', {}, t.threatenedAsset || '–')));
      body.append(el('tr', { class: 'explanation' }, el('td', { colSpan: 6 }, t.explanation)));
    }
    for (const th of $('threats').tHead.rows[0].cells) {
      th.classList.toggle('sorted-asc', th.dataset.key === key && dir > 0);
      th.classList.toggle('sorted-desc', th.dataset.key === key && dir < 0);
    }
  }
  for (const th of $('threats').tHead.rows[0].cells) {
    th.addEventListener('click', () => {
      sd.sort = { key: th.dataset.key, dir: sd.sort.key === th.dataset.key ? -sd.sort.dir : 1 };
      renderThreats();
    });
  }

  function renderInventory() {
    const body = $('inventory').tBodies[0];
    body.replaceChildren();
    if (!sd.board.inventory.length) body.append(el('tr', {}, el('td', { colSpan: 3, class: 'empty' }, 'no inventory reported')));
    for (const i of sd.board.inventory) {
      body.append(el('tr', {}, el('td', {}, i.effectorId), el('td', {}, i.layer), el('td', {}, `${i.roundsLeft} / ${i.roundsTotal}`)));
    }
  }

  function renderWeapons() {
    const layers = new Set(Object.keys(sd.wcs.layers || {}));
    sd.board.inventory.forEach((i) => layers.add(i.layer));
    sd.recs.forEach((r) => layers.add(r.recommendation.layer));
    const body = $('weapons').tBodies[0];
    body.replaceChildren();
    body.append(el('tr', {}, el('td', {}, '(default)'), el('td', { class: `status-${sd.wcs.defaultStatus}` }, sd.wcs.defaultStatus)));
    for (const l of [...layers].sort()) {
      const s = (sd.wcs.layers || {})[l] || sd.wcs.defaultStatus;
      body.append(el('tr', { 'data-layer': l }, el('td', {}, l), el('td', { class: `status-${s}` }, s)));
    }
  }

  // ---- recommendations ----
  function onRecommendations(msg) {
    sd.recs = msg.items;
    const box = $('recs');
    const ids = new Set(msg.items.map((r) => r.id));
    for (const card of [...box.querySelectorAll('.rec')]) if (!ids.has(card.dataset.recId)) card.remove();
    for (const p of msg.items) {
      if (box.querySelector(`.rec[data-rec-id="${CSS.escape(p.id)}"]`)) continue;
      box.append(recCard(p));
    }
    let empty = box.querySelector('.empty');
    if (!msg.items.length && !empty) box.append(el('p', { class: 'empty' }, 'nothing to decide'));
    if (msg.items.length && empty) empty.remove();
    refreshIdentities();
    renderWeapons();
  }

  function recCard(p) {
    const r = p.recommendation;
    const launch = r.solution && r.solution.launchTime ? new Date(r.solution.launchTime.nanos / 1e6).toISOString().substring(11, 19) : '–';
    const card = el('div', { class: 'rec', 'data-rec-id': p.id },
      el('div', {}, el('b', {}, p.id), ` · track ${p.pictureTrackId ?? trackKey(r.trackId)} · ${r.threatClass} · ${r.identity}`),
      el('div', { class: 'meta' }, `${r.layer} / ${r.effectorId} · round ${r.round} · Pk ${fmt(r.pk, 2)} · launch ${launch} UTC · ${r.reason}`));
    if (atLeast('OPERATOR')) {
      const reason = el('input', { class: 'reason', placeholder: 'reason (required)', maxLength: 2000 });
      const msgEl = el('div', { class: 'error' });
      const decide = async (verb) => {
        if (!reason.value.trim()) { msgEl.textContent = 'a reason is required'; reason.focus(); return; }
        const res = await api('POST', `/api/recommendations/${encodeURIComponent(p.id)}/${verb}`, { reason: reason.value.trim() });
        msgEl.textContent = res.status === 200 ? `${res.json.verdict} by ${res.json.operator}` : `${res.status}: ${(res.json && res.json.reason) || 'failed'}`;
        msgEl.className = res.status === 200 ? 'ok' : 'error';
        if (res.status === 200) $('recs-status').textContent = `${p.id} ${res.json.verdict} by ${res.json.operator}: ${res.json.reason}`;
      };
      card.append(el('div', { class: 'actions' }, reason,
        el('button', { class: 'approve', type: 'button', onclick: () => decide('approve') }, 'Approve'),
        el('button', { class: 'reject', type: 'button', onclick: () => decide('reject') }, 'Reject')), msgEl);
    }
    return card;
  }

  // ---- audit ----
  function onAudit(msg) {
    const body = $('audit').tBodies[0];
    for (const e of msg.entries) {
      // The backlog sent on connect and the live feed can overlap by an entry: show each sequence number once.
      if (body.querySelector(`tr[data-seq="${e.seq}"]`)) continue;
      body.prepend(el('tr', { 'data-seq': e.seq, class: `audit-${e.action}` },
        el('td', {}, e.seq), el('td', {}, e.at.substring(11, 19)), el('td', {}, e.actor), el('td', {}, e.action), el('td', {}, e.subject),
        el('td', { class: 'details' }, (e.details && e.details.reason) || '')));
    }
    while (body.rows.length > 300) body.deleteRow(body.rows.length - 1);
  }

  // ---- push ----
  function connect() {
    const ws = (sd.ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/ws`));
    ws.onopen = () => { $('status').textContent = 'live'; $('status').classList.add('live'); };
    ws.onmessage = (ev) => {
      const msg = JSON.parse(ev.data);
      switch (msg.type) {
        case 'hello': sd.me = msg.user; break;
        case 'picture': onPicture(msg); break;
        case 'board': onBoard(msg); break;
        case 'recommendations': onRecommendations(msg); break;
        case 'weaponsControl': sd.wcs = msg; renderWeapons(); break;
        case 'audit': onAudit(msg); break;
        default: break;
      }
    };
    ws.onclose = async () => {
      $('status').textContent = 'offline'; $('status').classList.remove('live');
      if (sd.loggedOut) return;
      const me = await api('GET', '/api/me');
      if (me.status === 200) setTimeout(connect, 2000); else location.reload();
    };
  }

  // ---- frame timing (used by the browser tests; harmless otherwise) ----
  sd.measureFrames = (ms) => new Promise((resolve) => {
    const deltas = [];
    let last = null;
    const t0 = performance.now();
    const step = (t) => {
      if (last !== null) deltas.push(t - last);
      last = t;
      if (t - t0 < ms) requestAnimationFrame(step);
      else {
        const s = deltas.slice().sort((a, b) => a - b);
        const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
        resolve({ frames: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1], pictures: sd.pictures });
      }
    };
    requestAnimationFrame(step);
  });

  api('GET', '/api/me').then((r) => { if (r.status === 200) start(r.json); });
})();
