import { defineConfig } from 'vite';

// base './': the built page works from any folder (the test serves it under /demo/)
export default defineConfig({ base: './' });
