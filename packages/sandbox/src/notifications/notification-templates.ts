// The residents' text messages, as data: one entry per message, in both
// locales. A booking's says the reference, the time and the place, and how to
// change the booking; a work order's, that there is an answer and where to read
// it — never the manage token or the manage link itself, nor a question or an
// answer (messages pass through the SMS provider in clear). Short: a Chinese message fits one
// segment (70 characters) with the city's or a county's center (a branch
// center's longer name may take two); an English one carries the center's
// Chinese name, so it is sent as UCS-2 and takes two. The confirmation code's
// message (2026-12-07) says only the code, its 5 minutes and not to share it.
//
// SMS providers in China send only templates registered with them (短信模板
// 报备): a change to a text is a new VERSION, registered before it is deployed.
import type { LocalizedText } from '@plskit/core';
import type { EventType, PlskitEvent, SmsTemplateName } from '../events/event.js';

export const NOTIFICATION_TEMPLATES_VERSION = '2026-12-07';

export interface NotificationTemplate {
  /** The event that sends it; none for a message sent on its own (a confirmation code). */
  event?: EventType;
  /** Sent instead of the event's other template for a work order of this channel (a hotline caller has no link to open). */
  channel?: 'hotline';
  /**
   * With {reference}, and for a booking {center}, {date} and {time} filled in
   * (the visit's slot, Asia/Shanghai); a closure's message also {reason} (the
   * center's, in the resident's language) and {again} (the booking page, or
   * the hotline); a confirmation code's message only {code}. {hotline} is the
   * number the operator tells residents to call (PLSKIT_HOTLINE, default
   * 12348): the provider's registered templates must say the same number.
   */
  text: LocalizedText;
}

/** One entry per message; the contract's SmsNotification.template names the same keys. */
export const NOTIFICATION_TEMPLATES: Record<SmsTemplateName, NotificationTemplate> = {
  'appointment-booked': {
    event: 'appointment.booked',
    text: {
      'zh-CN': '预约成功：{center}，{date} {time}，预约号{reference}。改约或取消请用管理链接或拨{hotline}。',
      en: 'Booked: {center}, {date} {time}, ref {reference}. To change or cancel, use your manage link or call {hotline}.',
    },
  },
  'appointment-rescheduled': {
    event: 'appointment.rescheduled',
    text: {
      'zh-CN': '预约已改到{date} {time}，{center}，预约号{reference}。再改或取消请用管理链接或拨{hotline}。',
      en: 'Moved to {date} {time}, {center}, ref {reference}. To change or cancel, use your manage link or call {hotline}.',
    },
  },
  'appointment-cancelled': {
    event: 'appointment.cancelled',
    text: {
      'zh-CN': '已取消预约{reference}（{center}，{date} {time}）。如需再约，请回到原预约页面或拨{hotline}。',
      en: 'Cancelled: ref {reference} ({center}, {date} {time}). To book again, use the page you booked on or call {hotline}.',
    },
  },
  'work-order-replied': {
    event: 'work-order.replied',
    text: {
      'zh-CN': '您的咨询（工单号{reference}）已有答复，请打开提交后保存的查询链接查看，或拨{hotline}。',
      en: 'Your question (ref {reference}) has been answered. Open the link you saved when you asked, or call {hotline}.',
    },
  },
  // free text (the reason) and a link: one or two segments more than the others
  'appointment-cancelled-by-center': {
    event: 'appointment.cancelled-by-center',
    text: {
      'zh-CN': '因{reason}，{center}{date} {time}暂停办公，您的预约{reference}已取消。请重新预约：{again}',
      en: 'The center closed ({reason}): ref {reference}, {center}, {date} {time} is cancelled. Book again: {again}',
    },
  },
  // the code confirms the number before a booking or a question (PLSKIT_PHONE_VERIFICATION=sms); it names no purpose, so one registered template serves both
  'phone-verification-code': {
    text: {
      'zh-CN': '验证码{code}，5分钟内有效，仅用于确认本人手机号。请勿告诉他人；如非本人操作，请忽略。',
      en: 'Your code is {code}. It is valid for 5 minutes and only confirms your phone number. Do not share it; if you did not ask for it, ignore this message.',
    },
  },
  // a caller to the hotline was given the reference, never a link: they hear the answer by calling again
  'work-order-replied-hotline': {
    event: 'work-order.replied',
    channel: 'hotline',
    text: {
      'zh-CN': '您来电咨询的问题（工单号{reference}）已有答复，请拨{hotline}并报工单号收听答复。',
      en: 'Your question to the {hotline} hotline (ref {reference}) has been answered. Call {hotline} and give the reference to hear the answer.',
    },
  },
};

/** {again} of a closure's message without a booking page configured: the hotline, which books for callers ({hotline} filled in). */
export const BOOK_AGAIN_BY_PHONE: LocalizedText = { 'zh-CN': '拨{hotline}', en: 'call {hotline}' };

/** The message an event sends a resident, if any: a hotline work order's own, where its event has one. */
export function templateFor(event: Pick<PlskitEvent, 'type' | 'data'>): SmsTemplateName | undefined {
  const channel = 'workOrder' in event.data ? event.data.workOrder.channel : undefined;
  const names = (Object.keys(NOTIFICATION_TEMPLATES) as SmsTemplateName[]).filter((name) => NOTIFICATION_TEMPLATES[name].event === event.type);
  return names.find((name) => NOTIFICATION_TEMPLATES[name].channel === channel) ?? names.find((name) => !NOTIFICATION_TEMPLATES[name].channel);
}
