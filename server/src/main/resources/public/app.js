// steeldome C2 web UI: login, live map (Leaflet, milsymbol) and panels fed by the /api/ws push.
// Everything is served from the server's jar; nothing is loaded from elsewhere.
(() => {
  'use strict';
  const ROLES = ['VIEWER', 'OPERATOR', 'COMMANDER', 'ADMIN'];
  const TAIL = 20; // positions kept per track for its history tail
  // 2525C air track per standard identity: the second character is the affiliation.
  const SIDC = {
    pending: 'SPAP-----------', unknown: 'SUAP-----------', assumed_friend: 'SAAP-----------', friend: 'SFAP-----------',
    neutral: 'SNAP-----------', suspect: 'SSAP-----------', hostile: 'SHAP-----------',
  };
  const COLORS = {
    pending: '#ffe070', unknown: '#ffe070', assumed_friend: '#70c8ff', friend: '#70c8ff',
    neutral: '#80e080', suspect: '#ff9040', hostile: '#ff5050',
  };
  // Own deployment (APP-6 / 2525 ground units): air defence fire unit, radar, EO/IR and ground sensors.
  const DEPLOY_SIDC = { effector: 'SFGPUCD--------', radar: 'SFGPUUSR-------', eoir: 'SFGPUUSO-------', ugs: 'SFGPUUS--------' };
  const WCS = ['HOLD', 'TIGHT', 'FREE'];
  const $ = (id) => document.getElementById(id);
  const sd = (window.sd = {
    me: null, csrf: sessionStorage.getItem('sd.csrf'), map: null, ws: null, loggedOut: false,
    markers: new Map(), tails: new Map(), history: new Map(), alerts: new Map(), ellipses: [],
    board: { threats: [], inventory: [] }, recs: [], wcs: { defaultStatus: 'HOLD', layers: {} },
    deployment: { assets: [], sensors: [], effectors: [], coverage: { features: [] } }, deploymentKey: '', lastAlerts: [], dispatches: new Map(),
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
    // Deployment overlays are few and drawn as SVG (one element per shape, so tests and tools can count them);
    // tracks stay on the canvas for speed.
    sd.svg = L.svg({ padding: 0.2 });
    sd.layers = {
      borders: L.layerGroup().addTo(map),
      coverage: L.layerGroup().addTo(map),
      defended: L.layerGroup().addTo(map),
      sectors: L.layerGroup().addTo(map),
      sensors: L.layerGroup().addTo(map),
      effectors: L.layerGroup().addTo(map),
      ellipses: L.layerGroup().addTo(map),
      tails: L.layerGroup().addTo(map),
      alerts: L.layerGroup().addTo(map),
      tracks: L.layerGroup().addTo(map),
    };
    sd.layerControl = L.control.layers(null, {
      'Sensor coverage': sd.layers.coverage,
      'Defended areas': sd.layers.defended,
      'Border sectors': sd.layers.sectors,
      'Sensors': sd.layers.sensors,
      'Air defence units': sd.layers.effectors,
      'Impact ellipses': sd.layers.ellipses,
      'Track tails': sd.layers.tails,
      'Border alerts': sd.layers.alerts,
      'Tracks': sd.layers.tracks,
      'Basemap borders': sd.layers.borders,
    }, { collapsed: false, position: 'topright' }).addTo(map);
    map.on('moveend', () => renderSectors());
    map.on('overlayremove', (e) => { if (e.layer === sd.layers.sectors) sd.layers.sectors.eachLayer((l) => l.label && l.label.remove()); });
    map.on('overlayadd', (e) => { if (e.layer === sd.layers.sectors) renderSectors(); });
    loadDeployment();
    sd.deploymentTimer = setInterval(loadDeployment, 5000);
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

  // The track's standard identity as its source states it (APP-6 / MIL-STD-2525 affiliation).
  function identityOf(t) {
    const i = String((t && t.identity) || 'UNKNOWN').toLowerCase();
    return SIDC[i] ? i : 'unknown';
  }

  function onPicture(msg) {
    sd.pictures++;
    const seen = new Set();
    for (const t of msg.tracks) {
      seen.add(t.id);
      const ll = [t.latDeg, t.lonDeg];
      const identity = identityOf(t);
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
    // A delta: only the tracks that changed come, and the ids that left; the first message is the whole picture.
    const gone = msg.full ? [...sd.markers.keys()].filter((id) => !seen.has(id)) : (msg.removed || []);
    for (const id of gone) {
      const m = sd.markers.get(id);
      if (!m) continue;
      sd.layers.tracks.removeLayer(m);
      sd.layers.tails.removeLayer(sd.tails.get(id));
      sd.markers.delete(id); sd.tails.delete(id); sd.history.delete(id);
    }
    renderAlerts(msg.alerts);
  }

  function trackTooltip(id) {
    const m = sd.markers.get(id);
    const t = m && m.track;
    if (!t) return id;
    return `${t.id} (${m.identity}) ${fmt(t.latDeg, 4)}, ${fmt(t.lonDeg, 4)} · ${fmt(t.heightM, 0)} m · ${t.agency} ${t.releasability}`;
  }

  function dispatchText(d) {
    if (!d) return 'no patrol assigned';
    switch (d.status) {
      case 'QUEUED': return `patrol ${d.teamId} queued`;
      case 'EN_ROUTE': return `patrol ${d.teamId} en route, ETA ${Math.max(1, Math.ceil(d.etaS / 60))} min`;
      case 'ON_SCENE': return `patrol ${d.teamId} on scene`;
      default: return `patrol ${d.teamId} cleared`;
    }
  }

  function onDispatches(msg) {
    sd.dispatches = new Map(msg.items.map((d) => [d.alertId, d]));
    renderAlerts(sd.lastAlerts);
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
      // The patrol sent to look (from the server's dispatches message, released with the alert), if any.
      const d = sd.dispatches.get(a.id);
      ul.append(el('li', { 'data-alert-id': a.id },
        `${a.id} · ${a.classification} · conf ${fmt(a.confidence, 2)} · sector ${a.sectorId} · ${fmt(a.latDeg, 4)}, ${fmt(a.lonDeg, 4)} · ${a.agency} (${a.releasability}) · `,
        el('span', { class: d ? `dispatch ${d.status.toLowerCase()}` : 'dispatch none', 'data-dispatch-status': d ? d.status : 'NONE' },
          dispatchText(d))));
    }
    sd.lastAlerts = alerts;
    renderSectors();
  }

  // ---- deployment: coverage, defended areas, sensors, air defence units, border sectors ----
  async function loadDeployment() {
    const [cov, assets, sensors, effectors] = await Promise.all(
      ['/api/coverage', '/api/assets', '/api/sensors', '/api/effectors'].map((p) => api('GET', p)));
    if ([cov, assets, sensors, effectors].some((r) => r.status !== 200)) return;
    const d = { coverage: cov.json, assets: assets.json, sensors: sensors.json, effectors: effectors.json };
    sd.deployment = d;
    // Redraw the map only when the deployment itself changed; rounds left and weapons control go to the panels.
    const key = JSON.stringify([d.coverage, d.assets, d.sensors, d.effectors.map((e) => [e.id, e.position, e.maxRangeM])]);
    if (key !== sd.deploymentKey) {
      sd.deploymentKey = key;
      drawDeployment();
    }
    renderEffectorTooltips();
    renderInventory();
    renderWeapons();
  }

  const deployIcons = new Map();
  function deployIcon(kind, cls) {
    if (!deployIcons.has(kind)) {
      const sym = new ms.Symbol(DEPLOY_SIDC[kind] || DEPLOY_SIDC.ugs, { size: 22 });
      const size = sym.getSize();
      const anchor = sym.getAnchor();
      deployIcons.set(kind, L.icon({ iconUrl: sym.toDataURL(), iconSize: [size.width, size.height], iconAnchor: [anchor.x, anchor.y], className: cls }));
    }
    return deployIcons.get(kind);
  }

  function drawDeployment() {
    const d = sd.deployment;
    sd.layers.sectors.eachLayer((l) => l.label && l.label.remove());
    for (const k of ['coverage', 'defended', 'sectors', 'sensors', 'effectors']) sd.layers[k].clearLayers();
    sd.effectorMarkers = new Map();
    const svg = sd.svg;
    for (const f of d.coverage.features || []) {
      const p = f.properties || {};
      if (p.kind === 'coverage' && p.basis === 'terrain mask') {
        const low = p.target_height_m < 3000;
        L.geoJSON(f, { renderer: svg, interactive: false, style: {
          className: `ov-coverage ov-coverage-masked ${low ? 'ov-low' : 'ov-high'}`,
          color: low ? '#e0c040' : '#c9a227', weight: 1, opacity: 0.8, fillColor: '#e0c040', fillOpacity: low ? 0.10 : 0.05 } })
          .addTo(sd.layers.coverage);
      } else if (p.kind === 'coverage' && d.sensors.some((s) => s.id === p.site)) {
        L.geoJSON(f, { renderer: svg, interactive: false, style: { className: 'ov-coverage ov-coverage-nominal', color: '#e0c040', weight: 1, dashArray: '6 4', fill: false } })
          .addTo(sd.layers.coverage);
      } else if (p.kind === 'coverage') { // an effector's maximum range
        L.geoJSON(f, { renderer: svg, interactive: false, style: { className: 'ov-effector-range', color: '#4fc37a', weight: 1, dashArray: '3 4', fill: false } })
          .addTo(sd.layers.effectors);
      } else if (p.kind === 'asset') {
        L.geoJSON(f, { renderer: svg, style: { className: 'ov-asset', color: '#4aa3ff', weight: 2, fillColor: '#4aa3ff', fillOpacity: 0.22 } })
          .bindTooltip(`${p.name} (value ${p.value})`, { permanent: true, direction: 'center', className: 'asset-label' })
          .addTo(sd.layers.defended);
      } else if (p.kind === 'border') {
        const line = L.geoJSON(f, { renderer: svg, style: { className: 'ov-sector', color: '#ff9f40', weight: 4, opacity: 0.55 } }).addTo(sd.layers.sectors);
        line.sectorId = String(f.id || '').replace(/^border:/, '');
        line.sectorName = p.name;
        line.vertices = (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates).flat().map((c) => L.latLng(c[1], c[0]));
      } else if (p.kind === 'border-station') {
        L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], { renderer: svg, radius: 4, className: 'ov-station', color: '#ffd0a0', weight: 1.5, fillOpacity: 0.6 })
          .bindTooltip(`${p.station} (${p.type})`).addTo(sd.layers.sectors);
      }
    }
    // A downgraded partner gets centres only: draw those as plain points.
    for (const a of d.assets) {
      if (!a.outline.length) {
        L.circleMarker([a.centre.latDeg, a.centre.lonDeg], { renderer: svg, radius: 6, className: 'ov-asset ov-asset-approx', color: '#4aa3ff', dashArray: '2 2' })
          .bindTooltip(`${a.name} (approx., ${a.precision})`).addTo(sd.layers.defended);
      }
    }
    for (const s of d.sensors) {
      const m = L.marker([s.position.latDeg, s.position.lonDeg], { icon: deployIcon(s.kind, `sensor-marker sensor-${s.kind}`), keyboard: false })
        .bindTooltip(`${s.id} · ${s.kind} ${s.model} · range ${s.rangeM ? fmt(s.rangeM / 1000, 0) + ' km' : '–'} · ${s.agency} ${s.releasability}${s.precision === 'FULL' ? '' : ' (approx.)'}`)
        .addTo(sd.layers.sensors);
      m.getElement().setAttribute('data-sensor-id', s.id);
    }
    for (const e of d.effectors) {
      const m = L.marker([e.position.latDeg, e.position.lonDeg], { icon: deployIcon('effector', 'effector-marker'), keyboard: false })
        .addTo(sd.layers.effectors);
      m.getElement().setAttribute('data-effector-id', e.id);
      m.bindTooltip(e.id, { permanent: true, direction: 'right', offset: [12, 0], className: 'effector-label' });
      sd.effectorMarkers.set(e.id, m);
    }
    renderSectors();
  }

  function renderEffectorTooltips() {
    for (const e of sd.deployment.effectors) {
      const m = sd.effectorMarkers && sd.effectorMarkers.get(e.id);
      if (!m) continue;
      const rounds = e.roundsLeft === null || e.roundsLeft === undefined ? '?' : e.roundsLeft;
      const wcs = ((sd.wcs.layers || {})[e.layer]) || e.weaponsControl;
      m.setTooltipContent(`${e.id} ${rounds}/${e.magazine} ${wcs}`);
    }
  }

  // Border sectors carry the count of alerts the caller can see in them (from the picture, already cut per agency).
  function renderSectors() {
    const counts = new Map();
    for (const a of sd.lastAlerts) counts.set(a.sectorId, (counts.get(a.sectorId) || 0) + 1);
    // A sector can be hundreds of km long: its label sits on the vertex nearest the view's centre.
    const centre = sd.map.getCenter();
    sd.layers.sectors.eachLayer((l) => {
      if (!l.sectorId) return;
      const n = counts.get(l.sectorId) || 0;
      l.setStyle({ color: n ? '#ff6a3d' : '#ff9f40', opacity: n ? 0.9 : 0.55 });
      const text = `sector ${l.sectorId}: ${n} alert${n === 1 ? '' : 's'}`;
      let at = l.vertices[0];
      for (const v of l.vertices) if (v.distanceTo(centre) < at.distanceTo(centre)) at = v;
      if (!l.label) l.label = L.tooltip({ permanent: true, direction: 'left', offset: [-8, 0], className: 'sector-label' });
      l.label.setLatLng(at).setContent(text);
      if (!sd.map.hasLayer(l.label) && sd.map.hasLayer(sd.layers.sectors)) l.label.addTo(sd.map);
    });
    const other = [...counts.entries()].filter(([id]) => !sectorIds().has(id));
    $('sector-counts').textContent = [...counts.entries()].length
      ? [...counts.entries()].sort().map(([id, n]) => `${id}: ${n}`).join(' · ') + (other.length ? ' (some sectors not on the map)' : '')
      : 'no alerts in any sector';
  }

  function sectorIds() {
    const ids = new Set();
    sd.layers.sectors.eachLayer((l) => { if (l.sectorId) ids.add(l.sectorId); });
    return ids;
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
    const rows = sd.board.inventory.map((i) => ({ id: i.effectorId, layer: i.layer, left: i.roundsLeft, total: i.roundsTotal }));
    const reported = new Set(rows.map((r) => r.id));
    // deployed units the engine has not reported yet: full magazine as deployed, rounds left unknown
    for (const e of sd.deployment.effectors) {
      if (!reported.has(e.id)) rows.push({ id: e.id, layer: e.layer, left: e.roundsLeft, total: e.magazine });
    }
    if (!rows.length) body.append(el('tr', {}, el('td', { colSpan: 3, class: 'empty' }, 'no inventory reported')));
    const layers = new Map();
    for (const r of rows) {
      const known = r.left !== null && r.left !== undefined;
      body.append(el('tr', { 'data-effector-id': r.id }, el('td', {}, r.id), el('td', {}, r.layer), el('td', {}, `${known ? r.left : '?'} / ${r.total}`)));
      const t = layers.get(r.layer) || { left: 0, total: 0, unknown: 0, units: 0 };
      t.left += known ? r.left : 0; t.total += r.total; t.unknown += known ? 0 : 1; t.units++;
      layers.set(r.layer, t);
    }
    for (const [l, t] of [...layers.entries()].sort()) {
      body.append(el('tr', { class: 'layer-total', 'data-layer-total': l }, el('td', {}, 'layer total'), el('td', {}, l),
        el('td', {}, `${t.unknown === t.units ? '?' : (t.unknown ? '≥ ' : '') + t.left} / ${t.total}`)));
    }
  }

  // Rows are kept (not rebuilt) so a commander's half-typed reason survives the pushes.
  function renderWeapons() {
    const layers = new Set(Object.keys(sd.wcs.layers || {}));
    sd.board.inventory.forEach((i) => layers.add(i.layer));
    sd.recs.forEach((r) => layers.add(r.recommendation.layer));
    sd.deployment.effectors.forEach((e) => layers.add(e.layer));
    const body = $('weapons').tBodies[0];
    const commander = atLeast('COMMANDER');
    $('weapons-head-control').hidden = !commander;
    let def = body.querySelector('tr.wcs-default');
    if (!def) {
      def = el('tr', { class: 'wcs-default' }, el('td', {}, '(default)'), el('td', {}));
      if (commander) def.append(el('td', {}));
      body.prepend(def);
    }
    setStatus(def.cells[1], sd.wcs.defaultStatus);
    for (const l of [...layers].sort()) {
      const s = (sd.wcs.layers || {})[l] || sd.wcs.defaultStatus;
      let row = body.querySelector(`tr[data-layer="${CSS.escape(l)}"]`);
      if (!row) {
        row = el('tr', { 'data-layer': l }, el('td', {}, l), el('td', {}));
        if (commander) row.append(el('td', {}, wcsControl(l)));
        const after = [...body.querySelectorAll('tr[data-layer]')].find((r) => r.dataset.layer > l);
        body.insertBefore(row, after || null);
      }
      setStatus(row.cells[1], s);
    }
  }

  function setStatus(td, s) {
    if (td.textContent !== s) { td.textContent = s; td.className = `wcs-status status-${s}`; }
  }

  function wcsControl(layer) {
    const select = el('select', { class: 'wcs-select' }, ...WCS.map((w) => el('option', { value: w }, w)));
    select.value = (sd.wcs.layers || {})[layer] || sd.wcs.defaultStatus;
    const reason = el('input', { class: 'wcs-reason', placeholder: 'reason (required)', maxLength: 2000 });
    const msg = el('div', { class: 'wcs-msg' });
    const button = el('button', { class: 'wcs-set', type: 'button', onclick: async () => {
      if (!reason.value.trim()) { msg.textContent = 'a reason is required'; msg.className = 'wcs-msg error'; reason.focus(); return; }
      const res = await api('PUT', `/api/weapons-control/${encodeURIComponent(layer)}`, { status: select.value, reason: reason.value.trim() });
      if (res.status === 200) {
        msg.textContent = `${layer} set to ${res.json.status}`; msg.className = 'wcs-msg ok'; reason.value = '';
        sd.wcs.layers = Object.assign({}, sd.wcs.layers, { [layer]: res.json.status });
        renderWeapons(); renderEffectorTooltips();
      } else {
        msg.textContent = `${res.status}: ${(res.json && res.json.reason) || 'failed'}`; msg.className = 'wcs-msg error';
      }
    } }, 'Set');
    return el('div', { class: 'wcs-control' }, select, reason, button, msg);
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
        case 'weaponsControl': sd.wcs = msg; renderWeapons(); renderEffectorTooltips(); break;
        case 'audit': onAudit(msg); break;
        case 'dispatches': onDispatches(msg); break;
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
