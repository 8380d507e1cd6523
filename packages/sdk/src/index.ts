// @plskit/sdk: everything a page calls (browser.ts), and what a partner's
// server adds: verifying the webhooks the API sends. The single-file browser
// build leaves the verifier out (a page never receives a webhook); a bundler
// leaves it out of any bundle that does not import it.
export * from './browser.js';
export { PlsWebhookError, PlsWebhookHeaderError, PlsWebhookSignatureError, PlsWebhookTimestampError } from './errors.js';
export { verifyWebhook, type VerifyWebhookOptions } from './webhooks.js';
