export { findDates, findDeadline } from "./findDeadline";
export {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  isWeekend,
  lastBusinessDayOfMonth,
  nextBusinessDay,
} from "./businessDays";
export { formatLongDate } from "./formatDate";
export { addDays, isIsoDate, localDateOf } from "./isoDate";
