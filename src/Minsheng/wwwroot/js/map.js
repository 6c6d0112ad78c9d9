// The public map: sites coloured by their project's light, filtered by category and district, and
// the nearest to the visitor. Without a tile source it draws the district outlines the office uploaded.
(async function () {
  const box = document.getElementById('map');
  if (!box || !window.L) return;
  const colours = { green: '#188038', yellow: '#f2a900', red: '#d93025' };
  // A view first: Leaflet cannot add layers to a map without one.
  const map = L.map(box, { zoomControl: true }).setView([35, 105], 4);
  if (box.dataset.tiles) {
    L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution || '', maxZoom: 18 }).addTo(map);
  }
  let bounds = null;
  if (box.dataset.outlines) {
    const outlines = await (await fetch(box.dataset.outlines)).json();
    const layer = L.geoJSON(outlines, { style: { color: '#5f6368', weight: 1, fillColor: '#e3e6ea', fillOpacity: 0.4 } }).addTo(map);
    bounds = layer.getBounds();
  }
  const sites = (await (await fetch(box.dataset.sites)).json()).features;
  const markers = sites.map(site => {
    const p = site.properties;
    const [lon, lat] = site.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], { radius: 8, color: '#fff', weight: 2, fillColor: colours[p.light] || '#5f6368', fillOpacity: 0.95 });
    marker.bindPopup(`<b><a href="${p.url}">${escape(p.projectName)}</a></b><br>${escape(p.name)}<br>${escape(p.address || '')}<br>${Math.round((p.progress || 0) * 1000) / 10}%`);
    return { site, marker, lat, lon };
  });
  const list = document.getElementById('site-list');
  const category = document.getElementById('category');
  const district = document.getElementById('district');
  let here = null;

  function show() {
    const shown = markers.filter(m =>
      (!category.value || m.site.properties.category === category.value) &&
      (!district.value || m.site.properties.district === district.value));
    markers.forEach(m => map.removeLayer(m.marker));
    shown.forEach(m => m.marker.addTo(map));
    if (here) shown.forEach(m => m.distance = kilometres(here, m));
    const ordered = here ? [...shown].sort((a, b) => a.distance - b.distance).slice(0, 10) : shown;
    list.replaceChildren(...ordered.map(m => {
      const p = m.site.properties;
      const item = document.createElement('li');
      item.dataset.site = p.id;
      item.dataset.category = p.category;
      item.dataset.district = p.district || '';
      item.innerHTML = `<span class="dot ${p.light}"></span><a href="${p.url}">${escape(p.projectName)}</a> · ${escape(p.name)}` +
        (here ? ` <small>${box.dataset.distance.replace('{0}', m.distance.toFixed(1))}</small>` : '');
      return item;
    }));
    const area = shown.length ? L.latLngBounds(shown.map(m => [m.lat, m.lon])) : bounds;
    if (here) map.setView([here.lat, here.lon], 13);
    else if (area && area.isValid()) map.fitBounds(area.pad(0.1), { maxZoom: 14 });
    else map.setView([35, 105], 4);
  }

  category.addEventListener('change', show);
  district.addEventListener('change', show);
  document.getElementById('near-me').addEventListener('click', () => {
    if (!navigator.geolocation) return alert(box.dataset.noPosition);
    navigator.geolocation.getCurrentPosition(position => {
      here = { lat: position.coords.latitude, lon: position.coords.longitude };
      L.circleMarker([here.lat, here.lon], { radius: 6, color: '#0b57d0', fillOpacity: 1 }).addTo(map);
      document.getElementById('nearest-title').hidden = false;
      show();
    }, () => alert(box.dataset.noPosition));
  });
  show();
  box.dataset.ready = 'true';

  function kilometres(a, b) {
    const rad = Math.PI / 180, dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
    return 12742 * Math.asin(Math.sqrt(h));
  }
  function escape(text) {
    return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }
})();
