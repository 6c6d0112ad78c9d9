// Tables that clerks work with: a table[data-grid] gets a search box, a filter per th[data-filter], sorting on
// th[data-sort] (data-sort="number" sorts by the cells' data-value), pages of data-page-size rows (50 by default),
// export of exactly the rows shown (filtered, searched, sorted, all pages) as .xlsx, and print. The filters and
// the search live in the address (?status=Behind&q=...), so a link can open a list already filtered.
// A wide table inside .table-responsive shows a shadow and a hint on the side where columns are hidden.
(() => {
  const text = JSON.parse(document.getElementById('grid-text')?.textContent || '{}');
  const say = (key, ...values) => (text[key] || key).replace(/\{(\d)\}/g, (_, i) => values[i]);
  const cellText = cell => (cell?.innerText ?? '').replace(/\s+/g, ' ').trim();
  const valueOf = cell => cell?.dataset.value ?? cellText(cell);
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  const params = new URLSearchParams(location.search);
  // A cell belongs to one value (data-filter-value, or what it shows) or to several (data-filter-values="a|b").
  const filterValues = cell => cell?.dataset.filterValues !== undefined
    ? cell.dataset.filterValues.split('|').filter(Boolean)
    : [cell?.dataset.filterValue ?? valueOf(cell)];

  function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'class') node.className = value; else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  }

  function grid(table, index) {
    const body = table.tBodies[0];
    if (!body) return;
    const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
    const rows = Array.from(body.rows);
    const pageSize = Number(table.dataset.pageSize ?? 50);
    const name = table.dataset.grid || document.title.split(' · ')[0];
    const state = { query: (params.get(table.dataset.searchParam || 'q') || '').trim(), filters: {}, sort: null, descending: false, page: 0, printing: false };
    let shown = rows;

    const tools = element('div', { class: 'grid-tools d-print-none', role: 'search' });
    const searchId = `grid-${index}-search`;
    const search = element('input', { type: 'search', id: searchId, class: 'form-control form-control-sm', placeholder: say('search'), 'aria-label': say('search') });
    search.value = state.query;
    tools.append(element('div', { class: 'search' }, search));

    headers.forEach((th, column) => {
      if (!('filter' in th.dataset)) return;
      const key = th.dataset.filter || `f${column}`;
      const options = new Map();
      rows.forEach(row => {
        const cell = row.cells[column];
        for (const value of filterValues(cell)) {
          if (value && !options.has(value)) options.set(value, cell.dataset.filterValues !== undefined ? value : cell.dataset.filterText ?? cellText(cell));
        }
      });
      const id = `grid-${index}-${key}`;
      const select = element('select', { id, class: 'form-select form-select-sm', 'data-key': key });
      select.append(element('option', { value: '' }, `${cellText(th)}：${say('all')}`));
      Array.from(options).sort((a, b) => collator.compare(a[1], b[1])).forEach(([value, label]) => select.append(element('option', { value }, label)));
      const wanted = params.get(key);
      if (wanted && options.has(wanted)) { select.value = wanted; state.filters[key] = { column, value: wanted }; }
      select.setAttribute('aria-label', cellText(th));
      select.addEventListener('change', () => {
        if (select.value) state.filters[key] = { column, value: select.value }; else delete state.filters[key];
        state.page = 0;
        remember(key, select.value);
        update();
      });
      tools.append(element('div', { class: 'filter' }, select));
    });

    const exportButton = element('button', { type: 'button', class: 'btn btn-sm btn-outline-success', 'data-export': '' }, element('i', { class: 'bi bi-file-earmark-excel me-1', 'aria-hidden': 'true' }), say('export'));
    const printButton = element('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary' }, element('i', { class: 'bi bi-printer me-1', 'aria-hidden': 'true' }), say('print'));
    tools.append(element('div', { class: 'btn-group' }, exportButton, printButton));
    const box = table.closest('.table-responsive') || table;
    box.before(tools);

    const count = element('span', { class: 'text-secondary small', 'aria-live': 'polite', 'data-grid-count': '' });
    const pager = element('nav', { class: 'grid-pager d-print-none', 'aria-label': say('pages') }, count);
    const previous = element('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary' }, say('previous'));
    const pageText = element('span', { class: 'small mx-2' });
    const next = element('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary' }, say('next'));
    const pages = element('span', {}, previous, pageText, next);
    pager.append(pages);
    box.after(pager);

    headers.forEach((th, column) => {
      if (!('sort' in th.dataset)) return;
      const button = element('button', { type: 'button', class: 'sort', title: say('sortBy', cellText(th)) });
      button.append(...th.childNodes);
      th.append(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', () => {
        state.descending = state.sort === column ? !state.descending : th.dataset.sortFirst === 'descending';
        state.sort = column;
        headers.forEach(h => h.hasAttribute('aria-sort') && h.setAttribute('aria-sort', 'none'));
        th.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
        update();
      });
    });

    function remember(key, value) {
      const query = new URLSearchParams(location.search);
      if (value) query.set(key, value); else query.delete(key);
      history.replaceState(null, '', `${location.pathname}${query.size ? '?' + query : ''}${location.hash}`);
    }

    let typing;
    search.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => { state.query = search.value.trim(); state.page = 0; remember(table.dataset.searchParam || 'q', state.query); update(); }, 150);
    });
    previous.addEventListener('click', () => { state.page--; update(); });
    next.addEventListener('click', () => { state.page++; update(); });

    function update() {
      const words = state.query.toLowerCase().split(/\s+/).filter(Boolean);
      shown = rows.filter(row => {
        for (const { column, value } of Object.values(state.filters)) {
          if (!filterValues(row.cells[column]).includes(value)) return false;
        }
        if (words.length === 0) return true;
        const haystack = (row.dataset.search ?? '') + ' ' + cellText(row).toLowerCase();
        return words.every(word => haystack.toLowerCase().includes(word));
      });
      if (state.sort !== null) {
        const th = headers[state.sort];
        const numeric = th.dataset.sort === 'number';
        const key = row => {
          const value = valueOf(row.cells[state.sort]);
          if (!numeric) return value;
          const number = parseFloat(value);
          return Number.isNaN(number) ? null : number;
        };
        shown = shown.slice().sort((a, b) => {
          const x = key(a), y = key(b);
          if (x === y) return 0;
          if (x === null || x === '') return 1;
          if (y === null || y === '') return -1;
          const order = numeric ? x - y : collator.compare(x, y);
          return state.descending ? -order : order;
        });
      }
      const pageCount = pageSize > 0 && !state.printing ? Math.max(1, Math.ceil(shown.length / pageSize)) : 1;
      state.page = Math.min(Math.max(state.page, 0), pageCount - 1);
      const first = pageCount > 1 ? state.page * pageSize : 0;
      const visible = new Set(pageCount > 1 ? shown.slice(first, first + pageSize) : shown);
      rows.forEach(row => { row.hidden = !visible.has(row); });
      shown.forEach(row => body.append(row));
      count.textContent = shown.length === rows.length ? say('count', rows.length) : say('countOf', shown.length, rows.length);
      pages.hidden = pageCount <= 1;
      pageText.textContent = say('page', state.page + 1, pageCount);
      previous.disabled = state.page === 0;
      next.disabled = state.page >= pageCount - 1;
      exportButton.disabled = shown.length === 0;
      table.dataset.shown = String(shown.length);
      hint();
    }

    exportButton.addEventListener('click', async () => {
      const columns = headers.map((th, i) => ({ th, i })).filter(({ th }) => th.dataset.export !== 'false');
      const body = {
        title: name,
        columns: columns.map(({ th }) => cellText(th)),
        rows: shown.map(row => columns.map(({ i }) => row.cells[i]?.dataset.export ?? cellText(row.cells[i]))),
      };
      exportButton.disabled = true;
      try {
        const response = await fetch('/api/exports/table.xlsx', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
        if (!response.ok) throw new Error(String(response.status));
        const link = element('a', { href: URL.createObjectURL(await response.blob()), download: `${name}.xlsx` });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      } catch {
        alert(say('exportFailed'));
      } finally {
        exportButton.disabled = false;
      }
    });
    printButton.addEventListener('click', () => window.print());
    window.addEventListener('beforeprint', () => { state.printing = true; update(); });
    window.addEventListener('afterprint', () => { state.printing = false; update(); });

    const hint = box === table ? () => {} : scrollCue(box);
    update();
  }

  /** Keeps a box's cue (a shadow and a hint) on while columns are hidden to its right; returns the update. */
  function scrollCue(box) {
    const hint = () => {
      box.dataset.scrollHint = say('scrollHint');
      box.classList.toggle('more-right', box.scrollLeft + box.clientWidth < box.scrollWidth - 2);
      // A box that scrolls takes the keyboard's focus, so that arrow keys scroll it too.
      if (box.scrollWidth > box.clientWidth) box.tabIndex = 0; else box.removeAttribute('tabindex');
    };
    box.addEventListener('scroll', hint, { passive: true });
    window.addEventListener('resize', hint);
    hint();
    return hint;
  }

  document.querySelectorAll('table[data-grid]').forEach(grid);
  document.querySelectorAll('.table-responsive').forEach(box => box.querySelector('table[data-grid]') || scrollCue(box));
})();
