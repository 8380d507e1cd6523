// Storybook for designers: every element and state, both locales, senior mode.
// It runs with no server: stories answer the API from an in-browser fixture.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // docs: one page per element (description, attribute/property/event/slot/part/token
  // tables from custom-elements.json, every story), besides the stories themselves
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // no telemetry anywhere, Storybook included: a partner's build must not phone home
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // the workspace packages from their TypeScript source (their private export condition)
  viteFinal: (vite) => ({ ...vite, resolve: { ...vite.resolve, conditions: ['@plskit/source', 'module', 'browser', 'production'] } }),
};

export default config;
