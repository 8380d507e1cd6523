// The questions' words in zh-CN (they come with the questions' view): this table is also the type every other locale's table satisfies.
import type { NotaryQuestion } from './notary-question.js';

/** A question's words: the label, why it is asked, and the two answers where yes/no would not read well. */
export interface QuestionWords { label: string; why: string; yes?: string; no?: string }

const questions: Record<NotaryQuestion, QuestionWords> = {
  applicantIsAgent: { label: '由谁到公证机构申请？', why: '有些事项必须本人办理；由他人代办的，代理人要带本人身份证件和授权委托书。', yes: '请他人代办', no: '我本人去' },
  minorInvolved: { label: '是否涉及未满18周岁的未成年人？', why: '未成年人由父母作为法定代理人申请，要带监护关系证明。' },
  married: { label: '当事人（继承公证为被继承人）是否已婚？', why: '处分财产或证明婚姻状况时，要提供婚姻状况证明。' },
  realEstate: { label: '是否涉及房屋等不动产？', why: '涉及不动产的要带不动产权证书，且多数须向不动产所在地的公证机构申请。' },
  useAbroad: { label: '公证书是否要在国外使用？', why: '在国外使用的公证书要附译文，并按国家办理海牙认证或领事认证。' },
  destinationCountry: { label: '在哪个国家使用？', why: '国家决定办理海牙认证（附加证明书）还是领事认证。' },
};

const text = {
  questionsTitle: '几个会改变材料清单的问题',
  questionsHint: '只问会改变材料的问题；答案只用于生成清单，不会保存。',
  yes: '是',
  no: '否',
  whyWeAsk: '为什么问：',
  chooseOne: '请选择一项',
  chooseCountry: '请选择使用国家',
  countryPlaceholder: '请选择',
  continue: '继续',
  back: '上一步',
  showChecklist: '查看材料清单',
  progress: '第{step}题，共{total}题',
  questions,
};

export type ChecklistQuestionsText = typeof text;

export default text;
