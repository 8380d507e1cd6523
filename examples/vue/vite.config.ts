import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // base './': the built page works from any folder (the test serves it under /demo/)
  base: './',
  // <pls-*> are custom elements, not Vue components: Vue passes props and listens to their events
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pls-') } } })],
});
