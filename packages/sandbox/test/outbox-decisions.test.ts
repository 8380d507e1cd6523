// The retry schedule and the routing rule, as functions of plain values.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY_POLICY, MAX_RETRY_DELAY_MS, nominalRetryDelayMs, retryDelayMs, routePlan, settlement,
} from '../src/store/outbox-decisions.js';
import { newEvent } from '../src/events/event.js';
import { eventRouting } from '../src/events/webhooks-config.js';

const hours = (ms: number) => ms / 3600_000;

describe('the retry schedule', () => {
  it('doubles from 30 s up to 6 h, and by default gives up after about three days of attempts', () => {
    const delays = Array.from({ length: DEFAULT_RETRY_POLICY.maxAttempts - 1 }, (_, i) => nominalRetryDelayMs(i + 1, DEFAULT_RETRY_POLICY));
    expect(delays.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...delays)).toBe(MAX_RETRY_DELAY_MS);
    const lastAttemptAfter = hours(delays.reduce((a, b) => a + b, 0));
    expect(lastAttemptAfter).toBeGreaterThan(2.5 * 24);
    expect(lastAttemptAfter).toBeLessThan(3.5 * 24);
  });

  it('spreads each wait by ±20 % so that deliveries failing together do not return together', () => {
    expect(retryDelayMs(1, DEFAULT_RETRY_POLICY, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, DEFAULT_RETRY_POLICY, () => 1)).toBe(36_000);
    expect(retryDelayMs(3, { baseMs: 20, maxAttempts: 5 }, () => 0.5)).toBe(80);
  });

  it('settles a 2xx as delivered, a failure as pending until the last attempt, and that one as given up', () => {
    const policy = { baseMs: 1000, maxAttempts: 3 };
    expect(settlement(3, { kind: 'acknowledged', status: 204 }, policy, 0)).toEqual({ state: 'delivered' });
    expect(settlement(2, { kind: 'refused', status: 500 }, policy, 10_000, () => 0.5)).toEqual({ state: 'pending', nextAttemptAt: 12_000 });
    expect(settlement(3, { kind: 'timeout' }, policy, 0)).toEqual({ state: 'failed' });
  });
});

describe('routing', () => {
  const slot = { start: '2026-09-02T09:00:00+08:00', end: '2026-09-02T09:30:00+08:00' };
  const event = newEvent('appointment.cancelled', {
    appointment: { reference: 'JN-2222-3333', status: 'cancelled', center: 'sc-370800', service: 'mediation', slot },
  }, '2026-09-01T09:00:00+08:00');
  const secrets = ['whsec_0123456789abcdefghijklmn'];

  it('sends an event to the endpoints whose patterns take its type, and its text message only when a gateway is configured', () => {
    const config = {
      endpoints: [
        { url: 'https://a.example/', secrets, events: ['appointment.*'] },
        { url: 'https://b.example/', secrets, events: ['appointment.booked'] },
        { url: 'https://c.example/', secrets, events: ['*'] },
      ],
    };
    expect(routePlan(event, eventRouting(config))).toEqual({ endpoints: ['https://a.example/', 'https://c.example/'], sms: undefined });
    const withGateway = eventRouting({ ...config, notifications: { url: 'https://sms.example/', secrets } });
    expect(routePlan(event, withGateway).sms).toEqual({ template: 'appointment-cancelled', appointment: 'JN-2222-3333' });
  });
});
