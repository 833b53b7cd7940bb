// Checked reading of plain data from YAML or JSON: each reader returns the value or throws an
// Invalid with the path of the field, which the module's entry point turns into an error record.
import type { ParagraphRole, QuoteKind } from '../types';

export class Invalid {
  constructor(readonly path: string, readonly message: string) {}
}

export const PARAGRAPH_ROLES: readonly ParagraphRole[] = ['headline', 'deck', 'date', 'dateline', 'lead', 'body', 'background', 'credit'];
export const QUOTE_KINDS: readonly QuoteKind[] = ['speech', 'term'];

export type Obj = Readonly<Record<string, unknown>>;

export function obj(v: unknown, path: string): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Invalid(path, 'expected a map');
  return v as Obj;
}

/** A list; absent or null reads as empty. */
export function list(v: unknown, path: string): readonly unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new Invalid(path, 'expected a list');
  return v;
}

export function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new Invalid(path, 'expected a string');
  return v;
}

export function optStr(v: unknown, path: string): string | null {
  return v === null || v === undefined ? null : str(v, path);
}

export function int(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Invalid(path, 'expected a whole number ≥ 0');
  return v;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(v as T)) throw new Invalid(path, `expected one of ${allowed.join(', ')}`);
  return v as T;
}
