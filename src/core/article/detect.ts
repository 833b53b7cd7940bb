// Does a text look like wire copy? True when one of its first lines carries a dateline.
import { splitLines } from './lines';
import { parseDatelineAt } from './dateline';

export function looksLikeWireArticle(head: string): boolean {
  return splitLines(head).slice(0, 8).some(l => parseDatelineAt(l.text) !== null);
}
