// The day-and-time step's words (they come with its view, the date grid's too) in zh-CN: this table is also the type every other locale's table satisfies.
const text = {
  calendarLabel: '可预约日期',
  closedWeekend: '周末休息',
  makeUpDay: '调休上班',
  full: '已约满',
  open: '可预约',
  closed: '不办公',
  provisional: '暂定',
  provisionalNote: '{year}年的节假日调休安排尚未公布：当年日期按法定节假日及补假暂定，公布后可能调整；中秋节与国庆节相连或重合的年份，调整往往比往年更多。',
  slotsTitle: '{date}的时段',
  placesLeft: '剩余 {count} 个',
  rescheduleTitle: '改到其他时段',
  confirmReschedule: '确认改期',
};

export type WhenText = typeof text;

export default text;
