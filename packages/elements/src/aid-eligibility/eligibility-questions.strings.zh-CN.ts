// The questions' and check-your-answers' words in zh-CN (they come with the questions' chunk): this table is also the type every other locale's table satisfies.
const strings = {
  continue: '继续',
  progress: '第 {step} 步，最多 {total} 步',
  chooseOne: '请选择一项',
  chooseAtLeastOne: '请至少选择一项，都不符合时选择“以上都不符合”',
  chooseRegion: '请选择区县',
  regionLabel: '区县',
  regionPlaceholder: '请选择',
  regionHeading: '您的案件在哪个区县办理？',
  regionHint: '选择办理案件的机关（法院、检察院、公安机关或仲裁机构）所在的区县。',
  regionShort: '所在区县',
  householdSize: '家庭人口（人）',
  householdSizeHint: '包括您自己，1 到 50 之间的整数',
  monthlyIncome: '全家每月总收入（元）',
  monthlyIncomeHint: '没有收入时填 0',
  sizeRequired: '请填写家庭人口',
  sizeInvalid: '家庭人口应为 1 到 50 之间的整数',
  incomeRequired: '请填写全家每月总收入，没有收入时填 0',
  incomeInvalid: '月收入应为 0 到 10000000 之间的数字',
  skipFigures: '现在不填收入，改为签署诚信承诺',
  legalTerm: '法律用语：{term}',
  summaryTitle: '请核对您的回答',
  summaryHint: '确认无误后查看结果。需要修改时点击“修改”。',
  change: '修改',
  seeResult: '查看结果',
  notGiven: '未提供',
  personAndIncome: '{size} 人，每月 {income} 元',
  peopleAndIncome: '{size} 人，每月 {income} 元',
};

export type EligibilityQuestionsText = typeof strings;

export default strings;
