// The demo intranet page: the pasted token goes to the desk as a property, in
// this page's memory only (a real portal's OIDC client answers getAccessToken).
const desk = document.querySelector('pls-staff-desk');
const senior = document.getElementById('toggle-senior');
const locale = document.getElementById('toggle-locale');

document.getElementById('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  const field = document.getElementById('token');
  desk.accessToken = field.value.trim();
  field.value = '';
  document.getElementById('desk-title').scrollIntoView();
});

senior.addEventListener('click', () => {
  const on = senior.getAttribute('aria-pressed') !== 'true';
  senior.setAttribute('aria-pressed', String(on));
  document.body.classList.toggle('senior', on);
  desk.toggleAttribute('senior', on);
});

locale.addEventListener('click', () => {
  const english = desk.getAttribute('locale') !== 'en';
  desk.setAttribute('locale', english ? 'en' : 'zh-CN');
  document.documentElement.lang = english ? 'en' : 'zh-CN';
  locale.textContent = english ? '中文' : 'English';
  locale.lang = english ? 'zh-CN' : 'en';
});
