// The checker's own words in zh-CN (the start screen, and what stands in for a later screen while it loads);
// the questions and the result bring theirs (eligibility-questions.strings, eligibility-result.strings).
// This table is also the type every other locale's table satisfies.
const strings = {
  title: '法律援助自测',
  intro: '回答几个问题，了解您能否获得法律援助、需要带什么材料、到哪里申请。大约需要3分钟。您的回答会发送一次给法律援助服务，用于核对结果；本页面不保存您的回答，选择“重新开始”或离开本页后不会留下。',
  start: '开始',
  back: '返回上一步',
  resultTitle: '自测结果',
  cleared: '已清除全部回答，可以重新开始。',
  regionNotCovered: '暂时无法判断您所在区县的法律援助条件',
  notCoveredHint: '本服务暂未收录该区县的法律援助规则。请拨打 12345 或到当地公共法律服务中心咨询。',
  rulesetProblem: '法律援助规则无法使用，请稍后重试。',
};

export type AidEligibilityText = typeof strings;

export default strings;
