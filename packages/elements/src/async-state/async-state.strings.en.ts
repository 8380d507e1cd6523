import type { AsyncStateText } from './async-state.strings.zh-CN.js';

export default {
  loading: 'Loading…',
  offline: 'You are offline. Check your connection and try again.',
  failed: 'The information could not be loaded. Please try again.',
  rateLimited: 'Too many requests. Please wait a moment and try again.',
  notConfigured: 'This widget has no service address (api-base). Please contact the site administrator.',
  retry: 'Try again',
} satisfies AsyncStateText;
