/** Full-width digits (０–９) as ASCII ones; every other character as it is. */
export const asciiDigits = (s: string): string => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
