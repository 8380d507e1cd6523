// The check step's words (they come with its view) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  change: '修改',
  answer: '答复方式',
  callback: '回电：{date}{part}',
  send: '提交问题',
  sending: '正在提交…',
};

export type CheckText = typeof text;

export default text;
