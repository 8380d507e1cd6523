// The code step's words (they come with its view) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  title: '确认手机号',
  intro: '为确认号码是您本人的，我们会向 {phone} 发送一条短信，内含 6 位数字验证码，5 分钟内有效。',
  send: '发送验证码',
  sending: '正在发送…',
  sent: '验证码已发送到 {phone}，请查看短信。',
  codeLabel: '短信验证码',
  codeHint: '6 位数字；可以直接粘贴整条短信',
  confirm: '确认',
  confirming: '正在确认…',
  codeRequired: '请输入短信中的 6 位数字验证码',
  incorrect: '验证码不对，还可以再试 {n} 次',
  locked: '输错次数过多，这个验证码已失效，请重新获取。',
  expired: '这个验证码已过期，请重新获取。',
  tokenExpired: '手机号的确认已过期，请重新获取验证码。您填写的内容都还在。',
  resend: '重新获取验证码',
  resendIn: '{wait}后可以重新获取',
  resendNow: '现在可以重新获取验证码',
  tooMany: '这个号码获取验证码的次数太多，请{wait}后再试。',
  seconds: '{n} 秒',
  minutes: '{n} 分钟',
  notReceived: '没收到短信？请核对号码，稍等一会儿，或重新获取。',
  changeNumber: '更换手机号',
  confirmed: '手机号已确认',
  noResponse: '没有收到服务器的答复，请重试。',
};

export type PhoneCodeText = typeof text;

export default text;
