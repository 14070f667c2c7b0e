// HS codes: chapter (2 digits), heading (4), subheading (6), national tariff
// line (8 or 10). CAFTA-DR Art. 2.1 definitions; domain-facts §10.
export const HS_CODE_PATTERN = /^(\d{2})(\d{2}){0,4}$/;

export function hsChapter(code: string): number | null {
  const match = HS_CODE_PATTERN.exec(code);
  return match?.[1] === undefined ? null : Number(match[1]);
}

export function isValidHsCode(code: string): boolean {
  const chapter = hsChapter(code);
  // 97 chapters; chapter 77 is reserved and never used.
  return chapter !== null && chapter >= 1 && chapter <= 97 && chapter !== 77;
}

/**
 * "Perishable goods" means perishable agricultural and fish goods in HS
 * chapters 1 through 24 (CAFTA-DR Ch. 20, footnote to Art. 20.4.4). Only a
 * suggestion: whether a good is actually perishable is the official's call.
 */
export function suggestsPerishable(codes: readonly string[]): boolean {
  return codes.some((code) => {
    const chapter = hsChapter(code);
    return chapter !== null && chapter >= 1 && chapter <= 24;
  });
}
