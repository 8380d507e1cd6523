// What the security suite sends, as an attacker (or a resident) would send it:
// raw HTTP from a chosen loopback address (Linux routes all of 127/8 to lo),
// with any headers, one connection per request; and a booking to send.
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { request, type IncomingHttpHeaders } from 'node:http';

export interface Reply { status: number; headers: IncomingHttpHeaders; text: string; json(): Record<string, unknown> }

export interface Sent {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** The source address, 127.0.0.1 unless given. */
  from?: string;
}

export function send(url: string, { method = 'GET', headers = {}, body, from = '127.0.0.1' }: Sent = {}): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method, localAddress: from, agent: false,
      headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown> });
      });
    });
    req.on('error', reject);
    req.setTimeout(20_000, () => req.destroy(new Error(`no answer from ${url} within 20 s`)));
    req.end(payload);
  });
}

export const RESIDENT = { name: '欧阳测试', phone: '13912345678', note: '安全测试备注-需要轮椅' };

/** A booking of the 任城区 county center on 2 September 2026 (the suite's clock is 1 September, 09:00). */
export function booking(slotStart = '2026-09-02T09:00:00+08:00', { name, phone }: { name: string; phone: string } = RESIDENT) {
  return {
    center: 'sc-370811', service: 'legal-consultation', slotStart, contact: { name, phone }, note: RESIDENT.note,
    consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true },
  };
}

export const FIXED_NOW = '2026-09-01T09:00:00+08:00';
