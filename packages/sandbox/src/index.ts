// @plskit/sandbox: the reference public legal services API on SQLite or PostgreSQL.
export { startSandbox, type RunningSandbox } from './sandbox.js';
export { optionsFromEnv, DEFAULT_DB, DEFAULT_HOST, DEFAULT_PORT, type SandboxOptions } from './options.js';
export { parseFaultSpec, type FaultSpec } from './http/faults.js';
export type { RateLimitOptions } from './http/rate-limit.js';
export { jsonLogger, type LogEntry, type SandboxLogger } from './logger.js';
export type { ResponseViolation } from './server.js';
export { generateJiningDataset, DEFAULT_SEED, type JiningDataset } from './dataset/jining-dataset.js';
export { HOSTILE_LAWYER_NAMES, HOSTILE_FIRM_NAME } from './dataset/hostile-names.js';
export type { CommandIo } from './command-io.js';
export { runImportCommand } from './directory-import/import-command.js';
export { importDirectory, type ImportReport, type ImportOptions } from './directory-import/import-directory.js';
export { formatProblem, type ImportProblem, type ImportProblemCode } from './directory-import/import-problem.js';
export { runMigrateCommand } from './migrate-command.js';
export { runDataKeyCommand } from './data-key-command.js';
export { runWebhooksCommand } from './events/webhooks-command.js';
export { parseWebhooksConfig, readWebhooksFile, type SignedTarget, type WebhookEndpoint, type WebhooksConfig } from './events/webhooks-config.js';
export type { DeliveryOptions } from './events/deliverer.js';
export { EVENT_TYPES, type EventType, type PlskitEvent, type SmsNotification } from './events/event.js';
