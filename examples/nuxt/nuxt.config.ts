// Nuxt renders on the server first; the plskit elements need the browser's DOM.
// The tags are left to the client: plugins/plskit.client.ts defines them in the
// browser only, and app.vue renders them inside <ClientOnly>.
export default defineNuxtConfig({
  compatibilityDate: '2026-09-01',
  // <pls-*> are custom elements, not Vue components: Vue passes props and listens to their events
  vue: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pls-') } },
  app: { head: { title: 'Public legal services', htmlAttrs: { lang: 'en' }, link: [{ rel: 'icon', href: 'data:,' }] } },
  devtools: { enabled: false },
  telemetry: false,
  typescript: { strict: true },
});
