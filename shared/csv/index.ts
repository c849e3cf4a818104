/** CSV text and bytes: writing, reading, the formula guard and the encodings CRMs use. Pure. */
export { decodeCsvBytes, encodeCsvUtf8, type CsvEncoding, type DecodedCsv } from './encoding';
export { guardFormula, unguardFormula } from './formulaGuard';
export { detectDelimiter, parseCsv, parseCsvTable, type ParseCsvOptions } from './read';
export { writeCsv, type CsvDelimiter, type WriteCsvOptions } from './write';
