// ".client": Nuxt runs this plugin in the browser only, so the define entries
// (which need customElements and HTMLElement) never load on the server.
import '@plskit/elements/provider.js';
import '@plskit/elements/lawyer-finder.js';
import '@plskit/elements/aid-eligibility.js';
import '@plskit/elements/notary-checklist.js';
import '@plskit/elements/appointment-booker.js';
import '@plskit/elements/legal-question.js';
import '@plskit/elements/dialog.js';

export default defineNuxtPlugin(() => {});
