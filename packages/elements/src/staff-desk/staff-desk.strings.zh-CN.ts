// The staff desk's words in zh-CN: this table is also the type every other locale's table satisfies.
// The closure screens bring their own (closure.strings).
import type { AppointmentStatus } from '@plskit/sdk/staff';
import type { ServiceCode } from '@plskit/sdk';
import type { DeskArea } from './desk-tabs.js';
import type { MarkRefusal } from './staff-desk-steps.js';

const text = {
  title: '今日来访',
  signedInAs: '当前账号：{name}',
  center: '服务中心',
  centerHint: '填写服务中心编号，如 sc-370811',
  date: '日期',
  show: '查看',
  noCenters: '您的账号没有分配服务中心，请联系管理员。',
  count: '共{count}个预约',
  empty: '这一天没有预约。',
  erased: '另有{count}个预约的联系方式已按保存期限删除。',
  time: '时间',
  service: '服务',
  reference: '预约号',
  resident: '来访人',
  phone: '电话',
  contact: '联系方式（已遮挡，点“显示”查看）',
  channel: '渠道',
  status: '状态',
  actions: '操作',
  note: '留言',
  showContact: '显示联系方式',
  hideContact: '隐藏联系方式',
  checkIn: '登记到场',
  noShow: '记为未到',
  saving: '正在保存…',
  checkedIn: '{reference}（{time}）已登记到场。',
  markedNoShow: '{reference}（{time}）已记为未到。',
  rosterReady: '{date}共{count}个预约。',
  closeDay: '关闭这一天…',
  closedWhole: '全天关闭：{reason}',
  closedPart: '{from}–{to}关闭：{reason}',
  reopen: '撤销关闭',
  bookForCaller: '为来电人预约…',
  reopened: '已撤销关闭，这段时间可以重新预约；已取消的预约不会恢复。',
  channels: { web: '网上', hotline: '热线' } satisfies Record<'web' | 'hotline', string>,
  statuses: {
    booked: '待到', 'checked-in': '已到', 'no-show': '未到', cancelled: '来访人已取消', 'cancelled-by-center': '中心关闭取消',
  } satisfies Record<AppointmentStatus, string>,
  services: {
    'legal-consultation': '法律咨询', 'legal-aid-application': '申请法律援助', notarization: '办理公证', mediation: '人民调解',
    'forensic-appraisal-guidance': '司法鉴定咨询引导',
  } satisfies Record<ServiceCode, string>,
  refusals: {
    'appointment-cancelled': '这个预约已取消，不能再登记。',
    'not-visit-day': '只能在预约当天登记到场。',
    'slot-not-started': '预约时段还没开始，不能记为未到。',
    'closure-started': '关闭时段已经开始，不能撤销。',
    'staff-token-expired': '登录已过期，请重新登录门户后再试。',
    'staff-token-invalid': '登录无效，请重新登录门户后再试。',
    'staff-token-missing': '尚未登录。请先登录门户。',
    'staff-forbidden': '您的账号无权操作这个服务中心。',
    'not-found': '没有找到这个预约或服务中心。',
  } satisfies Record<MarkRefusal, string>,
  areasLabel: '工作台',
  areas: { visitors: '来访', 'work-orders': '工单', 'new-call': '记录来电' } satisfies Record<DeskArea, string>,
};

export type StaffDeskText = typeof text;

export default text;
