// Whether an event sends a resident a text message, and which: a pure
// decision of what the router read (the event, the booking's or the work
// order's phone, language and agreed notice, a booking's center's name). The
// message is the only thing that carries a phone number out of the server.
import { allowsSmsNotifications, normalizeMobile, shanghaiDateTime, type Locale, type LocalizedText } from '@plskit/core';
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

const filled = (template: SmsTemplateName, locale: Locale, values: Record<string, string>): string =>
  NOTIFICATION_TEMPLATES[template].text[locale].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
/** What a booking's message names besides its visit: a closure's reason, and the page to book again on. */
export interface MessageExtras {
  reason?: LocalizedText;
  /** The city's booking page (the SMS gateway's `bookAgainUrl`). */
  bookAgainUrl?: string;
}

/** A template's text with its fields filled in; a booking's time is the visit's, Asia/Shanghai. */
export function smsText(
  template: SmsTemplateName, locale: Locale, fields: { reference: string; center?: string; slotStart?: string } & MessageExtras,
): string {
  const values: Record<string, string> = {
    reference: fields.reference, center: fields.center ?? '', reason: fields.reason?.[locale] ?? '', again: fields.bookAgainUrl ?? BOOK_AGAIN_BY_PHONE[locale],
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
function messageFields(event: PlskitEvent, recipient: SmsRecipient, now: Date, bookAgainUrl?: string): Parameters<typeof smsText>[2] | undefined {
  if ('workOrder' in event.data) return { reference: event.data.workOrder.reference };
  if (!('appointment' in event.data)) return undefined;
  const { appointment } = event.data;
  if (Date.parse(appointment.slot.start) <= now.getTime()) return undefined;
  return {
    reference: appointment.reference, center: recipient.centerName ?? '', slotStart: appointment.slot.start,
    ...('closure' in event.data ? { reason: event.data.closure.reason } : {}), ...(bookAgainUrl ? { bookAgainUrl } : {}),
  };
}

/**
 * The message `template` an event sends its resident, or undefined: the
 * resident agreed to a notice that did not name the SMS provider (their number
 * never reaches it), the number is not a mainland mobile, or the event sends none now.
 */
export function smsNotificationFor(
  template: SmsTemplateName, event: PlskitEvent, recipient: SmsRecipient | undefined, now: Date, bookAgainUrl?: string,
): SmsNotification | undefined {
  if (!recipient || !allowsSmsNotifications(recipient.privacyNotice)) return undefined;
  const to = normalizeMobile(recipient.phone);
  const fields = to && messageFields(event, recipient, now, bookAgainUrl);
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
