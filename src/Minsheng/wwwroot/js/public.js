// The public portal's behaviour (the Content-Security-Policy runs no inline script): the programme page's
// instant search by project name or code, and the countdown on 获取验证码 for the wait the server answered.
(function () {
  const search = document.getElementById('project-search');
  if (search) {
    const status = document.getElementById('search-status');
    const cells = [...document.querySelectorAll('[data-project-cell]')];
    const sections = [...document.querySelectorAll('section[data-category]')];
    const links = [...document.querySelectorAll('[data-category-link]')];
    const normalise = value => value.toLowerCase().replace(/\s+/g, '');
    const texts = new Map(cells.map(cell => [cell, normalise(cell.querySelector('[data-search]').dataset.search)]));
    search.addEventListener('input', () => {
      const query = normalise(search.value);
      let found = 0;
      for (const cell of cells) {
        const match = !query || texts.get(cell).includes(query);
        cell.hidden = !match;
        if (match) found++;
      }
      for (const section of sections) {
        const visible = section.querySelectorAll('[data-project-cell]:not([hidden])').length;
        section.hidden = visible === 0;
        const link = links.find(l => l.dataset.categoryLink === section.dataset.category);
        if (link) link.closest('li').hidden = visible === 0;
      }
      status.textContent = !query ? '' : found ? status.dataset.found.replace('{0}', found) : status.dataset.none;
    });
  }

  // The button counts down from the seconds the page was answered with, then sends again.
  const send = document.querySelector('[data-countdown]');
  const wait = send ? parseInt(send.dataset.countdown, 10) : NaN;
  if (send && wait > 0) {
    const label = send.textContent;
    const until = Date.now() + wait * 1000;
    send.disabled = true;
    const tick = () => {
      const left = Math.ceil((until - Date.now()) / 1000);
      if (left <= 0) {
        send.disabled = false;
        send.textContent = label;
        return;
      }
      send.textContent = send.dataset.countdownText.replace('{0}', left);
      setTimeout(tick, 250);
    };
    tick();
  }
})();
