import type { LawyerCategory } from '../api/directory-types.js';
import type { StringTable } from '../locale/string-table.js';

export type LawyerFinderKey =
  | 'title' | 'searchLabel' | 'searchHint' | 'searchButton' | 'filters' | 'region' | 'anyRegion'
  | 'practiceArea' | 'anyPracticeArea' | 'category' | 'anyCategory' | 'language' | 'anyLanguage'
  | 'acceptsLegalAid' | 'legalAid' | 'minYears' | 'anyYears' | 'atLeastYears' | 'clearFilters'
  | 'totalOne' | 'totalOther' | 'shown' | 'empty' | 'emptyHint' | 'loadMore' | 'loadingMore'
  | 'details' | 'detailsOf' | 'back' | 'select' | 'selected' | 'firm' | 'noFirm' | 'firmAddress' | 'firmPhone'
  | 'firmLawyers' | 'licence' | 'years' | 'yearsValueOne' | 'yearsValue' | 'languages' | 'practiceAreas' | 'phone'
  | 'legalAidYes' | 'legalAidNo' | 'firstPractice' | 'results' | 'firmLoading';

export const lawyerFinderStrings: StringTable<LawyerFinderKey> = {
  'zh-CN': {
    title: '查找律师',
    searchLabel: '姓名、律所或执业证号',
    searchHint: '输入后自动搜索',
    searchButton: '搜索',
    filters: '筛选条件',
    region: '地区',
    anyRegion: '全部地区',
    practiceArea: '业务专长',
    anyPracticeArea: '全部专长',
    category: '执业类别',
    anyCategory: '全部类别',
    language: '工作语言',
    anyLanguage: '全部语言',
    acceptsLegalAid: '只看承办法律援助的律师',
    legalAid: '法律援助',
    minYears: '执业年限',
    anyYears: '不限',
    atLeastYears: '{years} 年以上',
    clearFilters: '清除筛选',
    totalOne: '共找到 {count} 位律师',
    totalOther: '共找到 {count} 位律师',
    shown: '已显示 {shown} 位',
    empty: '没有找到符合条件的律师。',
    emptyHint: '可以减少筛选条件，或换一个关键词再试。',
    loadMore: '显示更多',
    loadingMore: '正在加载更多…',
    details: '查看详情',
    detailsOf: '查看 {name} 的详情',
    back: '返回结果列表',
    select: '选择这位律师',
    selected: '已选择',
    firm: '执业机构',
    noFirm: '无执业律所（公职、公司或法律援助律师）',
    firmAddress: '律所地址',
    firmPhone: '律所电话',
    firmLawyers: '律所律师人数',
    licence: '执业证号',
    years: '执业年限',
    yearsValueOne: '{years} 年',
    yearsValue: '{years} 年',
    languages: '工作语言',
    practiceAreas: '业务专长',
    phone: '工作电话',
    legalAidYes: '承办法律援助案件',
    legalAidNo: '不承办法律援助案件',
    firstPractice: '首次执业年份',
    results: '搜索结果',
    firmLoading: '正在加载律所信息…',
  },
  en: {
    title: 'Find a lawyer',
    searchLabel: 'Name, law firm or licence number',
    searchHint: 'Results update as you type',
    searchButton: 'Search',
    filters: 'Filters',
    region: 'Area',
    anyRegion: 'All areas',
    practiceArea: 'Practice area',
    anyPracticeArea: 'All practice areas',
    category: 'Category',
    anyCategory: 'All categories',
    language: 'Language',
    anyLanguage: 'All languages',
    acceptsLegalAid: 'Only lawyers who take legal-aid cases',
    legalAid: 'Legal aid',
    minYears: 'Years of practice',
    anyYears: 'Any',
    atLeastYears: '{years}+ years',
    clearFilters: 'Clear filters',
    totalOne: '{count} lawyer found',
    totalOther: '{count} lawyers found',
    shown: '{shown} shown',
    empty: 'No lawyer matches these filters.',
    emptyHint: 'Try fewer filters or another search term.',
    loadMore: 'Show more',
    loadingMore: 'Loading more…',
    details: 'Details',
    detailsOf: 'Details of {name}',
    back: 'Back to results',
    select: 'Choose this lawyer',
    selected: 'Chosen',
    firm: 'Law firm',
    noFirm: 'No law firm (public-sector, company or legal-aid lawyer)',
    firmAddress: 'Firm address',
    firmPhone: 'Firm phone',
    firmLawyers: 'Lawyers at the firm',
    licence: 'Licence number',
    years: 'Years of practice',
    yearsValueOne: '{years} year',
    yearsValue: '{years} years',
    languages: 'Languages',
    practiceAreas: 'Practice areas',
    phone: 'Work phone',
    legalAidYes: 'Takes legal-aid cases',
    legalAidNo: 'Does not take legal-aid cases',
    firstPractice: 'First year of practice',
    results: 'Search results',
    firmLoading: 'Loading the firm…',
  },
};

export const lawyerCategoryNames: StringTable<LawyerCategory> = {
  'zh-CN': {
    'full-time': '专职律师', 'part-time': '兼职律师', 'public-sector': '公职律师', company: '公司律师', 'legal-aid': '法律援助律师',
  },
  en: {
    'full-time': 'Full-time lawyer', 'part-time': 'Part-time lawyer', 'public-sector': 'Public-sector lawyer',
    company: 'Company lawyer', 'legal-aid': 'Legal-aid lawyer',
  },
};

/** Working languages offered as a filter (BCP 47); names come from Intl.DisplayNames. */
export const FILTER_LANGUAGES = ['zh', 'en', 'ja', 'ko'] as const;

/** Years-of-practice thresholds offered as a filter. */
export const MIN_YEARS_CHOICES = [3, 5, 10, 20] as const;
