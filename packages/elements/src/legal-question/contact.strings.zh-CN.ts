// The contact step's words (they come with its view) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  phoneHint: '11 位手机号，用于回电和答复提醒',
  consentLabel: '我已阅读并同意以上个人信息处理告知（{version} 版）',
  nameRequired: '请填写姓名',
  phoneInvalid: '请填写正确的 11 位手机号码',
  consentRequired: '请阅读告知并勾选同意',
};

export type ContactText = typeof text;

export default text;
