// The confirmation screen's words (they come with its view) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  copy: '复制',
  copied: '已复制',
  nextQuestion: '我们会在 {date}前答复。有答复时会发短信提醒您。',
  nextCallback: '工作人员会在 {date}{part}给您回电。',
  linkTitle: '查询进度和答复的链接',
  linkHint: '请保存此链接（只显示这一次）：凭它查看办理进度和答复，不要分享给他人。也可以拨打 {hotline}，告知工单号查询。',
  copyLink: '复制链接',
  startAgain: '再问一个问题',
};

export type DoneText = typeof text;

export default text;
