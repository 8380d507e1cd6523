// The question widget's own words in zh-CN: the first step, what every step
// shows, the commands' messages; the later steps' views bring theirs
// (question, answer, contact, check, done, follow .strings). This table is
// also the type every other locale's table satisfies.
import type { CallbackPart, WorkOrderKind } from '@plskit/core';

const text = {
  stepOf: '第 {step} 步，共 6 步', back: '返回', continue: '继续',
  topicTitle: '您想咨询哪方面的问题', topicHint: '选一个最接近的；不确定时选最接近的一项即可，工作人员会再转给合适的人。',
  topicLabel: '问题类别', regionLabel: '您所在的县（市、区）', chooseTopic: '请选择问题类别', chooseRegion: '请选择您所在的县（市、区）',
  questionTitle: '写下您的问题', answerTitle: '希望怎样得到答复', contactTitle: '您的联系方式', checkTitle: '核对您的问题',
  doneTitle: '已收到您的问题', followTitle: '我的咨询',
  notFound: '找不到这个咨询，或链接已失效。请核对链接，或致电 {hotline}。',
  noticeChanged: '个人信息处理告知已更新，请阅读新版后重新同意。',
  checkAgain: '请检查并修改这一步的内容。',
  limitReached: '这个手机号已有多个问题在等待答复，已达每个号码的上限。请等其中一个得到答复（届时会收到短信），或拨打 {hotline} 并告知工单号撤回其中一个。',
  noResponse: '没有收到服务器的答复。您填写的内容都还在，请重试（不会重复提交）。',
  waitRetry: '服务繁忙，{seconds} 秒后自动重试。',
  offlineKept: '网络已断开。您填写的内容都还在，联网后会自动重试。',
  announceAsked: '已收到您的问题，工单号 {reference}',
  reference: '工单号', nameLabel: '姓名', phoneLabel: '手机号码',
  kinds: { question: '书面答复', callback: '回电' } satisfies Record<WorkOrderKind, string>,
  parts: { morning: '上午', afternoon: '下午' } satisfies Record<CallbackPart, string>,
};

export type LegalQuestionText = typeof text;

export default text;
