// The answer step's words (they come with its view) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  kindLabel: '答复方式',
  questionHint: '在 {date}前书面答复（{days} 个工作日内），有答复时以短信提醒您，用查询链接查看。',
  callbackHint: '工作人员在您选的时间打电话给您。',
  dayLabel: '哪一天回电',
  partLabel: '上午还是下午',
  workingDays: '时限按工作日计算，节假日顺延，仅供参考。',
  provisional: '部分日期所在年份的节假日安排尚未公布，日期可能调整。',
  chooseKind: '请选择答复方式',
  chooseDay: '请选择回电日期',
  choosePart: '请选择上午或下午',
};

export type AnswerText = typeof text;

export default text;
