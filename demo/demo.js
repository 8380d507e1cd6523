// Page-level controls of the demo partner site: elder mode and language, set on
// the provider (never a page-wide global), and the "bundle not built" notice.
const provider = document.querySelector('pls-provider');
const senior = document.getElementById('toggle-senior');
const locale = document.getElementById('toggle-locale');

senior.addEventListener('click', () => {
  const on = senior.getAttribute('aria-pressed') !== 'true';
  senior.setAttribute('aria-pressed', String(on));
  document.body.classList.toggle('senior', on);
  provider.toggleAttribute('senior', on);
});

locale.addEventListener('click', () => {
  const english = provider.getAttribute('locale') !== 'en';
  provider.setAttribute('locale', english ? 'en' : 'zh-CN');
  document.documentElement.lang = english ? 'en' : 'zh-CN';
  locale.textContent = english ? '中文' : 'English';
  locale.lang = english ? 'zh-CN' : 'en';
});

// the notice appears only when the loader never ran (the CDN build is missing)
window.addEventListener('load', () => {
  setTimeout(() => {
    if (!customElements.get('pls-provider')) document.querySelector('.bundle-missing').hidden = false;
  }, 3000);
});

// the notary checklist's "book a visit": open the booker on the notary service
// and the center the checklist named, and take the resident there
document.addEventListener('pls-book-request', ({ detail }) => {
  const booker = document.querySelector('pls-appointment-booker');
  booker.setAttribute('service', detail.service);
  if (detail.center) booker.setAttribute('center', detail.center);
  if (detail.region) booker.setAttribute('region', detail.region);
  document.getElementById('appointments').scrollIntoView();
  document.getElementById('appointments-title').focus();
});
