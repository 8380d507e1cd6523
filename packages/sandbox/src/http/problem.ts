// RFC 9457 problem details with a stable machine code and a title in the
// caller's language. Details never echo input: it may hold personal data.
import type { Locale } from '@plskit/core';
import type { FieldError } from '../operations/field-error.js';
import type { ProblemExtensions } from '../operations/operation.js';

export interface Problem extends ProblemExtensions {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: FieldError[];
}

type ProblemText = Record<Locale, string>;

const TITLES: Record<string, ProblemText> = {
  'validation-failed': { 'zh-CN': '请求内容有误', en: 'The request is not valid' },
  'malformed-json': { 'zh-CN': '请求正文不是有效的 JSON', en: 'The request body is not valid JSON' },
  'payload-too-large': { 'zh-CN': '请求正文过大', en: 'The request body is too large' },
  'unsupported-media-type': { 'zh-CN': '请求正文须为 JSON', en: 'The request body must be JSON' },
  'not-found': { 'zh-CN': '未找到', en: 'Not found' },
  'method-not-allowed': { 'zh-CN': '不支持该请求方法', en: 'Method not allowed' },
  unauthorized: { 'zh-CN': '合作方密钥无效', en: 'The partner key is missing or not valid' },
  'origin-not-allowed': { 'zh-CN': '该来源未获授权', en: 'This origin is not allowed' },
  'rate-limited': { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests, try again later' },
  'slot-full': { 'zh-CN': '该时段已约满', en: 'This time slot is fully booked' },
  'slot-unavailable': { 'zh-CN': '该时段不可预约', en: 'This time slot cannot be booked' },
  'idempotency-key-reused': {
    'zh-CN': '幂等键已用于另一个请求', en: 'The idempotency key was already used for a different request',
  },
  'manage-token-invalid': { 'zh-CN': '预约管理凭证无效', en: 'The manage token is not valid' },
  'appointment-cancelled': { 'zh-CN': '该预约已取消', en: 'This appointment is cancelled' },
  'service-unavailable': { 'zh-CN': '服务暂时不可用，请稍后再试', en: 'The service is temporarily unavailable' },
  'privacy-notice-outdated': { 'zh-CN': '个人信息处理告知已更新', en: 'The privacy notice has changed' },
  'fault-injected': { 'zh-CN': '模拟故障', en: 'Injected fault' },
  'internal-error': { 'zh-CN': '服务器内部错误', en: 'Internal server error' },
  'bad-request': { 'zh-CN': '请求格式有误', en: 'The request is malformed' },
  'uri-too-long': { 'zh-CN': '请求地址过长', en: 'The request URL is too long' },
  'header-fields-too-large': { 'zh-CN': '请求头过大', en: 'The request headers are too large' },
  'request-timeout': { 'zh-CN': '请求超时', en: 'The request took too long to arrive' },
  'host-not-allowed': { 'zh-CN': '该主机名未获授权', en: 'This host name is not served here' },
  // the centers' side
  'appointment-settled': { 'zh-CN': '该预约已办结（已签到或未到）', en: 'This visit is over (checked in or missed)' },
  'staff-token-missing': { 'zh-CN': '请先登录', en: 'Sign in first' },
  'staff-token-malformed': { 'zh-CN': '登录凭证格式有误', en: 'The sign-in token is malformed' },
  'staff-token-expired': { 'zh-CN': '登录已过期，请重新登录', en: 'The sign-in has expired' },
  'staff-token-invalid': { 'zh-CN': '登录凭证无效', en: 'The sign-in token is not valid' },
  'staff-forbidden': { 'zh-CN': '您的岗位无权进行此操作', en: 'Not allowed for this staff member' },
  'not-visit-day': { 'zh-CN': '只能在预约当天签到', en: 'Check-in is on the day of the visit' },
  'slot-not-started': { 'zh-CN': '预约时段尚未开始', en: 'The visit has not begun yet' },
  'closure-started': { 'zh-CN': '停止办公已开始，不能撤销', en: 'The closure has begun and cannot be withdrawn' },
  // work orders on the staff side
  'work-order-closed': { 'zh-CN': '该工单已办结', en: 'This work order is closed' },
  'work-order-answered': { 'zh-CN': '该工单已答复', en: 'This work order is already answered' },
  'work-order-not-assigned': { 'zh-CN': '该工单未转交服务中心，无需退回', en: 'This work order is at no service center to return it from' },
  'booking-limit-reached': { 'zh-CN': '这个手机号的预约已达上限', en: 'This mobile number holds as many bookings as it may' },
  'phone-verification-required': { 'zh-CN': '请先用短信验证码确认手机号', en: 'The mobile number must be confirmed with a code first' },
  'phone-verification-invalid': { 'zh-CN': '手机号确认已失效，请重新获取验证码', en: 'The confirmation of the mobile number is no longer valid' },
  'phone-verification-off': { 'zh-CN': '本服务不使用短信验证码', en: 'This service does not confirm numbers with a code' },
  'too-many-codes': { 'zh-CN': '验证码发送过于频繁，请稍后再试', en: 'Too many codes were asked for; try again later' },
  'verification-code-incorrect': { 'zh-CN': '验证码不正确', en: 'The code is not right' },
  'verification-locked': { 'zh-CN': '验证码错误次数过多，请重新获取', en: 'Too many wrong codes: ask for a new one' },
  'verification-expired': { 'zh-CN': '验证码已失效，请重新获取', en: 'The code has expired: ask for a new one' },
};

export const PROBLEM_CODES = Object.keys(TITLES);

export function problem(
  locale: Locale, status: number, code: string,
  extra: { detail?: ProblemText; errors?: FieldError[]; extensions?: ProblemExtensions } = {},
): Problem {
  const title = TITLES[code] ?? TITLES['internal-error'] as ProblemText;
  return {
    type: `https://plskit.dev/problems/${code}`,
    title: title[locale],
    status,
    code,
    ...(extra.detail ? { detail: extra.detail[locale] } : {}),
    ...(extra.errors?.length ? { errors: extra.errors } : {}),
    ...extra.extensions,
  };
}
