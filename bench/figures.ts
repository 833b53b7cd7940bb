// What every benchmark hands to bench/run.mjs: figures with their targets. A figure without a
// target is context (the baseline's own speed, the share of new paragraphs in a corpus).

export interface Target {
  readonly op: '>=' | '<';
  readonly value: number;
}

export interface Figure {
  /** Stable key in bench/results/latest.json. */
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: Target;
  readonly note?: string;
}

/** Prints the figures as the one JSON line bench/run.mjs reads from a benchmark's stdout. */
export function emit(figures: readonly Figure[]): void {
  process.stdout.write(JSON.stringify(figures) + '\n');
}

/** Progress for whoever watches, on stderr (stdout carries the figures). */
export const progress = (message: string) => process.stderr.write(`  ${message}\n`);
