// The public legal service hotline residents are told to call. 12348 is the
// national number; under 国办发〔2020〕53号 (optimising local government
// hotlines) many cities merged it into 12345, which transfers legal questions
// to legal staff. Which number a deployment names is its own setting.

export const DEFAULT_HOTLINE = '12348';

/** A number as residents dial it: digits, with an area code or groups set off by "-" or a space ("12345", "0537-12348"), at most 20 characters. */
export const isHotlineNumber = (value: string): boolean => /^(?=.{3,20}$)\d+(?:[- ]\d+)*$/.test(value);
