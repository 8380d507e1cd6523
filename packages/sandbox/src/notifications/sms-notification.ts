// Whether an event sends a resident a text message, and which: a pure
// decision of what the router read (the event, the booking's or the work
// order's phone, language and agreed notice, a booking's center's name). The
// message is the only thing that carries a phone number out of the server.
import { allowsSmsNotifications, DEFAULT_HOTLINE, normalizeMobile, shanghaiDateTime, type Locale, type LocalizedText } from '@plskit/core';
import { opaqueId, type PlskitEvent, type SmsNotification, type SmsTemplateName } from '../events/event.js';
import { BOOK_AGAIN_BY_PHONE, NOTIFICATION_TEMPLATES } from './notification-templates.js';

/** What the router reads about the resident an event concerns. */
export interface SmsRecipient {
  phone: string;
  /** The language they booked or asked in. */
  locale: Locale;
  /** The privacy notice version they agreed to. */
  privacyNotice: string;
  /** A booking's center. */
  centerName?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const filledIn = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
const filled = (template: SmsTemplateName, locale: Locale, values: Record<string, string>): string =>
  filledIn(NOTIFICATION_TEMPLATES[template].text[locale], values);

/** What the operator set for every message: the page to book again on, the hotline to call. */
export interface MessageSettings {
  /** The city's booking page (the SMS gateway's `bookAgainUrl`). */
  bookAgainUrl?: string;
  /** The hotline residents are told to call (PLSKIT_HOTLINE, default 12348). */
  hotlineNumber?: string;
}

/** What a message names besides its record: a closure's reason, and the operator's settings. */
export interface MessageExtras extends MessageSettings {
  reason?: LocalizedText;
}

/** A template's text with its fields filled in; a booking's time is the visit's, Asia/Shanghai. */
export function smsText(
  template: SmsTemplateName, locale: Locale, fields: { reference: string; center?: string; slotStart?: string } & MessageExtras,
): string {
  const hotline = fields.hotlineNumber ?? DEFAULT_HOTLINE;
  const values: Record<string, string> = {
    reference: fields.reference, center: fields.center ?? '', reason: fields.reason?.[locale] ?? '', hotline,
    again: fields.bookAgainUrl ?? filledIn(BOOK_AGAIN_BY_PHONE[locale], { hotline }),
  };
  if (fields.slotStart) {
    const local = shanghaiDateTime(new Date(fields.slotStart));
    const month = Number(local.slice(5, 7));
    const day = Number(local.slice(8, 10));
    values.date = locale === 'en' ? `${day} ${MONTHS[month - 1]}` : `${month}月${day}日`;
    values.time = local.slice(11, 16);
  }
  return filled(template, locale, values);
}

/** The message that carries a confirmation code to `to` (11 digits), in the language the resident asked in. */
export function codeNotification(to: string, code: string, locale: Locale): SmsNotification {
  const template = 'phone-verification-code';
  return { id: opaqueId('ntf'), channel: 'sms', to, template, text: filled(template, locale, { code }) };
}

/** The fields of an event's message, or undefined when it sends none: a visit that has already begun (a late "booked" text helps no one). */
function messageFields(event: PlskitEvent, recipient: SmsRecipient, now: Date, settings: MessageSettings): Parameters<typeof smsText>[2] | undefined {
  const hotline = settings.hotlineNumber ? { hotlineNumber: settings.hotlineNumber } : {};
  if ('workOrder' in event.data) return { reference: event.data.workOrder.reference, ...hotline };
  if (!('appointment' in event.data)) return undefined;
  const { appointment } = event.data;
  if (Date.parse(appointment.slot.start) <= now.getTime()) return undefined;
  return {
    reference: appointment.reference, center: recipient.centerName ?? '', slotStart: appointment.slot.start,
    ...('closure' in event.data ? { reason: event.data.closure.reason } : {}), ...(settings.bookAgainUrl ? { bookAgainUrl: settings.bookAgainUrl } : {}), ...hotline,
  };
}

/**
 * The message `template` an event sends its resident, or undefined: the
 * resident agreed to a notice that did not name the SMS provider (their number
 * never reaches it), the number is not a mainland mobile, or the event sends none now.
 */
export function smsNotificationFor(
  template: SmsTemplateName, event: PlskitEvent, recipient: SmsRecipient | undefined, now: Date, settings: MessageSettings = {},
): SmsNotification | undefined {
  if (!recipient || !allowsSmsNotifications(recipient.privacyNotice)) return undefined;
  const to = normalizeMobile(recipient.phone);
  const fields = to && messageFields(event, recipient, now, settings);
  if (!to || !fields) return undefined;
  return { id: opaqueId('ntf'), channel: 'sms', to, template, text: smsText(template, recipient.locale, fields) };
}

// GSM 03.38's basic set: a message of these alone is 7-bit (160 characters a segment)
const GSM_7 = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]*$/;

/** How many SMS segments a message takes: 160/153 characters in GSM 7-bit, 70/67 in UCS-2 (any Chinese character). */
export function smsSegments(text: string): number {
  const [single, part] = GSM_7.test(text) ? [160, 153] : [70, 67];
  const length = [...text].length;
  return length <= single ? 1 : Math.ceil(length / part);
}
