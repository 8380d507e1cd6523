// The closure screens' words in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  title: '关闭{date}',
  intro: '停电、暴雨预警、人员外出时关闭全天或部分时段。时段内的预约由中心取消，系统逐一短信通知来访人，并附重新预约的链接。',
  from: '开始时间（可不填）',
  fromHint: '不填即从上班开始',
  to: '结束时间（可不填）',
  toHint: '不填即到下班为止',
  reasonZh: '原因（中文）',
  reasonZhHint: '来访人会在短信和预约日历上看到，60字以内',
  reasonEn: '原因（英文）',
  reasonEnHint: '给用英文预约的来访人，120个字符以内',
  submit: '关闭…',
  back: '返回名单',
  reasonZhMissing: '请填写中文原因',
  reasonZhLong: '中文原因不能超过60字',
  reasonEnMissing: '请填写英文原因',
  reasonEnLong: '英文原因不能超过120个字符',
  timeInvalid: '请按“时:分”填写，如 14:00',
  toBeforeFrom: '结束时间须晚于开始时间',
  confirmTitle: '确认关闭？',
  confirmWhole: '{date}全天',
  confirmPart: '{date} {from}–{to}',
  confirmTell: '这段时间有{count}个预约将被取消，系统会短信通知这{count}位来访人。',
  confirmNone: '这段时间没有待到的预约，不会通知任何人。',
  confirmFinal: '重新开放不会恢复已取消的预约。',
  confirm: '关闭并通知来访人',
  cancel: '先不关闭',
  sending: '正在关闭…',
  doneTitle: '已关闭',
  done: '已取消{count}个预约，每位来访人都会收到短信通知。',
  doneNone: '已关闭。这段时间没有需要取消的预约。',
  announceDone: '已关闭，取消了{count}个预约。',
};

export type ClosureText = typeof text;

export default text;
