// Placeholder, replaced by the dateline parser.
export interface DatelineMatch { readonly start: number; readonly end: number }
const AGENCY = /^(?:[A-Z][A-Z .'-]+,?\s*(?:[A-Z][a-z]+\.? \d{1,2})?\s*\((?:Reuters|AP|AFP|AA)\)\s*[-–—])|^[\u0600-\u06FF ]+\s*[/-]\s*(?:[\u0600-\u06FF ]+\/\s*)?(?:الأناضول|واس|قنا|أ ش أ)/u;
export function parseDatelineAt(line: string): DatelineMatch | null {
  const m = AGENCY.exec(line);
  return m ? { start: 0, end: m[0].length } : null;
}
