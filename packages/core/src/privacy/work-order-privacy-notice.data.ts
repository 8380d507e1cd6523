// The privacy notice a resident reads and agrees to before asking a legal
// question or a call-back (a work order). The question itself is personal
// data: it often tells of a dispute, a family, a debt. The retention period
// is the operator's setting, stated here and in the version, as for bookings;
// so is phone confirmation (PLSKIT_PHONE_VERIFICATION in the sandbox).
import { LAWS } from '../legal-basis/laws.data.js';
import type { DataReview } from '../review/data-review.js';
import { DEFAULT_CONTACT_RETENTION_DAYS, pipl, RESIDENT_RIGHTS, versionWithRetention } from './notice-parts.js';
import type { PrivacyNotice } from './privacy-notice.js';

/**
 * The text's own version, with `.r<days>` and `.code` as the appointments
 * notice has them. 2026-12 named the SMS provider (as every version will);
 * 2026-12-07 says that the details are kept encrypted, each work order under
 * its own key destroyed at erasure, and that work orders are limited per number.
 */
export const WORK_ORDER_PRIVACY_NOTICE_VERSION = '2026-12-07';

/** What the operator turned on that the notice must state, besides the retention period. */
export interface WorkOrderNoticeSettings {
  /** The number is confirmed by a text-message code before asking (PLSKIT_PHONE_VERIFICATION=sms). */
  phoneVerification?: boolean;
}

export function workOrderPrivacyNotice(retainDays: number = DEFAULT_CONTACT_RETENTION_DAYS, { phoneVerification = false }: WorkOrderNoticeSettings = {}): PrivacyNotice {
  const days = retainDays;
  return {
    subject: 'work-orders',
    version: `${versionWithRetention(WORK_ORDER_PRIVACY_NOTICE_VERSION, days)}${phoneVerification ? '.code' : ''}`,
    effectiveFrom: '2026-12-07',
    title: { 'zh-CN': '法律咨询和回电服务个人信息处理告知', en: 'How we handle your personal information when you ask a legal question' },
    processor: {
      name: {
        'zh-CN': '市司法局，及受理和答复您问题的公共法律服务中心（站）和 12348 公共法律服务热线',
        en: 'The city justice bureau, and the public legal service center or station and the 12348 public legal service hotline that take and answer your question',
      },
      contact: { 'zh-CN': '公共法律服务热线 12348（请告知工单号）', en: 'The public legal service hotline 12348 (give your reference)' },
    },
    purpose: {
      text: {
        'zh-CN': `为答复您的法律问题（书面答复，或在您选择的时间回电）：把问题转给负责您所在地区和该类事项的公共法律服务中心（站），由工作人员或值班律师答复；有答复时以短信提醒您；核查是否按时答复；${phoneVerification ? '提交前以短信验证码确认手机号为您本人使用；' : ''}按手机号限制同一人同时等待答复的问题数量，防止批量占用答复力量。不用于其他目的。`,
        en: `To answer your legal question, in writing or by calling you back at the time you chose: it is passed to the public legal service center for your area and topic, whose staff or duty lawyers answer it; you get a text message when there is an answer; whether it was answered in time is checked; ${phoneVerification ? 'before you ask, a text-message code confirms that the mobile number is yours; ' : ''}and how many questions one mobile number may have waiting for an answer is limited, so that no one can take up the answering staff in bulk. For nothing else.`,
      },
      basis: pipl('6'),
    },
    lawfulBasis: {
      text: {
        'zh-CN': '您的同意。您可以随时撤回同意：致电 12348 并告知工单号，问题即办结，信息按下述期限删除。',
        en: 'Your consent. You can withdraw it at any time: call 12348 with your reference; your question is then closed and your details deleted as set out below.',
      },
      basis: pipl('13(1)'),
    },
    categories: [
      {
        code: 'question', required: true,
        name: { 'zh-CN': '您的问题', en: 'Your question' },
        why: {
          'zh-CN': '工作人员或律师据此答复。请只写事情经过，不要写身份证号、健康或财产信息，也不要写他人的姓名和信息。',
          en: 'So that the staff or a lawyer can answer it. Describe what happened only: no ID numbers, health or financial details, and no names or details of other people.',
        },
      },
      {
        code: 'topic-region', required: true,
        name: { 'zh-CN': '问题类别和所在地区', en: 'The topic and your area' },
        why: { 'zh-CN': '把问题转给负责的中心。', en: 'To pass the question to the center that answers it.' },
      },
      {
        code: 'name', required: true,
        name: { 'zh-CN': '姓名', en: 'Name' },
        why: { 'zh-CN': '答复或回电时称呼您。', en: 'So that whoever answers or calls you can address you.' },
      },
      {
        code: 'phone', required: true,
        name: { 'zh-CN': '手机号码', en: 'Mobile number' },
        why: {
          'zh-CN': '在您选择的时间回电，并以短信提醒您问题已有答复（短信不含问题和答复内容）。',
          en: 'To call you back at the time you chose, and to text you that your question has been answered (the text holds neither the question nor the answer).',
        },
      },
      {
        code: 'callback-window', required: false,
        name: { 'zh-CN': '回电时间（选择回电时）', en: 'When to call you (for a call-back)' },
        why: { 'zh-CN': '在您方便的时间回电。', en: 'To call you when it suits you.' },
      },
    ],
    notCollected: [
      {
        text: {
          'zh-CN': '不收集身份证号码：答复问题不需要它；写有身份证号码的问题不会被接收，请删除后再提交。',
          en: 'Your ID number is not asked for: answering a question does not need it, and a question with an ID number in it is not accepted until the number is removed.',
        },
        basis: pipl('6'),
      },
      {
        text: {
          'zh-CN': '不收集敏感个人信息（如健康、财产信息、行踪）：请不要写在问题中。',
          en: 'No sensitive personal information (such as health, financial details or whereabouts) is asked for: please do not write it in your question.',
        },
        basis: pipl('28'),
      },
    ],
    method: {
      text: {
        'zh-CN': '信息只在加密的请求正文中传送，从不出现在网址中；存储于中国境内，姓名、手机号码、问题和答复加密保存，每个工单使用单独的密钥，删除工单时密钥一并销毁；工作人员的列表中部分隐藏，打开查看您的问题时留有记录；问题和答复只对持有您查询链接的人显示，请妥善保管链接；除下述短信服务商外不向他人提供，不用于营销或自动化决策。',
        en: 'Your details travel only in the encrypted body of a request, never in a web address; they are stored in mainland China, your name, number, question and the answer encrypted, each work order under a key of its own that is destroyed when the work order is deleted; staff lists show them partly hidden, and every opening of your question by staff is recorded; the question and the answer are shown only to whoever holds your link, so keep it private; they are given to no one but the SMS provider below, and not used for marketing or automated decisions.',
      },
      basis: pipl('51'),
    },
    recipients: [
      {
        text: {
          'zh-CN': '司法行政机关委托的短信服务商：为提醒您问题已有答复，只接收您的手机号码和短信内容（工单号和查看方式，不含姓名、问题、答复和查询链接），按委托合同代为发送，不得用于其他目的；发送完成或放弃发送后，本系统即删除为此保存的手机号码副本。',
          en: 'The SMS provider the justice bureau contracts: to tell you that your question has been answered it receives only your mobile number and the message (your reference and how to see the answer; never your name, your question, the answer or your link), sends it on the bureau’s behalf under its contract, and may use it for nothing else; once a message is sent or given up, this system deletes the copy of your number kept for it.',
        },
        basis: pipl('21'),
      },
    ],
    retention: {
      days,
      text: {
        'zh-CN': `姓名、手机号码、问题、答复和回电时间在工单办结之后 ${days} 天删除；此后只保留问题类别、地区、中心、日期和办理结果，不含任何能识别您或该问题的信息，用于统计是否按时答复。`,
        en: `Your name, mobile number, question, the answer and the call-back time are deleted ${days} days after the work order is closed; after that only the topic, area, center, dates and outcome are kept, with nothing that identifies you or the question, to count whether questions are answered in time.`,
      },
      basis: pipl('19'),
    },
    rights: [...RESIDENT_RIGHTS],
    howToExercise: {
      text: {
        'zh-CN': '用提交后提供的查询链接查看问题的办理进度和答复；要更正、撤回或删除您的信息，请致电 12348 并告知工单号。',
        en: 'Use the link you get after asking to see how your question stands and the answer. To correct, withdraw or delete your details, call 12348 with your reference.',
      },
      basis: pipl('50'),
    },
    basis: pipl('17'),
    sources: [{ title: 'PIPL Arts 6, 13, 15, 17, 19, 21, 28, 45-48, 50, 51 (LawRefBook/Laws)', url: 'https://github.com/LawRefBook/Laws', tag: 'V' }],
    ...(phoneVerification ? {
      phoneVerification: {
        text: {
          'zh-CN': '提交问题前，我们会通过短信向您填写的手机号发送 6 位验证码，确认号码为您本人使用，防止他人冒用号码或批量提交。验证码 5 分钟内有效，最多可试 5 次；同一号码每小时最多发送 3 次。系统不保存号码本身，只保存号码和验证码带密钥的不可逆散列，2 小时内删除。',
          en: 'Before you ask, we text a 6-digit code to the mobile number you give, to confirm that the number is yours, so that no one can use your number or send questions in bulk. The code works for 5 minutes and 5 tries; one number is sent at most 3 codes an hour. The number itself is not kept for this: only keyed, one-way hashes of the number and the code, deleted within 2 hours.',
        },
        basis: pipl('51'),
      },
    } : {}),
  };
}

/** The notice with the default retention period. */
export const WORK_ORDER_PRIVACY_NOTICE: PrivacyNotice = workOrderPrivacyNotice();

export const WORK_ORDER_PRIVACY_NOTICE_REVIEW: DataReview = {
  table: 'WORK_ORDER_PRIVACY_NOTICE',
  reviewed: '2026-12-07',
  sources: LAWS['pipl-2021'].sources,
  reReview: {
    who: 'The operator’s personal-information contact',
    when: 'Whenever the processor, the SMS provider, the purposes, phone confirmation or the retention period change, and every January against PIPL and its rules',
  },
};
