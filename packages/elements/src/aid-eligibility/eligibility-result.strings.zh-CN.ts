// The result's words in zh-CN (they come with the result's chunk): this table is also the type every other locale's table satisfies.
import type { EligibilityOutcome, MeansTest } from '@plskit/core';

const strings = {
  whyTitle: '依据',
  nextStepsTitle: '接下来怎么做',
  documentsTitle: '需要带的材料',
  whereTitle: '到哪里申请',
  decisionTitle: '多久能有决定',
  centersTitle: '本区县受理法律援助申请的公共法律服务中心',
  stationsTitle: '镇街公共法律服务工作站（{count} 个）',
  centerPhone: '电话',
  bookVisit: '预约到这里申请',
  centerAddress: '地址',
  noCenters: '暂未查到本区县受理申请的服务中心，请拨打 12345 咨询。',
  rulesetLine: '规则：{id}，版本 {version}，自 {date} 起施行。本结果仅供参考，以法律援助机构的决定为准。',
  unverifiedNote: '标注“尚未核实”的数值为示例，可由当地配置。',
  confirming: '正在与法律援助服务核对结果…',
  confirmed: '已与法律援助服务核对，结果一致。',
  serverDiffers: '法律援助服务给出的结果与本机计算不同，以下显示服务给出的结果。',
  unconfirmed: '暂时无法与法律援助服务核对。以下结果由本机按已下载的规则计算，尚未核对。',
  unconfirmedOffline: '网络已断开。以下结果由本机按已下载的规则计算，尚未与法律援助服务核对。',
  print: '打印',
  copy: '复制为文字',
  copied: '结果已复制',
  copyFailed: '无法复制，请选中文字后手动复制',
  startOver: '重新开始',
  ask: '就此问题咨询',
  changeAnswers: '修改回答',
  answerMissing: '请回答：{question}',
  unverifiedLaw: '（该法规是否仍有效尚未核实）',
  resultAnnouncement: '自测结果：{headline}',
  outcomeHeadlines: {
    'assigned-by-authority': '法院、检察院或公安机关应当通知法律援助机构为您指派律师，您不需要自己申请。',
    eligible: '您可以获得法律援助。',
    'eligible-subject-to-verification': '您可以申请法律援助：签署诚信承诺后即可申请，经济状况由法律援助机构事后核查。',
    ineligible: '根据您的回答，您可能不符合法律援助的经济条件。',
    'needs-more-information': '还需要更多信息才能判断。',
  } satisfies Record<EligibilityOutcome, string>,
  meansTestLines: {
    'not-required': '不审查您的经济状况。',
    'verification-waived': '免予核查经济困难状况，带上相关证明即可。',
    passed: '按您填写的收入，您家符合经济困难标准。',
    failed: '按您填写的收入，您家不低于经济困难标准。',
    commitment: '经济状况以您签署的诚信承诺为准，法律援助机构会核查。',
    unknown: '经济状况尚未确定。',
  } satisfies Record<MeansTest, string>,
};

export type EligibilityResultText = typeof strings;

export default strings;
