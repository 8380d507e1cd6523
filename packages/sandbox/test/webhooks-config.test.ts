// The webhooks file an operator writes: checked whole at start-up, every
// mistake named with its place, and a secret never echoed in an error.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWebhooksConfig, readWebhooksFile } from '../src/events/webhooks-config.js';
import { optionsFromEnv, startSandbox } from '../src/index.js';

const SECRET = 'whsec_0123456789abcdefghijklmn';
const dir = mkdtempSync(join(tmpdir(), 'plskit-webhooks-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const endpoint = (extra: Record<string, unknown> = {}) => ({ url: 'https://crm.example.gov.cn/plskit', secret: SECRET, events: ['appointment.*'], ...extra });
const problem = (config: unknown) => {
  try {
    parseWebhooksConfig(config, 'webhooks.json');
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('the webhooks file', () => {
  it('names each endpoint\'s secrets current first, and the SMS gateway', () => {
    const config = parseWebhooksConfig({
      endpoints: [endpoint({ previousSecret: `${SECRET}-old`, description: '12345 work-order platform' })],
      notifications: { url: 'https://sms.example.gov.cn/plskit', secret: SECRET },
    });
    expect(config).toEqual({
      endpoints: [{ url: 'https://crm.example.gov.cn/plskit', secrets: [SECRET, `${SECRET}-old`], events: ['appointment.*'] }],
      notifications: { url: 'https://sms.example.gov.cn/plskit', secrets: [SECRET] },
    });
    expect(parseWebhooksConfig({})).toEqual({ endpoints: [] });
  });

  it.each([
    [{ endpoint: [] }, 'webhooks.json: the file has "endpoint", which is not one of "endpoints", "notifications"'],
    [{ endpoints: [endpoint({ secret: undefined })] }, 'webhooks.json: endpoints[0].secret is missing'],
    [{ endpoints: [endpoint({ secret: 'short' })] }, 'endpoints[0].secret must be a string of at least 24 characters'],
    [{ endpoints: [endpoint({ previousSecret: SECRET })] }, 'endpoints[0].previousSecret is the same as its secret'],
    [{ endpoints: [endpoint({ url: 'http://crm.example.gov.cn/' })] }, 'endpoints[0].url must be an https:// URL (http:// only on loopback)'],
    [{ endpoints: [endpoint({ url: 'https://user:pw@crm.example.gov.cn/' })] }, 'endpoints[0].url must not carry a user name or password'],
    [{ endpoints: [endpoint({ url: 'crm' })] }, 'endpoints[0].url must be an absolute URL, not "crm"'],
    [{ endpoints: [endpoint({ events: [] })] }, 'endpoints[0].events must be a non-empty list'],
    [{ endpoints: [endpoint({ events: ['apointment.*'] })] }, 'endpoints[0].events[0] "apointment.*" matches no event type (appointment.booked,'],
    [{ endpoints: [endpoint(), endpoint()] }, 'https://crm.example.gov.cn/plskit is named twice'],
    [{ notifications: { url: 'https://sms.example.gov.cn/', secret: SECRET, events: ['*'] } }, 'notifications has "events"'],
    [[], 'the file must be an object'],
  ])('refuses %j: %s', (config, message) => {
    expect(problem(config)).toContain(message);
  });

  it('takes the booking page a message about a cancelled visit links to: https, short, nothing secret in it', () => {
    const gateway = (bookAgainUrl: unknown) => ({ notifications: { url: 'https://sms.example.gov.cn/plskit', secret: SECRET, bookAgainUrl } });
    expect(parseWebhooksConfig(gateway('https://sfj.jining.gov.cn/yy')).notifications?.bookAgainUrl).toBe('https://sfj.jining.gov.cn/yy');
    expect(problem(gateway('http://sfj.jining.gov.cn/yy'))).toMatch(/notifications.bookAgainUrl must be an https:\/\/ URL/);
    expect(problem(gateway(`https://sfj.jining.gov.cn/${'y'.repeat(100)}`))).toMatch(/at most 100 characters/);
    expect(problem(gateway('https://user:pw@sfj.jining.gov.cn/'))).toMatch(/without a user name or password/);
  });

  it('accepts http:// on loopback only (a receiver on the same machine)', () => {
    expect(problem({ endpoints: [endpoint({ url: 'http://127.0.0.1:9000/hooks' })] })).toBe('accepted');
    expect(problem({ endpoints: [endpoint({ url: 'http://localhost:9000/hooks' })] })).toBe('accepted');
    expect(problem({ endpoints: [endpoint({ url: 'http://[::1]:9000/hooks' })] })).toBe('accepted');
  });

  it('says where a file is not JSON without quoting it (it holds secrets)', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, `{\n  "endpoints": [\n    { "secret": "${SECRET}", }\n  ]\n}`);
    expect(() => readWebhooksFile(path)).toThrow(`PLSKIT_WEBHOOKS_FILE (${path}): is not valid JSON (line 3)`);
    writeFileSync(path, `{ "endpoints": [ { "secret": ${SECRET} } ] }`);
    expect(() => readWebhooksFile(path)).toThrow(/is not valid JSON$/);
    expect(() => readWebhooksFile(join(dir, 'missing.json'))).toThrow('cannot be read (ENOENT)');
  });

  it('stops the start of a server whose file is wrong, before anything is opened', async () => {
    const path = join(dir, 'wrong.json');
    writeFileSync(path, JSON.stringify({ endpoints: [endpoint({ events: ['invoice.*'] })] }));
    expect(() => optionsFromEnv({ PLSKIT_WEBHOOKS_FILE: path })).toThrow(/endpoints\[0\]\.events\[0\] "invoice\.\*" matches no event type/);
    const db = join(dir, 'never-created.db');
    await expect(startSandbox({ port: 0, db, webhooks: path, logger: false })).rejects.toThrow('matches no event type');
    expect(() => optionsFromEnv({ PLSKIT_WEBHOOK_RETRY_BASE_MS: '30s' })).toThrow('PLSKIT_WEBHOOK_RETRY_BASE_MS must be a whole number of at least 1, not "30s"');
    expect(optionsFromEnv({ PLSKIT_WEBHOOK_RETRY_BASE_MS: '1000', PLSKIT_WEBHOOK_MAX_ATTEMPTS: '5' }).delivery).toEqual({ retryBaseMs: 1000, maxAttempts: 5 });
  });
});
