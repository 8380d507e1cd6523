// The contact step's words (they come with its view) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  nameLabel: '姓名',
  phoneHint: '11 位手机号，仅用于联系您这次预约',
  noteLabel: '备注（选填）',
  noteHint: '请勿填写身份证号、健康或财产信息',
  consentLabel: '我已阅读并同意以上个人信息处理告知（{version} 版）',
};

export type WhoText = typeof text;

export default text;
