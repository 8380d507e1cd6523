// The error summary's words in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  errorSummary: '请先处理以下问题',
  errorPrefix: '错误：',
};

export type ErrorSummaryText = typeof text;

export default text;
