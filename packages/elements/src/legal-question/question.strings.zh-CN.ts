// The question step's words (they come with its view) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  label: '您的问题',
  hint: '请写清事情的经过和您想知道什么。不要写身份证号码，也不要写他人的姓名、电话等信息。',
  limitHint: '最多 {max} 字。',
  remaining: '还可以输入 {count} 字',
  over: '超出 {count} 字',
  required: '请写下您的问题',
  tooLong: '问题不能超过 {max} 字，请删减',
  personalData: '问题中有身份证号码，请删除后再继续',
};

export type QuestionText = typeof text;

export default text;
