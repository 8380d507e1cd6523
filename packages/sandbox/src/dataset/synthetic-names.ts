// Syllable tables for obviously synthetic people, firms and streets. A drawn
// name such as 王明华 or 山东信达律师事务所 could be a real person's or firm's,
// so every one carries the mark 示例 ("sample"): people 王明华（示例）, firms
// 山东信达示例律师事务所; streets are "示例路", "样板街".
import type { SeededRandom } from './prng.js';

/** The word every synthetic person and firm name carries. */
export const FICTION_MARK = '示例';

// common surnames, plus 孔/孟/颜, frequent around Qufu and Zoucheng
const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高',
  '林', '何', '郭', '马', '罗', '孔', '孟', '颜', '曹', '袁', '邓', '许', '傅', '沈', '曾',
] as const;

const GIVEN = [
  '明', '华', '宁', '静', '安', '远', '秋', '泽', '文', '雅', '岚', '晨', '思', '嘉', '翔',
  '悦', '清', '舟', '弘', '铭', '若', '然', '航', '瑶', '晴', '越', '松', '竹', '云', '川',
] as const;

const FIRM_WORDS = [
  '明理', '正衡', '信达', '和润', '致远', '惠民', '同心', '德信', '鲁泽', '弘正', '运河', '泗源',
  '尼山', '九州', '金诚', '乐和', '衡平', '宏图', '博文', '立言', '守正', '恒毅', '求是', '启明',
] as const;

const STREETS = ['示例路', '样板街', '演示大道', '模拟巷', '范例路'] as const;

export function personName(random: SeededRandom): string {
  const surname = random.pick(SURNAMES);
  const name = random.chance(0.7)
    ? `${surname}${random.pick(GIVEN)}${random.pick(GIVEN)}`
    : `${surname}${random.pick(GIVEN)}`;
  // after the name, so a search by surname still finds it
  return `${name}（${FICTION_MARK}）`;
}

/** A firm name, unique within `taken`. */
export function firmName(random: SeededRandom, taken: Set<string>): string {
  for (;;) {
    const name = `山东${random.pick(FIRM_WORDS)}${random.chance(0.5) ? random.pick(FIRM_WORDS).slice(0, 1) : ''}${FICTION_MARK}律师事务所`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

export function streetAddress(random: SeededRandom, place: string): string {
  return `${place}${random.pick(STREETS)} ${random.int(1, 299)} 号`;
}

/** A landline in Jining's 0537 area, from a block the dataset reserves for fiction. */
export function workPhone(random: SeededRandom): string {
  return `0537-555${String(random.int(0, 9999)).padStart(4, '0')}`;
}
