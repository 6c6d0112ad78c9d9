// Build step (Minsheng.csproj, BuildStyles): the stylesheets made from the npm packages, never committed.
//  - wwwroot/lib/bootstrap-icons/icons.css: only the bootstrap-icons the app names (bi-*), each its SVG as a CSS
//    mask painted in the text's colour. No icon font: the pages download neither its 87 KB of rules for 2,000
//    icons nor its 134 KB font. An icon a stylesheet names as var(--bi-NAME) is also a custom property.
//  - wwwroot/lib/portal/portal.css: Bootstrap and those icons reduced by PurgeCSS to what the public portal's
//    pages and scripts name, so that a resident's phone parses a few kilobytes before the first paint, not 232.
// Usage: node Shared/build-styles.mjs (from src/Minsheng)
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PurgeCSS } from 'purgecss';

const iconsFolder = 'node_modules/bootstrap-icons/icons';
const sources = await filesUnder('.', name => /\.(cshtml|cs|js|css)$/.test(name));
const portalSources = sources.filter(file =>
  file.startsWith('Public/') || ['wwwroot/js/page.js', 'wwwroot/js/public.js', 'wwwroot/js/map.js'].includes(file));

const icons = await iconsCss(sources);
await write('wwwroot/lib/bootstrap-icons/icons.css', icons);
await write('wwwroot/lib/portal/portal.css', await portalCss(icons, portalSources));

async function iconsCss(files) {
  const available = new Set((await readdir(iconsFolder)).map(name => name.replace(/\.svg$/, '')));
  const named = new Set(), properties = new Set();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    for (const [, name] of text.matchAll(/\bbi-([a-z0-9]+(?:-[a-z0-9]+)*)/g))
      if (available.has(name)) named.add(name);
    for (const [, name] of text.matchAll(/var\(--bi-([a-z0-9-]+)\)/g))
      if (available.has(name)) properties.add(name);
  }
  const rules = [];
  const url = async name => `url("data:image/svg+xml,${dataUri((await readFile(join(iconsFolder, `${name}.svg`), 'utf8')).replace(/\s*\n\s*/g, ' ').trim())}")`;
  for (const name of [...named].sort()) rules.push(`.bi-${name}{--bi:${await url(name)}}`);
  if (properties.size) rules.push(`:root{${(await Promise.all([...properties].sort().map(async name => `--bi-${name}:${await url(name)}`))).join(';')}}`);
  // The box and alignment of bootstrap-icons' own font rules; forced colours (Windows high contrast) paint the
  // mask in the text colour the system chose, where a background would otherwise vanish.
  return '/* bootstrap-icons (MIT), the icons Minsheng names, as masks */\n' +
    '.bi::before{content:"";display:inline-block;width:1em;height:1em;vertical-align:-.125em;background-color:currentColor;' +
    '-webkit-mask:var(--bi) no-repeat center/contain;mask:var(--bi) no-repeat center/contain}\n' +
    '@media (forced-colors:active){.bi::before{forced-color-adjust:none;background-color:CanvasText}}\n' +
    rules.join('\n') + '\n';
}

async function portalCss(iconRules, content) {
  const bootstrap = await readFile('node_modules/bootstrap/dist/css/bootstrap.min.css', 'utf8');
  const [purged] = await new PurgeCSS().purge({
    content: await Promise.all(content.map(async file => ({ raw: await readFile(file, 'utf8'), extension: file.split('.').pop() }))),
    css: [{ raw: bootstrap.replace('@charset "UTF-8";', '').replace(/\/\*# sourceMappingURL=.*?\*\//, '') + '\n' + iconRules }],
    // The base rules Bootstrap writes for elements and :root stay whatever the pages name.
    safelist: { standard: [/^bi$/], greedy: [/^:root/, /data-bs-theme/] },
  });
  return '@charset "UTF-8";\n/* Bootstrap 5.3 (MIT) and bootstrap-icons (MIT), reduced to what the public portal uses */\n' + purged.css;
}

function dataUri(svg) {
  return svg.replace(/"/g, "'").replace(/[%#<>{}]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

async function filesUnder(folder, wanted) {
  const found = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = folder === '.' ? entry.name : join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!['bin', 'obj', 'node_modules', 'lib', 'Migrations'].includes(entry.name)) found.push(...await filesUnder(path, wanted));
    } else if (wanted(entry.name)) found.push(relative('.', path).replaceAll('\\', '/'));
  }
  return found;
}

async function write(file, text) {
  await mkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  await writeFile(file, text);
}
