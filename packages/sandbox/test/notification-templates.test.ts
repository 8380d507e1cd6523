// Residents' text messages: short, in their language, with the reference, the
// time, the place and how to change the booking, and never the manage token.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../src/events/event.js';
import { NOTIFICATION_TEMPLATES, templateFor } from '../src/notifications/notification-templates.js';
import { codeNotification, smsNotificationFor, smsSegments, smsText } from '../src/notifications/sms-notification.js';
import { generateJiningDataset } from '../src/dataset/jining-dataset.js';
import { bookedEvent } from '../src/store/appointment-events.js';
import type { StoredAppointment } from '../src/store/appointment-store.js';
import { repliedEvent } from '../src/store/work-order-events.js';
import type { StoredWorkOrder } from '../src/store/work-order-store.js';

const names = Object.keys(NOTIFICATION_TEMPLATES) as (keyof typeof NOTIFICATION_TEMPLATES)[];
const city = generateJiningDataset().serviceCenters;
const fields = { reference: 'JN-7K3Q-9M2P', slotStart: '2026-09-28T00:30:00Z' };
const appointment: StoredAppointment = {
  reference: 'JN-7K3Q-9M2P', status: 'booked', centerId: 'sc-370811', service: 'mediation',
  slot: { start: '2026-09-28T08:30:00+08:00', end: '2026-09-28T09:00:00+08:00' }, contact: { name: '王*', phone: '138****5678' },
  privacyNotice: '2026-12', locale: 'en', channel: 'web', createdAt: '2026-09-20T10:15:00+08:00', updatedAt: '2026-09-20T10:15:00+08:00',
};
const workOrder: StoredWorkOrder = {
  reference: 'GD-7K3Q-9M2P', kind: 'question', channel: 'web', status: 'answered', topic: 'labour', region: '370811', centerId: 'sc-370811',
  callbackWindow: null, contact: { name: '王小明', phone: '13812345678' }, text: '问题', privacyNotice: '2026-12-07', locale: 'zh-CN',
  dueBy: '2026-09-30', resolution: null, timeline: [], createdAt: '2026-09-20T10:15:00+08:00', updatedAt: '2026-09-21T10:15:00+08:00', closedAt: null,
};

describe('the text-message templates', () => {
  it('belong to events the API sends, one template per event and channel at most; only the code is sent on its own', () => {
    const sentByEvents = names.filter((n) => NOTIFICATION_TEMPLATES[n].event !== undefined);
    expect(names.filter((n) => !sentByEvents.includes(n))).toEqual(['phone-verification-code']);
    for (const name of sentByEvents) expect(EVENT_TYPES).toContain(NOTIFICATION_TEMPLATES[name].event);
    const sentFor = sentByEvents.map((n) => `${NOTIFICATION_TEMPLATES[n].event} ${NOTIFICATION_TEMPLATES[n].channel ?? ''}`);
    expect(new Set(sentFor).size).toBe(sentByEvents.length);
    expect(templateFor(bookedEvent(appointment))).toBe('appointment-booked');
  });

  it('tell a hotline caller to call again, not to open a link they never got; the web\'s resident, the link', () => {
    const replied = (channel: 'web' | 'hotline') => repliedEvent({ ...workOrder, channel });
    expect(templateFor(replied('web'))).toBe('work-order-replied');
    expect(templateFor(replied('hotline'))).toBe('work-order-replied-hotline');
    const hotline = smsNotificationFor('work-order-replied-hotline', replied('hotline'), { phone: '13812345678', locale: 'zh-CN', privacyNotice: '2026-12-07' }, new Date());
    expect(hotline?.text).toBe('您来电咨询的问题（工单号GD-7K3Q-9M2P）已有答复，请拨12348并报工单号收听答复。');
    for (const locale of ['zh-CN', 'en'] as const) {
      const text = smsText('work-order-replied-hotline', locale, { reference: 'GD-7K3Q-9M2P' });
      expect(text).toContain('12348');
      expect(text).not.toMatch(/link|链接/);
    }
    expect(smsText('work-order-replied', 'en', { reference: 'GD-7K3Q-9M2P' })).toContain('link');
  });

  it('carry a confirmation code and nothing else: no reference, no name, the 5 minutes said', () => {
    const message = codeNotification('13812345678', '046183', 'zh-CN');
    expect(message).toMatchObject({ channel: 'sms', to: '13812345678', template: 'phone-verification-code' });
    expect(message.text).toBe('验证码046183，5分钟内有效，仅用于确认本人手机号。请勿告诉他人；如非本人操作，请忽略。');
    expect(codeNotification('13812345678', '000731', 'en').text).toMatch(/^Your code is 000731\. It is valid for 5 minutes/);
  });

  it('say the reference, the time in Asia/Shanghai and the place, and how to change it (12348)', () => {
    expect(smsText('appointment-booked', 'zh-CN', { ...fields, center: '任城区公共法律服务中心' }))
      .toBe('预约成功：任城区公共法律服务中心，9月28日 08:30，预约号JN-7K3Q-9M2P。改约或取消请用管理链接或拨12348。');
    expect(smsText('appointment-cancelled', 'en', { ...fields, center: '任城区公共法律服务中心' }))
      .toBe('Cancelled: ref JN-7K3Q-9M2P (任城区公共法律服务中心, 28 Sep 08:30). To book again, use the page you booked on or call 12348.');
  });

  it('fit one SMS segment in Chinese with the name of the city\'s and every county\'s center, and two in English', () => {
    // a branch center's or a station's longer name may take a second segment
    const centers = city.filter((c) => c.level === 'city' || c.level === 'county');
    expect(centers.length).toBeGreaterThan(10);
    for (const name of names.filter((n) => n !== 'appointment-cancelled-by-center')) {
      for (const center of centers) {
        expect(smsSegments(smsText(name, 'zh-CN', { ...fields, center: center.name })), `${name} at ${center.name}`).toBe(1);
        // a city that merged 12348 into 12345 (PLSKIT_HOTLINE) keeps one segment
        expect(smsSegments(smsText(name, 'zh-CN', { ...fields, center: center.name, hotlineNumber: '12345' }))).toBe(1);
        expect(smsSegments(smsText(name, 'en', { ...fields, center: center.name }))).toBeLessThanOrEqual(2);
      }
    }
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('字'.repeat(71))).toBe(2);
  });

  it('are written for a booking with its own language, never its name, note or token, and only where its notice allows', () => {
    const event = bookedEvent(appointment);
    const recipient = { phone: '+86 138 1234 5678', locale: appointment.locale, privacyNotice: appointment.privacyNotice, centerName: '任城区公共法律服务中心' };
    const before = new Date('2026-09-20T10:15:00+08:00');
    const message = smsNotificationFor('appointment-booked', event, recipient, before);
    expect(message).toMatchObject({ channel: 'sms', to: '13812345678', template: 'appointment-booked' });
    expect(message?.text).toMatch(/^Booked: /);
    expect(JSON.stringify(message)).not.toMatch(/王小明|劳动合同/);
    expect(smsNotificationFor('appointment-booked', event, { ...recipient, privacyNotice: '2026-11' }, before)).toBeUndefined();
    expect(smsNotificationFor('appointment-booked', event, { ...recipient, phone: '0537-5551234' }, before)).toBeUndefined();
    expect(smsNotificationFor('appointment-booked', event, recipient, new Date('2026-09-28T08:30:00+08:00'))).toBeUndefined();
  });

  it('tell a resident whose visit a closure cancelled why, and where to book again (the booking page, or the hotline), in two or three segments', () => {
    const reason = { 'zh-CN': '暴雨红色预警', en: 'Red rainstorm warning' };
    const closed = { ...fields, center: '任城区公共法律服务中心', reason };
    expect(smsText('appointment-cancelled-by-center', 'zh-CN', { ...closed, bookAgainUrl: 'https://sfj.jining.gov.cn/yy' }))
      .toBe('因暴雨红色预警，任城区公共法律服务中心9月28日 08:30暂停办公，您的预约JN-7K3Q-9M2P已取消。请重新预约：https://sfj.jining.gov.cn/yy');
    expect(smsText('appointment-cancelled-by-center', 'en', closed))
      .toBe('The center closed (Red rainstorm warning): ref JN-7K3Q-9M2P, 任城区公共法律服务中心, 28 Sep 08:30 is cancelled. Book again: call 12348');
    // the longest reason the contract allows and a booking page of 60 characters
    const longest = { ...closed, reason: { 'zh-CN': '停'.repeat(60), en: 'x'.repeat(120) }, bookAgainUrl: `https://${'a'.repeat(52)}` };
    expect(smsSegments(smsText('appointment-cancelled-by-center', 'zh-CN', { ...closed, bookAgainUrl: 'https://sfj.jining.gov.cn/yy' }))).toBe(2);
    expect(smsSegments(smsText('appointment-cancelled-by-center', 'zh-CN', longest))).toBeLessThanOrEqual(3);
    expect(smsSegments(smsText('appointment-cancelled-by-center', 'en', longest))).toBeLessThanOrEqual(5);
  });
});
