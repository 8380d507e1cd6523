// The words of booking a visit for a caller (they come with its chunk) in zh-CN:
// this table is also the type every other locale's table satisfies. The steps it
// shares with the booker (service and center, day and time, check) keep the booker's words,
// but for the check step's heading: the operator checks someone else's booking.
const text = {
  whoTitle: '来电人的联系方式',
  nameLabel: '来电人姓名',
  phoneLabel: '来电人手机号码',
  phoneHint: '11 位手机号，由来电人在电话中告知；确认短信发到这个号码',
  noteLabel: '备注（选填）',
  noteHint: '请勿填写身份证号、健康或财产信息',
  readAloud: '请向来电人宣读个人信息处理告知',
  noticeVersion: '{version} 版，{date}起施行',
  separator: '：',
  noticeFull: '告知全文（含法律依据）',
  consentLabel: '我已向来电人宣读以上告知（{version} 版），来电人口头同意',
  nameRequired: '请填写来电人姓名',
  phoneInvalid: '请填写来电人正确的 11 位手机号码',
  consentRequired: '请先向来电人宣读告知，并确认来电人口头同意',
  checkTitle: '核对来电人的预约',
  consent: '同意方式',
  oralConsent: '口头同意（已宣读 {version} 版告知）',
  doneTitle: '已为来电人预约',
  reference: '预约编号',
  readReference: '请把预约编号读给来电人。来电人会收到一条确认短信，发到 {phone}（{name}）。',
  bookAnother: '再为一位来电人预约',
  backToRoster: '返回来访名单',
  announceBooked: '已为来电人预约，预约编号 {reference}',
  slotTaken: '这个时段刚刚约满，请和来电人另选一个。以下是最新的时段。',
  noticeChanged: '个人信息处理告知刚刚更新，请向来电人宣读新版后重新确认。',
  limitReached: '这个手机号尚未到期的预约已达上限。请告诉来电人：先用确认短信里的管理链接取消其中一个，再来电预约。',
  noAnswer: '没有收到服务器的答复。填写的内容都还在，请重试（不会重复预约）。',
  offline: '网络已断开。填写的内容都还在，联网后会自动重试（不会重复预约）。',
  waitRetry: '服务繁忙，{seconds} 秒后自动重试。',
};

export type CallerBookingText = typeof text;

export default text;
