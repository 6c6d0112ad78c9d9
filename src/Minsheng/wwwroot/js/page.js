// Behaviour that pages declare with data attributes, since the Content-Security-Policy runs no inline handler:
// data-autosubmit on a select submits its form, data-confirm on a form asks first, data-print prints the page,
// data-no-submit keeps a form of filters from being sent.
document.addEventListener('change', event => {
  if (event.target.matches('select[data-autosubmit]')) event.target.form.submit();
});
document.addEventListener('submit', event => {
  const form = event.target;
  if (form.matches('[data-no-submit]') || (form.dataset.confirm && !confirm(form.dataset.confirm))) event.preventDefault();
});
document.addEventListener('click', event => {
  if (event.target.closest('[data-print]')) window.print();
});
