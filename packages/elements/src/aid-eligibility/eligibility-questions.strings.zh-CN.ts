import type { InterviewText } from './eligibility-questions.strings.js';

const strings: InterviewText = {
  questionWordings: {
    region: { heading: '您的案件在哪个区县办理？', hint: '选择办理案件的机关（法院、检察院、公安机关或仲裁机构）所在的区县。', short: '所在区县' },
    proceeding: { heading: '您遇到的是哪一类案件或事情？', hint: '不确定时，选择最接近的一项。', short: '案件类型' },
    criminalRole: { heading: '您在这起刑事案件中是什么身份？', hint: '也可以替家人回答。', short: '在刑事案件中的身份' },
    circumstances: { heading: '下列情况中，有符合您的吗？', hint: '可以多选。有些情况可以免除经济条件审查，或者由办案机关直接为您通知指派律师。', short: '特殊情况' },
    matter: { heading: '您想通过法律途径解决什么问题？', hint: '选择最接近的一项。', short: '要解决的问题' },
    household: { heading: '您家有几口人，全家每月总收入多少？', hint: '按与您共同生活的家庭成员计算，收入包括工资、养老金、经营收入等，单位为元。这些数字会和其他回答一起发送一次给法律援助服务核对结果，本页面不保存；选择“重新开始”或离开本页后即清除。', short: '家庭人口和月收入' },
    commitment: { heading: '您愿意签署经济困难状况的诚信承诺吗？', hint: '签署承诺后可以先申请，不必当场提供收入证明；法律援助机构会事后核查。', short: '诚信承诺' },
  },
  answerWordings: {
    criminal: '刑事案件：有人涉嫌犯罪，或我是犯罪的受害人',
    civil: '民事纠纷：例如欠薪、赡养费、抚养费、交通事故、医疗纠纷',
    administrative: '行政案件：与政府部门的决定有争议',
    'non-litigation': '不打官司的事情：例如劳动仲裁、调解',
    'state-compensation': '国家机关侵犯我的权益，我要求国家赔偿',
    'social-insurance-or-assistance': '我没有拿到应得的社会保险待遇或社会救助',
    'pension-or-survivor-benefit': '我没有拿到应发的抚恤金',
    'support-payments': '家人不给赡养费、抚养费或扶养费',
    'labour-relationship-or-wages': '单位拖欠工资，或者不承认我在那里工作过',
    'civil-capacity': '需要认定家人没有或只有部分民事行为能力（例如患有精神疾病）',
    'personal-injury': '我在工伤、交通事故、食品药品或医疗事故中受了伤',
    'environmental-damage': '环境污染或生态破坏让我受到损害',
    other: '其他问题',
    none: '以上都不符合',
    household: '我有收入数字',
    'not-given': '现在不提供收入数字',
    yes: '愿意签署承诺',
    no: '不愿意',
  },
};

export default strings;
