// The checklist's first screen (find a matter) in zh-CN: this table is also the type every other locale's table satisfies.
// The later screens bring their own words (checklist-questions.strings, checklist.strings).
const text = {
  title: '公证材料一次性告知',
  intro: '选择要办理的公证事项，回答几个问题，即可看到需要带的全部材料、依据和办理地点。',
  searchLabel: '搜索公证事项',
  searchHint: '可输入常用说法或拼音首字母，如“房子”“出国”“jc”',
  noMatch: '没有找到相关事项，请换个说法，或在下方分类中查找。',
  matchCount: '找到{count}项',
  unknownMatter: '没有找到这个公证事项。请从下面的列表中选择。',
  inPersonBadge: '须本人办理',
};

export type NotaryChecklistText = typeof text;

export default text;
