// The confirmation screen's words (they come with its view) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  copy: '复制',
  bring: '请携带',
  addToCalendar: '添加到日历',
  print: '打印',
  manageLinkTitle: '管理预约的链接',
  manageLinkHint: '请保存此链接（只显示这一次）：凭它查看、改期或取消预约。不要分享给他人。',
  copyLink: '复制链接',
};

export type DoneText = typeof text;

export default text;
