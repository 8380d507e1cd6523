// The booker's own words in zh-CN: the first step, what every step shows, the
// commands' messages; the later steps' views bring theirs (when, who, done,
// manage .strings). This table is also the type every other locale's table satisfies.
import type { ServiceCode } from '@plskit/core';
import type { ServiceCenterLevel } from '@plskit/sdk';

const text = {
  stepOf: '第 {step} 步，共 5 步', back: '返回', continue: '继续',
  whereTitle: '办什么事，去哪里', serviceLabel: '服务事项', regionLabel: '县（市、区）', centerLabel: '服务中心（站）',
  useLocation: '按离我的远近排序', locating: '正在获取您的位置…', sortedByDistance: '已按直线距离由近到远排序（位置只在本页面内使用）',
  locationFailed: '没有获取到位置，可以按乡镇（街道）选择。',
  townshipLabel: '乡镇（街道）', stationOf: '{township}工作站', anyTownship: '全部乡镇（街道）',
  noCenters: '该地区没有提供此项服务的中心。', phone: '电话', hours: '办公时间', chooseService: '请选择服务事项',
  chooseCenter: '请选择服务中心', chooseDay: '请选择日期', chooseSlot: '请选择时段', nameRequired: '请填写姓名',
  phoneInvalid: '请填写正确的 11 位手机号码', consentRequired: '请阅读告知并勾选同意',
  whenTitle: '选择日期和时段', whoTitle: '您的联系方式', checkTitle: '核对预约信息', phoneLabel: '手机号码',
  service: '服务事项', center: '服务中心', time: '时间', name: '姓名', doneTitle: '预约成功', reference: '预约编号', copied: '已复制',
  manageTitle: '我的预约', cancelled: '已取消', rescheduled: '已改期',
  notFound: '找不到这个预约，或链接已失效。请核对链接，或致电服务中心。',
  slotTaken: '您选的时段刚刚约满，请另选一个。以下是最新的时段。',
  noticeChanged: '个人信息处理告知已更新，请阅读新版后重新同意。',
  limitReached: '这个手机号尚未到期的预约已达上限。如需另约，请先用预约成功时得到的管理链接（或拨打 {hotline}）取消其中一个，再重新预约。',
  noResponse: '没有收到服务器的答复。您填写的内容都还在，请重试（不会重复预约）。',
  waitRetry: '服务繁忙，{seconds} 秒后自动重试。',
  offlineKept: '网络已断开。您填写的内容都还在，联网后会自动重试。', announceBooked: '预约成功，预约编号 {reference}',
  hostTookOver: '预约编号 {reference}',
  services: {
    'legal-consultation': '法律咨询', 'legal-aid-application': '申请法律援助', notarization: '办理公证', mediation: '人民调解',
    'forensic-appraisal-guidance': '司法鉴定咨询引导',
  } satisfies Record<ServiceCode, string>,
  levels: { city: '市级中心', county: '县级中心', township: '镇（街道）工作站', branch: '分中心' } satisfies Record<ServiceCenterLevel, string>,
  weekdays: ['一', '二', '三', '四', '五', '六', '日'] as readonly string[],
};

export type AppointmentBookerText = typeof text;

export default text;
