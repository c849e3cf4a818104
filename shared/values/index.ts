/**
 * Value rules, written once: how dates, percentages, amounts and the words of enumerated
 * fields are read from what people type and what CRMs export. The inspector, the contacts
 * import and the command line all read values through here, so they agree.
 */
export { dayNumber, dayOfNumber, epochDay, isCalendarDate, localIsoDate, readDate } from './date';
export { ENUM_FIELDS, readEnumValue, type EnumField } from './enumWords';
export { formatDecimal, readAmount, readDecimal, readPercent } from './number';
export { formatMoney, type MoneyOptions } from './money';
export { foldWidth, normalizeKey, sameText } from './text';
