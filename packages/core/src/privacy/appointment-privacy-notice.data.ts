// The privacy notice a resident reads and agrees to before booking a visit.
// The retention period and phone confirmation are the operator's settings
// (PLSKIT_RETAIN_CONTACT_DAYS, PLSKIT_PHONE_VERIFICATION in the sandbox): the
// notice states what is in force, and its version changes with it, so nobody
// agrees to a period or a processing the server does not keep.
import { LAWS } from '../legal-basis/laws.data.js';
import type { DataReview } from '../review/data-review.js';
import type { PrivacyNotice } from './privacy-notice.js';
import { DEFAULT_CONTACT_RETENTION_DAYS, pipl, RESIDENT_RIGHTS, versionWithRetention } from './notice-parts.js';

/**
 * The text's own version; a non-default retention period is appended
 * (2026-12-07.r90), and `.code` where the number is confirmed by a code
 * (2026-12-07.code). 2026-12 named the SMS provider as a recipient (a booking
 * that agreed to 2026-11 keeps its terms: no text message is sent for it);
 * 2026-12-07 says that contact data is kept encrypted, each booking under its
 * own key destroyed at erasure, and that bookings are limited per number.
 */
export const APPOINTMENT_PRIVACY_NOTICE_VERSION = '2026-12-07';
export { DEFAULT_CONTACT_RETENTION_DAYS };

/** What the operator turned on that the notice must state. */
export interface AppointmentNoticeSettings {
  /** Days after the visit or cancellation until the contact data is erased (PLSKIT_RETAIN_CONTACT_DAYS). */
  retainContactDays?: number;
  /** The number is confirmed by a text-message code before booking (PLSKIT_PHONE_VERIFICATION=sms). */
  phoneVerification?: boolean;
}

/** The first version that tells the resident their number goes to the SMS provider. */
const FIRST_VERSION_NAMING_SMS_PROVIDER = '2026-12';

/**
 * Whether a booking that agreed to notice `version` may be sent text messages:
 * only a notice that named the SMS provider as a recipient allows its number
 * to reach that provider (PIPL Arts 14, 21). Versions are "YYYY-MM" or
 * "YYYY-MM-DD" with optional ".r<days>" and ".code", so the text's part
 * compares as text.
 */
export function allowsSmsNotifications(version: string): boolean {
  const text = version.split('.')[0] ?? '';
  return /^\d{4}-\d{2}(-\d{2})?$/.test(text) && text >= FIRST_VERSION_NAMING_SMS_PROVIDER;
}

export function appointmentPrivacyNotice({ retainContactDays = DEFAULT_CONTACT_RETENTION_DAYS, phoneVerification = false }: AppointmentNoticeSettings = {}): PrivacyNotice {
  const days = retainContactDays;
  const version = `${versionWithRetention(APPOINTMENT_PRIVACY_NOTICE_VERSION, days)}${phoneVerification ? '.code' : ''}`;
  return {
    subject: 'appointments',
    version,
    effectiveFrom: '2026-12-07',
    title: { 'zh-CN': '预约服务个人信息处理告知', en: 'How we handle your personal information when you book a visit' },
    processor: {
      name: {
        'zh-CN': '您所预约的公共法律服务中心（站）及其所属司法行政机关',
        en: 'The public legal service center or station you book with, and the justice bureau that runs it',
      },
      contact: {
        'zh-CN': '预约中心的服务电话（预约结果中列明），或公共法律服务热线 12348',
        en: 'The center’s phone number (shown with your booking), or the public legal service hotline 12348',
      },
    },
    purpose: {
      text: {
        'zh-CN': `为您预约到公共法律服务中心（站）当面办理所选服务，在窗口核对您的预约，以短信告知您预约成功、改期或取消，并在预约有变时联系您；${phoneVerification ? '预约前以短信验证码确认手机号为您本人使用；' : ''}按手机号限制同一人同时持有的未到期预约数量，使号源公平分配、防止批量占号。不用于其他目的。`,
        en: `To book your visit to a public legal service center for the service you chose, to find your booking at the counter, to tell you by text message when it is booked, moved or cancelled, and to contact you if the booking changes; ${phoneVerification ? 'to confirm by a text-message code, before booking, that the mobile number is yours; ' : ''}and to limit how many visits not yet made one mobile number may hold, so that places are shared fairly and cannot be taken in bulk. For nothing else.`,
      },
      basis: pipl('6'),
    },
    lawfulBasis: {
      text: { 'zh-CN': '您的同意。您可以随时撤回同意（取消预约即可）。', en: 'Your consent. You can withdraw it at any time (by cancelling the booking).' },
      basis: pipl('13(1)'),
    },
    categories: [
      {
        code: 'name', required: true,
        name: { 'zh-CN': '姓名', en: 'Name' },
        why: { 'zh-CN': '窗口工作人员据此找到您的预约。', en: 'So that the staff at the counter can find your booking.' },
      },
      {
        code: 'phone', required: true,
        name: { 'zh-CN': '手机号码', en: 'Mobile number' },
        why: {
          'zh-CN': '向您发送预约成功、改期和取消的短信，并在预约有变（如中心临时停办）时联系您。',
          en: 'To text you when the booking is made, moved or cancelled, and to reach you if it changes (for example if the center has to close).',
        },
      },
      {
        code: 'note', required: false,
        name: { 'zh-CN': '备注（选填）', en: 'Note (optional)' },
        why: {
          'zh-CN': '让工作人员提前了解您的事项。请勿填写身份证号、健康状况或财产信息。',
          en: 'So that the staff can prepare for your matter. Do not write ID numbers, health or financial details in it.',
        },
      },
    ],
    notCollected: [
      {
        text: {
          'zh-CN': '预约不收集身份证号码：身份在办理时凭身份证件当面核验，预约一个时段并不需要它。',
          en: 'Booking does not ask for your ID number: your identity is checked in person, from your ID card, when the service is given; holding a time slot does not need it.',
        },
        basis: pipl('6'),
      },
      {
        text: {
          'zh-CN': '不收集敏感个人信息（如身份证号、健康、财产信息）。',
          en: 'No sensitive personal information (such as ID numbers, health or financial details) is collected.',
        },
        basis: pipl('28'),
      },
    ],
    method: {
      text: {
        'zh-CN': '信息只在加密的请求正文中传送，从不出现在网址中；存储于中国境内，姓名、手机号码和备注加密保存，每个预约使用单独的密钥，删除时连同密钥一并销毁，此后任何残留副本（包括备份）都无法解读；按手机号查找预约只使用其带密钥的不可逆散列；回显时部分隐藏（如 138****8000）；除下述短信服务商外不向他人提供，不用于营销或自动化决策。',
        en: 'Your details travel only in the encrypted body of a request, never in a web address; they are stored in mainland China, your name, mobile number and note encrypted, each booking under a key of its own that is destroyed when they are deleted, so that no copy left anywhere (backups included) can be read after that; your other bookings are found by a keyed, one-way hash of your number, never the number itself; they are shown back partly hidden (such as 138****8000), given to no one but the SMS provider below, and not used for marketing or automated decisions.',
      },
      basis: pipl('51'),
    },
    recipients: [
      {
        text: {
          'zh-CN': `司法行政机关委托的短信服务商：为向您发送上述${phoneVerification ? '验证码和' : ''}预约短信，只接收您的手机号码和短信内容（${phoneVerification ? '验证码，或' : ''}预约号、时间、地点和改约方式，不含姓名、备注和管理链接），按委托合同代为发送，不得用于其他目的；发送完成或放弃发送后，本系统即删除为此保存的手机号码副本。`,
          en: `The SMS provider the justice bureau contracts: to send you the ${phoneVerification ? 'code and the ' : ''}messages above it receives only your mobile number and the message (${phoneVerification ? 'the code, or ' : ''}reference, time, place and how to change the booking; never your name, note or manage link), sends it on the bureau’s behalf under its contract, and may use it for nothing else; once a message is sent or given up, this system deletes the copy of your number kept for it.`,
        },
        basis: pipl('21'),
      },
    ],
    retention: {
      days,
      text: {
        'zh-CN': `姓名、手机号码、备注和预约记录在预约日期或取消预约之后 ${days} 天删除；此后只保留中心、服务、日期和状态，不含任何能识别您或该预约的信息，用于统计。`,
        en: `Your name, mobile number, note and the booking itself are deleted ${days} days after the visit or after you cancel; after that only the center, service, day and status are kept, with nothing that identifies you or the booking, for statistics.`,
      },
      basis: pipl('19'),
    },
    rights: [...RESIDENT_RIGHTS],
    howToExercise: {
      text: {
        'zh-CN': '用预约后提供的管理链接查看或取消预约（取消即撤回同意，信息按上述期限删除）；其他请求请致电预约中心或 12348 热线，或到中心窗口提出。',
        en: 'Use the manage link you get after booking to see or cancel the booking (cancelling withdraws your consent; your details are then deleted as above). For anything else, call the center or the 12348 hotline, or ask at the center’s counter.',
      },
      basis: pipl('50'),
    },
    basis: pipl('17'),
    sources: [{ title: 'PIPL Arts 6, 13, 15, 17, 19, 21, 28, 45-48, 50, 51 (LawRefBook/Laws)', url: 'https://github.com/LawRefBook/Laws', tag: 'V' }],
    ...(phoneVerification ? {
      phoneVerification: {
        text: {
          'zh-CN': '预约前，我们会通过短信向您填写的手机号发送 6 位验证码，确认号码为您本人使用，防止他人冒用号码或批量占号。验证码 5 分钟内有效，最多可试 5 次；同一号码每小时最多发送 3 次。系统不保存号码本身，只保存号码和验证码带密钥的不可逆散列，2 小时内删除。',
          en: 'Before you book, we text a 6-digit code to the mobile number you give, to confirm that the number is yours, so that no one can use your number or take places in bulk. The code works for 5 minutes and 5 tries; one number is sent at most 3 codes an hour. The number itself is not kept for this: only keyed, one-way hashes of the number and the code, deleted within 2 hours.',
        },
        basis: pipl('51'),
      },
    } : {}),
  };
}

/** The notice with the default retention period. */
export const APPOINTMENT_PRIVACY_NOTICE: PrivacyNotice = appointmentPrivacyNotice();

export const APPOINTMENT_PRIVACY_NOTICE_REVIEW: DataReview = {
  table: 'APPOINTMENT_PRIVACY_NOTICE',
  reviewed: '2026-12-07',
  sources: LAWS['pipl-2021'].sources,
  reReview: {
    who: 'The operator’s personal-information contact',
    when: 'Whenever the processor, the SMS provider, the purposes, phone confirmation or the retention period change, and every January against PIPL and its rules',
  },
};
